import { formatNumber } from "@/lib/domain/format-number";
import { SOURCE_LOCALE } from "@/lib/domain/localized-text";
import { getCatalogue } from "@/lib/i18n/server";

/**
 * How far a logged figure has come toward its goal, as a thin bar with the numbers written beside it; the label and
 * unit are the source's English words.
 */
export async function GoalProgress({ label, value, unit, currentValue }: {
  label: string;
  value: number;
  unit: string;
  currentValue: number;
}) {
  const share = value > 0 ? Math.min(1, currentValue / value) : 0;
  const percent = Math.round((value > 0 ? currentValue / value : 0) * 100);
  const { locale, t } = await getCatalogue();
  return (
    <span className="flex items-center gap-2 text-xs text-slate-700" data-goal-progress={percent}>
      <svg aria-hidden="true" viewBox="0 0 100 6" preserveAspectRatio="none" className="h-1.5 w-16 shrink-0 rounded bg-slate-200">
        <rect x="0" y="0" width={share * 100} height="6" fill="#009e73" />
      </svg>
      <span>
        <bdi lang={SOURCE_LOCALE}>{label}</bdi>:{" "}
        {t.figures.toward(formatNumber(currentValue, locale), formatNumber(value, locale))} <bdi lang={SOURCE_LOCALE}>{unit}</bdi>{" "}
        ({percent}%)
      </span>
    </span>
  );
}
