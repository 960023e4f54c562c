import { readdirSync } from "node:fs";
import path from "node:path";

const appDir = path.resolve(import.meta.dirname, "../../app");

/** Every page and route handler of the app as its route pattern (route groups dropped, [params] kept). */
export function routesOnDisk(dir = appDir, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      return routesOnDisk(path.join(dir, entry.name), prefix + segment);
    }
    return /^(page|route)\.tsx?$/.test(entry.name) ? [prefix || "/"] : [];
  });
}
