/** How far a logged figure has come toward its goal, as a thin bar with the numbers written beside it. */
export function GoalProgress({ label, value, unit, currentValue }: {
  label: string;
  value: number;
  unit: string;
  currentValue: number;
}) {
  const share = value > 0 ? Math.min(1, currentValue / value) : 0;
  const percent = Math.round((value > 0 ? currentValue / value : 0) * 100);
  return (
    <span className="flex items-center gap-2 text-xs text-slate-700" data-goal-progress={percent}>
      <svg aria-hidden="true" viewBox="0 0 100 6" preserveAspectRatio="none" className="h-1.5 w-16 shrink-0 rounded bg-slate-200">
        <rect x="0" y="0" width={share * 100} height="6" fill="#009e73" />
      </svg>
      <span>
        {label}: {currentValue.toLocaleString("en-US")} of {value.toLocaleString("en-US")} {unit} ({percent}%)
      </span>
    </span>
  );
}
