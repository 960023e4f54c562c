import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { STATUSES, type StatusInfo } from "@/lib/domain/status";

const TONES: Record<StatusInfo["tone"], string> = {
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  info: "bg-sky-50 text-sky-900 ring-sky-300",
  progress: "bg-blue-50 text-blue-900 ring-blue-300",
  warning: "bg-amber-50 text-amber-900 ring-amber-400",
  success: "bg-green-50 text-green-900 ring-green-400",
  muted: "bg-zinc-100 text-zinc-700 ring-zinc-300",
};

export function StatusBadge({ status }: { status: CommitmentStatus }) {
  const info = STATUSES[status];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[info.tone]}`}
      title={info.meaning}
    >
      <span aria-hidden="true">{info.icon}</span>
      {info.label}
    </span>
  );
}
