import { readFile } from "node:fs/promises";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { BridgeAdapterFactory, NoDatasourceAdapterFactory } from "./adapter";
import { readCharAsText } from "./char-as-text";
import { parseConnectionUrl, type Datasource } from "./connection";
import { forwardEngineLog } from "./log";
import { loadSchemaEngineBindings, type SchemaEngine } from "./wasm-engine";

export async function startEngine(datamodelPaths: string[], datasource: Datasource | undefined): Promise<SchemaEngine> {
  readCharAsText();
  const [bindings, datamodels] = await Promise.all([
    loadSchemaEngineBindings(),
    Promise.all(datamodelPaths.map(async (file): Promise<[string, string]> => [file, await readFile(file, "utf8")])),
  ]);
  const factory = datasource
    ? new BridgeAdapterFactory(
        parseConnectionUrl(datasource.url),
        datasource.shadowDatabaseUrl ? parseConnectionUrl(datasource.shadowDatabaseUrl) : undefined,
      )
    : new NoDatasourceAdapterFactory();
  // An empty list makes the engine panic at start (`migrate diff` sends no schema); "none" is spelled undefined.
  return bindings.SchemaEngine.new({ datamodels: datamodels.length > 0 ? datamodels : undefined }, forwardEngineLog, bindMigrationAwareSqlAdapterFactory(factory));
}
