import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { STATUS_FILL } from "@/lib/domain/status-palette";

/** A small square in the status's colour, drawn with SVG attributes so that no inline style is needed. */
export function StatusSwatch({ status, size = 10 }: { status: CommitmentStatus; size?: number }) {
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="0 0 10 10" className="inline-block shrink-0">
      <rect x="0.5" y="0.5" width="9" height="9" rx="1.5" fill={STATUS_FILL[status]} stroke="#334155" strokeWidth="1" />
    </svg>
  );
}
