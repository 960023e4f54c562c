import { DeadlineText } from "@/components/ui/deadline-text";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { formatPreciseDate } from "@/lib/domain/date-precision";
import { SOURCE_LOCALE } from "@/lib/domain/localized-text";
import type { PublicCommitment } from "@/lib/data/public-commitments";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { getCatalogue } from "@/lib/i18n/server";

/** Every date of a commitment: deadlines with where they stand and where they started, reference dates as written. */
export async function DeadlineList({ deadlines, today, status }: {
  deadlines: PublicCommitment["deadlines"];
  today: CalendarDate;
  status: CommitmentStatus;
}) {
  const { locale, t } = await getCatalogue();
  return (
    <ul className="mt-2 space-y-1">
      {deadlines.map((deadline) => (
        <li key={deadline.id}>
          <bdi lang={SOURCE_LOCALE}>{deadline.label}</bdi>:{" "}
          {deadline.kind === "REFERENCE"
            ? <time dateTime={deadline.date}>{formatPreciseDate(deadline, locale)}</time>
            : <DeadlineText deadline={deadline} today={today} status={status} />}
          {deadline.inferred && (
            <p className="text-sm text-slate-700" data-inferred>{t.deadline.inferred} <span lang={SOURCE_LOCALE}>{deadline.inferenceNote}</span></p>
          )}
        </li>
      ))}
      {deadlines.length === 0 && <li>{t.deadline.noDate}</li>}
    </ul>
  );
}
