import { readdirSync } from "node:fs";
import path from "node:path";

const appDir = path.resolve(import.meta.dirname, "../../app");

/**
 * Every page and route handler of the app as found on disk, route groups dropped (`/commitments/[slug]`), with
 * whether it is a page (HTML) or a route handler.
 */
export function routesOnDisk(dir = appDir, prefix = ""): { route: string; kind: "page" | "route" }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      return routesOnDisk(path.join(dir, entry.name), prefix + segment);
    }
    const match = /^(page|route)\.tsx?$/.exec(entry.name);
    return match ? [{ route: prefix || "/", kind: match[1] as "page" | "route" }] : [];
  });
}
