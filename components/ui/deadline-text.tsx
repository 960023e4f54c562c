import type { DatePrecision, CommitmentStatus } from "@/lib/generated/prisma/enums";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { formatPreciseDate } from "@/lib/domain/date-precision";
import { deadlineState } from "@/lib/domain/deadline-state";

/** A deadline as the source wrote it, with where it stands today. */
export function DeadlineText({
  deadline,
  today,
  status,
}: {
  deadline: { date: CalendarDate; precision: DatePrecision; label: string } | null;
  today: CalendarDate;
  status: CommitmentStatus;
}) {
  if (!deadline) return <span className="text-slate-500">No deadline</span>;
  const state = deadlineState(deadline, today, status);
  return (
    <span title={deadline.label}>
      <time dateTime={deadline.date}>{formatPreciseDate(deadline)}</time>{" "}
      <span className={state.kind === "passed" ? "font-semibold text-red-800" : "text-slate-600"}>
        ({state.label})
      </span>
    </span>
  );
}
