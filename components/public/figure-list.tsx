import { ProgressChart } from "@/components/public/progress-chart";
import { FIGURE_KINDS, formatTarget, showsProgress } from "@/lib/domain/target-text";
import type { TargetKind } from "@/lib/generated/prisma/enums";
import type { PublicCommitment } from "@/lib/data/public-commitments";

const KIND_ORDER: TargetKind[] = ["GOAL", "REPORTED", "CONTEXT"];

/**
 * The figures of a commitment under the kind each is: targets (with what staff logged toward them), figures reported
 * as reached, and context, a fact of the source that is no target and never shows progress. Each in the source's words.
 */
export function FigureList({ targets, timeZone }: { targets: PublicCommitment["targets"]; timeZone: string }) {
  if (targets.length === 0) return <p className="mt-2">The source gives no figure.</p>;
  return (
    <>
      {KIND_ORDER.filter((kind) => targets.some((target) => target.kind === kind)).map((kind) => (
        <div key={kind} className="mt-2" data-figure-kind={kind.toLowerCase()}>
          <h3 className="font-medium" title={FIGURE_KINDS[kind].meaning}>{FIGURE_KINDS[kind].heading}</h3>
          {kind === "CONTEXT" && <p className="text-sm text-slate-700">Facts the source gives, not targets.</p>}
          <ul className="mt-1 space-y-3">
            {targets.filter((target) => target.kind === kind).map((target) => (
              <li key={target.id}>
                {target.label}: <span className="font-medium">{formatTarget(target)}</span>
                {showsProgress(target) && target.currentValue !== null && (
                  <p className="text-sm">Latest logged: {target.currentValue.toLocaleString("en-US")} {target.unit}
                    {` (${Math.round((target.currentValue / target.value!) * 100)}% of the target)`}
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
