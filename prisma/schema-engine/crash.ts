import { isPanic } from "./errors";
import { logLine } from "./log";

const PANIC_EXIT_CODE = 101;
const FAILURE_EXIT_CODE = 1;

const hooks: Array<(error: unknown) => void> = [];

/** Runs `hook` with any error that escapes to the top (see exitOnEscapedErrors). */
export function onCrash(hook: (error: unknown) => void): void {
  hooks.push(hook);
}

/**
 * Some engine failures escape the promise of the call that caused them (a throw inside a wasm callback, a panic
 * while the engine starts): they surface as uncaught exceptions. They are logged the way the CLI reads errors, the
 * request in flight is answered, and the process ends, since the engine's state afterwards is unknown. 101 is the
 * native engine's exit code for a panic, which the CLI reports as one.
 */
export function exitOnEscapedErrors(): void {
  const crash = (error: unknown) => {
    for (const hook of hooks) hook(error);
    logLine("ERROR", { message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    const code = isPanic(error) ? PANIC_EXIT_CODE : FAILURE_EXIT_CODE;
    process.stdout.write("", () => process.exit(code));
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
}
