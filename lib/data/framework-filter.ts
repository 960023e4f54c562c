import "server-only";
import type { Prisma } from "../generated/prisma/client";

/** The feeds' and calendars' filter: the commitments of one framework, or of one source document. */
export type FrameworkFilter = { frameworkKey?: string; sourceKey?: string };

export function frameworkFilterWhere(filter: FrameworkFilter): Prisma.CommitmentWhereInput {
  return {
    AND: [
      filter.frameworkKey ? { declaration: { framework: { key: filter.frameworkKey } } } : {},
      filter.sourceKey ? { declaration: { key: filter.sourceKey } } : {},
    ],
  };
}
