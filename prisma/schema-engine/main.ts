import { parseArgs } from "./args";
import { exitOnEscapedErrors } from "./crash";
import { startEngine } from "./engine";
import { logLine } from "./log";
import { methods } from "./methods";
import { runCliCommand } from "./one-shot";
import { serve } from "./rpc";
import { loadSchemaEngineBindings } from "./wasm-engine";

/**
 * Stands in for Prisma's native `schema-engine` binary (which the CLI would download) by running the same engine
 * compiled to WebAssembly, over @prisma/adapter-pg. The CLI finds it through PRISMA_SCHEMA_ENGINE_BINARY.
 */
async function main(): Promise<number> {
  exitOnEscapedErrors();
  const invocation = parseArgs(process.argv.slice(2));
  switch (invocation.kind) {
    case "version": {
      const bindings = await loadSchemaEngineBindings();
      process.stdout.write(`schema-engine-cli ${bindings.version()}\n`);
      return 0;
    }
    case "cli":
      return runCliCommand(invocation.command, invocation.datasource);
    case "rpc": {
      const engine = await startEngine(invocation.datamodels, invocation.datasource);
      await serve(methods(engine, invocation.datasource));
      return 0;
    }
  }
}

main().then(
  // Exit explicitly: pg pools the engine opened would otherwise keep the process alive after stdin closed.
  (code) => process.exit(code),
  (error: unknown) => {
    logLine("ERROR", { message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exit(1);
  },
);
