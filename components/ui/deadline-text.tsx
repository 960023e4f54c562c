import type { DatePrecision, CommitmentStatus } from "@/lib/generated/prisma/enums";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { formatPreciseDate } from "@/lib/domain/date-precision";
import type { DeadlineHistory } from "@/lib/domain/deadline-moves";
import { deadlineState, timeLeft, type DeadlineState } from "@/lib/domain/deadline-state";
import type { Catalogue } from "@/lib/messages/en";
import { getCatalogue } from "@/lib/i18n/server";

/** A deadline as the source wrote it, with where it stands today and, once it has moved, the date first set. */
export async function DeadlineText({
  deadline,
  today,
  status,
}: {
  deadline: ({ date: CalendarDate; precision: DatePrecision; label: string } & DeadlineHistory) | null;
  today: CalendarDate;
  status: CommitmentStatus;
}) {
  const { locale, t } = await getCatalogue();
  if (!deadline) return <span className="text-slate-500">{t.deadline.none}</span>;
  const state = deadlineState(deadline, today, status);
  const moves = deadline.moves > 0 ? t.deadline.moved(formatPreciseDate(deadline.original, locale), deadline.moves) : null;
  return (
    <span title={deadline.label}>
      <time dateTime={deadline.date}>{formatPreciseDate(deadline, locale)}</time>{" "}
      <span className={state.kind === "passed" ? "font-semibold text-red-800" : "text-slate-600"}>
        ({stateLabel(state, t)})
      </span>
      {moves && <span className="text-slate-700" data-deadline-moves> · {moves}</span>}
    </span>
  );
}

/** Where a deadline stands, in the page's language (lib/domain/deadline-state.ts gives the English label). */
export function stateLabel(state: DeadlineState, t: Catalogue): string {
  switch (state.kind) {
    case "none":
      return t.deadline.none.toLowerCase();
    case "met":
      return t.deadline.closed;
    case "passed":
      return t.deadline.passed;
    case "due": {
      const left = timeLeft(state.daysLeft);
      switch (left.unit) {
        case "today":
          return t.deadline.dueToday;
        case "tomorrow":
          return t.deadline.dueTomorrow;
        case "days":
          return t.deadline.inDays(left.count);
        case "months":
          return t.deadline.inMonths(left.count);
        case "years":
          return t.deadline.inYears(left.count);
      }
    }
  }
}
