import type { PreciseDate } from "@/lib/domain/date-precision";
import { titleDateNote, type DeadlineHistory } from "@/lib/domain/deadline-moves";

/** Beside a title that still carries a deadline's first date once that deadline has moved. */
export function TitleDateNote({ title, deadlines }: { title: string; deadlines: readonly (PreciseDate & DeadlineHistory)[] }) {
  const note = titleDateNote(title, deadlines);
  return note ? <p className="text-sm text-amber-900" data-note="title-date">{note}</p> : null;
}
