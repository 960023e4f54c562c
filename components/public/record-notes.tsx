import { movedTitleDate } from "@/lib/domain/deadline-moves";
import type { PublicCommitment } from "@/lib/data/public-commitments";
import { SOURCE_LOCALE, type Locale } from "@/lib/domain/localized-text";
import { getCatalogue } from "@/lib/i18n/server";

/**
 * What a reader must know to read the record right, under its title: a date in the title that has since moved, why
 * it stands under no single pillar, and that a group is not counted as a commitment of its own.
 */
export async function RecordNotes({ commitment }: {
  commitment: Pick<PublicCommitment, "title" | "deadlines" | "pillar" | "pillarNote" | "isGroup">;
}) {
  const { locale, t } = await getCatalogue();
  const moved = movedTitleDate(commitment.title, commitment.deadlines, locale);
  const dateNote = moved && t.deadline.titleDate(moved.first, moved.now);
  // The pillar note is the record's own text, written in English; the others are the site's words.
  const notes = [
    dateNote && { key: "title-date", text: dateNote },
    !commitment.pillar && commitment.pillarNote && { key: "pillar", text: commitment.pillarNote, lang: SOURCE_LOCALE },
    commitment.isGroup && { key: "group",
      text: t.commitmentPage.groupNote },
  ].filter((note): note is { key: string; text: string; lang?: Locale } => Boolean(note));
  if (notes.length === 0) return null;
  return (
    <ul className="mt-2 max-w-3xl space-y-1 text-sm text-slate-800">
      {notes.map((note) => <li key={note.key} lang={note.lang} data-note={note.key} className="border-l-4 border-amber-400 pl-2">{note.text}</li>)}
    </ul>
  );
}
