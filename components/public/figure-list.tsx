import { ProgressChart } from "@/components/public/progress-chart";
import { formatNumber } from "@/lib/domain/format-number";
import { SOURCE_LOCALE } from "@/lib/domain/localized-text";
import { showsProgress } from "@/lib/domain/target-text";
import type { TargetKind } from "@/lib/generated/prisma/enums";
import type { PublicCommitment } from "@/lib/data/public-commitments";
import { getCatalogue } from "@/lib/i18n/server";

const KIND_ORDER: TargetKind[] = ["GOAL", "REPORTED", "CONTEXT"];

/**
 * The figures of a commitment under the kind each is: targets (with what staff logged toward them), figures reported
 * as reached, and context, a fact of the source that is no target and never shows progress. Each in the source's words,
 * which are English (marked so): only the qualifier and the number of a figure with no words of its own are the page's.
 */
export async function FigureList({ targets, timeZone }: { targets: PublicCommitment["targets"]; timeZone: string }) {
  const { locale, t } = await getCatalogue();
  const words = t.figures;
  if (targets.length === 0) return <p className="mt-2">{words.none}</p>;
  return (
    <>
      {KIND_ORDER.filter((kind) => targets.some((target) => target.kind === kind)).map((kind) => (
        <div key={kind} className="mt-2" data-figure-kind={kind.toLowerCase()}>
          <h3 className="font-medium" title={words.kinds[kind].meaning}>{words.kinds[kind].heading}</h3>
          {kind === "CONTEXT" && <p className="text-sm text-slate-700">{words.contextNote}</p>}
          <ul className="mt-1 space-y-3">
            {targets.filter((target) => target.kind === kind).map((target) => (
              <li key={target.id}>
                <bdi lang={SOURCE_LOCALE}>{target.label}</bdi>:{" "}
                <span className="font-medium">
                  {target.asWritten ? <bdi lang={SOURCE_LOCALE}>{target.asWritten}</bdi> : (
                    <>
                      {words.qualifiers[target.qualifier]}
                      {target.value !== null && `${formatNumber(target.value, locale)} `}
                      <bdi lang={SOURCE_LOCALE}>{target.unit}</bdi>
                    </>
                  )}
                </span>
                {showsProgress(target) && target.currentValue !== null && (
                  <p className="text-sm">
                    {words.latest} {formatNumber(target.currentValue, locale)} <bdi lang={SOURCE_LOCALE}>{target.unit}</bdi>
                    {words.share(Math.round((target.currentValue / target.value!) * 100))}
                  </p>
                )}
                {showsProgress(target) && (
                  <ProgressChart label={target.label} unit={target.unit} target={target.value!} points={target.history} timeZone={timeZone} />
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
