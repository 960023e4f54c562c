import { DeadlineText } from "@/components/ui/deadline-text";
import { StatusBadge } from "@/components/ui/status-badge";
import { listPublicCommitmentsByPillar, type PublicCommitmentRow } from "@/lib/data/public-overview";
import { todayIn } from "@/lib/domain/calendar-date";
import { nextDeadline } from "@/lib/domain/next-deadline";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const groups = await listPublicCommitmentsByPillar();
  const timeZone = env().APP_TIME_ZONE;
  const today = todayIn(timeZone);
  const total = groups.reduce((sum, group) => sum + countWithChildren(group.commitments), 0);

  return (
    <>
      <h1 className="text-3xl font-bold">Los Angeles Declaration commitments</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        {total} commitments made or reported at the fourth ministerial meeting, September 25, 2024, and where each
        stands. Deadlines are shown as the source wrote them; dates are judged in the {timeZone} time zone.
      </p>
      {groups.map((group) => (
        <section key={group.pillar.slug ?? "framework"} aria-labelledby={`pillar-${group.pillar.slug ?? "framework"}`}
          className="mt-10">
          <h2 id={`pillar-${group.pillar.slug ?? "framework"}`} className="text-xl font-semibold">
            {group.pillar.name}
          </h2>
          <ul className="mt-3 divide-y divide-slate-200 border-y border-slate-200">
            {group.commitments.map((commitment) => (
              <li key={commitment.key} className="py-3">
                <CommitmentLine commitment={commitment} today={today} />
                {commitment.children.length > 0 && (
                  <ul className="mt-2 space-y-2 border-l-2 border-slate-200 pl-4">
                    {commitment.children.map((child) => (
                      <li key={child.key}>
                        <CommitmentLine commitment={child} today={today} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function CommitmentLine({ commitment, today }: { commitment: PublicCommitmentRow; today: string }) {
  const deadline = nextDeadline(commitment.deadlines, today);
  return (
    <article className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1" data-commitment={commitment.key}>
      <div className="min-w-0 flex-1">
        <h3 className="font-medium">{commitment.title}</h3>
        <p className="text-sm text-slate-600">
          {commitment.countries.length > 0
            ? commitment.countries.map((country) => country.name + (country.lead ? " (lead)" : "")).join(", ")
            : (commitment.collectiveActor ?? "No government named")}
        </p>
      </div>
      <div className="flex flex-col items-end gap-1 text-sm">
        <StatusBadge status={commitment.status} />
        <span>
          <span className="sr-only">Next deadline: </span>
          <DeadlineText deadline={deadline} today={today} status={commitment.status} />
        </span>
      </div>
    </article>
  );
}

function countWithChildren(rows: readonly { children: readonly unknown[] }[]): number {
  return rows.reduce((sum, row) => sum + 1 + row.children.length, 0);
}
