import type { CommitmentStatus } from "../generated/prisma/enums";

/** An update a colleague saved after the author loaded the commitment. */
export type SavedMeanwhile = {
  createdAt: Date;
  /** The colleague's display name; null for an entry no one signed (the seed's). */
  author: string | null;
  oldStatus: CommitmentStatus | null;
  newStatus: CommitmentStatus | null;
  note: string | null;
  deadlineChanges: number;
};

/** The words of the message, in the author's language (the catalogue's `conflict` and `status`). */
export type ConflictWords = {
  conflict: {
    intro: string;
    outro: string;
    line: (author: string, when: string, what: string) => string;
    status: (from: string, to: string) => string;
    noStatus: string;
    deadlineChanges: (count: number) => string;
    note: (text: string) => string;
    anUpdate: string;
    noAuthor: string;
  };
  status: Record<CommitmentStatus, { label: string }>;
};

/** Tells an author whose save lost the race what a colleague saved in between; their own text stays in the form. */
export function describeConflict(changes: readonly SavedMeanwhile[], t: ConflictWords): string {
  const words = t.conflict;
  const label = (status: CommitmentStatus | null) => (status ? t.status[status].label : words.noStatus);
  const lines = changes.map((change) => {
    const parts: string[] = [];
    if (change.newStatus) parts.push(words.status(label(change.oldStatus), label(change.newStatus)));
    if (change.deadlineChanges > 0) parts.push(words.deadlineChanges(change.deadlineChanges));
    if (change.note) parts.push(words.note(change.note.length > 140 ? change.note.slice(0, 140) + "…" : change.note));
    return words.line(change.author ?? words.noAuthor, change.createdAt.toISOString().slice(0, 16).replace("T", " "),
      parts.join("; ") || words.anUpdate);
  });
  return [words.intro, ...lines, words.outro].join("\n");
}
