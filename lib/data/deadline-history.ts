import "server-only";
import type { Prisma } from "../generated/prisma/client";

/** The columns of a deadline's history that every read showing a deadline selects (lib/domain/deadline-moves.ts). */
export const DEADLINE_HISTORY = { originalDate: true, originalPrecision: true, moveCount: true } satisfies Prisma.DeadlineSelect;
