/**
 * The CLI reads the engine's stderr line by line as JSON (`{level, fields: {message}}`): it keeps the messages for
 * its crash report, and a line at level ERROR becomes the reason it shows. Anything else on stderr is noise to it,
 * and in the one-shot `cli` commands it is a parse failure, so everything goes through here.
 */
export type Level = "TRACE" | "DEBUG" | "INFO" | "WARN" | "ERROR";

export type LogFields = { message: string } & Record<string, string | number | boolean | undefined>;

export function logLine(level: Level, fields: LogFields, target = "schema_engine::logger"): void {
  process.stderr.write(JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target }) + "\n");
}

/** The wasm engine already formats its tracing events the way the native one does; they only need a line each. */
export function forwardEngineLog(line: unknown): void {
  const text = typeof line === "string" ? line.trim() : JSON.stringify(line);
  if (text) process.stderr.write(text + "\n");
}
