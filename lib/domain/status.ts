import type { CommitmentStatus } from "../generated/prisma/enums";

export type StatusInfo = {
  label: string;
  /** A symbol shown beside the colour, so that status never rests on colour alone. */
  icon: string;
  meaning: string;
  tone: "neutral" | "info" | "progress" | "warning" | "success" | "muted";
};

export const STATUS_ORDER: CommitmentStatus[] = [
  "NO_INFORMATION", "NOT_STARTED", "IN_PROGRESS", "AT_RISK", "PARTLY_COMPLETED", "COMPLETED", "DISCONTINUED",
];

export const STATUSES: Record<CommitmentStatus, StatusInfo> = {
  NO_INFORMATION: { label: "No information", icon: "?", tone: "neutral",
    meaning: "Announced, and nothing said of whether it is carried out: the source gives no basis for another status." },
  NOT_STARTED: { label: "Not started", icon: "○", tone: "info",
    meaning: "Promised for the future (it \"will\" happen, a country \"committed to\" it), with no sign that work has begun." },
  IN_PROGRESS: { label: "In progress", icon: "◐", tone: "progress",
    meaning: "Work has begun and is going on as announced." },
  AT_RISK: { label: "At risk or delayed", icon: "!", tone: "warning",
    meaning: "Behind its deadline, stalled, or facing an obstacle that puts it in doubt." },
  PARTLY_COMPLETED: { label: "Partly completed", icon: "◑", tone: "progress",
    meaning: "Part of what was promised has been delivered; the rest has not, or not yet." },
  COMPLETED: { label: "Completed", icon: "✓", tone: "success",
    meaning: "Delivered as announced, with evidence." },
  DISCONTINUED: { label: "Discontinued", icon: "✕", tone: "muted",
    meaning: "No longer being pursued: withdrawn, cancelled or replaced." },
};

/** Statuses after which a deadline can no longer be missed. */
export function isClosedStatus(status: CommitmentStatus): boolean {
  return status === "COMPLETED" || status === "DISCONTINUED";
}
