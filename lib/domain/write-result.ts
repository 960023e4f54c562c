import type { SavedMeanwhile } from "./conflict-message";

/**
 * What a write of lib/data answers when it wrote nothing. The action pipeline (lib/auth/protected-action.ts) gives
 * each kind its one message from the catalogue, so a refusal reads the same whichever form met it. A write that did
 * write answers with the kind "saved" and what its message needs.
 */
export type WriteRefusal =
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "forbidden" }
  | { kind: "not-found" }
  /** A colleague saved first; with what they saved, the form is told it and may save again knowingly. */
  | { kind: "conflict"; currentVersion?: number; changesSince?: readonly SavedMeanwhile[] }
  /** A refusal only this write meets (an unreadable file), already in the user's words. */
  | { kind: "refused"; message: string };

export const REFUSAL_KINDS: ReadonlySet<string> = new Set<WriteRefusal["kind"]>(
  ["invalid", "forbidden", "not-found", "conflict", "refused"]);
