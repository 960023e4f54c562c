import { readFile } from "node:fs/promises";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { BridgeAdapterFactory, NoDatasourceAdapterFactory } from "./adapter";
import { readCharColumns } from "./char-columns";
import { parseConnectionUrl, type Datasource } from "./connection";
import { forwardEngineLog } from "./log";
import { loadSchemaEngineBindings, type SchemaEngine } from "./wasm-engine";

export async function startEngine(datamodelPaths: string[], datasource: Datasource | undefined): Promise<SchemaEngine> {
  readCharColumns();
  const [bindings, datamodels] = await Promise.all([
    loadSchemaEngineBindings(),
    Promise.all(datamodelPaths.map(async (file): Promise<[string, string]> => [file, await readFile(file, "utf8")])),
  ]);
  // prisma.config.ts passes "" when DATABASE_URL is unset; commands between files still work then.
  const factory = datasource?.url
    ? new BridgeAdapterFactory(
        parseConnectionUrl(datasource.url),
        datasource.shadowDatabaseUrl ? parseConnectionUrl(datasource.shadowDatabaseUrl) : undefined,
      )
    : new NoDatasourceAdapterFactory();
  // An empty list makes the engine panic at start (`migrate diff` sends no schema); "none" is spelled undefined.
  return bindings.SchemaEngine.new(
    { datamodels: datamodels.length > 0 ? datamodels : undefined },
    forwardEngineLog,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}
