import { DeadlineText } from "@/components/ui/deadline-text";
import { TitleDateNote } from "@/components/ui/title-date-note";
import { StatusBadge } from "@/components/ui/status-badge";
import { GoalProgress } from "@/components/public/goal-progress";
import type { PublicListRow } from "@/lib/data/public-commitments";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { FRAMEWORK_GROUP } from "@/lib/domain/framework-group";
import { describeCountries } from "@/lib/domain/country-roles";
import { SOURCE_LOCALE } from "@/lib/domain/localized-text";
import { nextDeadline } from "@/lib/domain/next-deadline";
import { Link } from "@/lib/i18n/navigation";
import { localizeCountries } from "@/lib/i18n/country-names";
import { pillarLabel } from "@/lib/i18n/pillar-label";
import { getCatalogue } from "@/lib/i18n/server";

/** Commitments grouped under their pillar's heading, in the order given. */
export async function CommitmentRows({ rows, today, headingLevel }: { rows: PublicListRow[]; today: CalendarDate; headingLevel: 2 | 3 }) {
  const { locale, t } = await getCatalogue();
  const groups = new Map<string, { label: ReturnType<typeof pillarLabel>; rows: PublicListRow[] }>();
  for (const row of rows) {
    const slug = row.pillar?.slug ?? FRAMEWORK_GROUP.slug;
    const group = groups.get(slug)
      ?? { label: pillarLabel(row.pillar && { ...row.pillar, name: row.pillar.shortName }, t, locale), rows: [] };
    group.rows.push(row);
    groups.set(slug, group);
  }
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const RowHeading = headingLevel === 2 ? "h3" : "h4";
  return (
    <>
      {[...groups.entries()].map(([slug, group]) => (
        <section key={slug} aria-labelledby={`group-${slug}`} className="mt-6">
          <Heading id={`group-${slug}`} lang={group.label.lang} className="text-lg font-semibold">{group.label.shortName}</Heading>
          <ul className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
            {group.rows.map((row) => (
              <li key={row.key} className={row.parentId ? "py-3 pl-6" : "py-3"}>
                <article className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1" data-commitment={row.key}>
                  <div className="min-w-0 flex-1">
                    <RowHeading className="flex gap-1 font-medium">
                      {row.parentId && <span aria-hidden="true">↳</span>}
                      <Link href={`/commitments/${row.key}`} className="line-clamp-3 text-blue-900 underline"><bdi lang={row.titleLang}>{row.title}</bdi></Link>
                    </RowHeading>
                    <p className="text-sm text-slate-700">
                      {row.countries.length > 0
                        ? describeCountries(localizeCountries(row.countries, locale), t.roles)
                        : row.collectiveActor
                          ? <bdi lang={SOURCE_LOCALE}>{row.collectiveActor}</bdi> : t.commitmentPage.noGovernment}
                      {row.isGroup && <> · <span data-group>{t.overview.groupRow}</span></>}
                    </p>
                    <TitleDateNote title={row.title} deadlines={row.deadlines} />
                    {row.targets.filter((target) => target.currentValue !== null).slice(0, 1).map((target) => (
                      <GoalProgress key={target.label} label={target.label} value={target.value} unit={target.unit}
                        currentValue={target.currentValue!} />
                    ))}
                  </div>
                  <div className="flex flex-col items-end gap-1 text-sm">
                    <StatusBadge status={row.status} />
                    <NextDeadline row={row} today={today} />
                  </div>
                </article>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

async function NextDeadline({ row, today }: { row: PublicListRow; today: CalendarDate }) {
  const deadline = nextDeadline(row.deadlines, today);
  const { t } = await getCatalogue();
  return (
    <span>
      <span className="sr-only">{t.deadline.next}</span>
      <DeadlineText deadline={deadline} today={today} status={row.status} />
    </span>
  );
}
