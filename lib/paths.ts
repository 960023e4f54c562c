import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder, wherever the command was started from. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function defaultDataDir(): string {
  return path.join(projectRoot, ".data");
}
