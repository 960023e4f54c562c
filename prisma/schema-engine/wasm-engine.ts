import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import "./panic";

export type { SchemaEngine };

type WasmExports = WebAssembly.Exports & { __wbindgen_start: () => void };

let loaded: Promise<typeof bindings> | undefined;

/**
 * The package's own entry imports the .wasm file as an ES module, which Node refuses; so the module is instantiated
 * here with the generated glue as its import object, the way a bundler would wire it.
 */
export function loadSchemaEngineBindings(): Promise<typeof bindings> {
  loaded ??= (async () => {
    const glue = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(fileURLToPath(new URL("schema_engine_bg.wasm", glue)));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
    const exports = instance.exports as WasmExports;
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bindings;
  })();
  return loaded;
}
