import type { PreciseDate } from "@/lib/domain/date-precision";
import { movedTitleDate, type DeadlineHistory } from "@/lib/domain/deadline-moves";
import { getCatalogue } from "@/lib/i18n/server";

/** Beside a title that still carries a deadline's first date once that deadline has moved. */
export async function TitleDateNote({ title, deadlines }: { title: string; deadlines: readonly (PreciseDate & DeadlineHistory)[] }) {
  const { locale, t } = await getCatalogue();
  const moved = movedTitleDate(title, deadlines, locale);
  return moved ? <p className="text-sm text-amber-900" data-note="title-date">{t.deadline.titleDate(moved.first, moved.now)}</p> : null;
}
