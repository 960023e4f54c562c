import type { DatePrecision, CommitmentStatus } from "@/lib/generated/prisma/enums";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { formatPreciseDate } from "@/lib/domain/date-precision";
import { describeDeadlineMoves, type DeadlineHistory } from "@/lib/domain/deadline-moves";
import { deadlineState } from "@/lib/domain/deadline-state";

/** A deadline as the source wrote it, with where it stands today and, once it has moved, the date first set. */
export function DeadlineText({
  deadline,
  today,
  status,
}: {
  deadline: ({ date: CalendarDate; precision: DatePrecision; label: string } & DeadlineHistory) | null;
  today: CalendarDate;
  status: CommitmentStatus;
}) {
  if (!deadline) return <span className="text-slate-500">No deadline</span>;
  const state = deadlineState(deadline, today, status);
  const moves = describeDeadlineMoves(deadline);
  return (
    <span title={deadline.label}>
      <time dateTime={deadline.date}>{formatPreciseDate(deadline)}</time>{" "}
      <span className={state.kind === "passed" ? "font-semibold text-red-800" : "text-slate-600"}>
        ({state.label})
      </span>
      {moves && <span className="text-slate-700" data-deadline-moves> · {moves}</span>}
    </span>
  );
}
