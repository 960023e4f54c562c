import "server-only";
import type { FrameworkFilter } from "../data/framework-filter";
import { listSourceFrameworks } from "../data/reference-lists";
import type { FrameworkScope } from "./targets";

export function frameworkFilter(scope: FrameworkScope): FrameworkFilter {
  if (scope?.parameter === "framework") return { frameworkKey: scope.key };
  if (scope?.parameter === "source") return { sourceKey: scope.key };
  return {};
}

/** The framework whose words a filtered feed or calendar speaks in: the one named, or the source document's. */
export async function frameworkKeyOf(scope: FrameworkScope): Promise<string | undefined> {
  if (scope === null) return undefined;
  if (scope.parameter === "framework") return scope.key;
  return (await listSourceFrameworks()).get(scope.key);
}
