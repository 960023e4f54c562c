import type { CommitmentStatus } from "../generated/prisma/enums";

/**
 * The colour of each status in charts, bars and the map. Taken from the Okabe-Ito set, which stays distinct under the
 * common colour-vision deficiencies; the two statuses that say "nothing is happening yet" are neutral greys. Colour
 * is never alone: every use puts the status's symbol and name beside it. Each fill has at least 3:1 contrast against
 * white (WCAG 1.4.11 for graphics) except "No information yet", which is drawn with a dark outline instead.
 */
export const STATUS_FILL: Record<CommitmentStatus, string> = {
  NO_INFORMATION: "#e5e5e5",
  NOT_STARTED: "#767676",
  IN_PROGRESS: "#0072b2",
  AT_RISK: "#d55e00",
  PARTLY_COMPLETED: "#56b4e9",
  COMPLETED: "#009e73",
  DISCONTINUED: "#cc79a7",
};

/** Text drawn on a status's fill (inside a map label or a bar): whichever of black and white reads better. */
export const STATUS_INK: Record<CommitmentStatus, string> = {
  NO_INFORMATION: "#000000",
  NOT_STARTED: "#ffffff",
  IN_PROGRESS: "#ffffff",
  AT_RISK: "#000000",
  PARTLY_COMPLETED: "#000000",
  COMPLETED: "#000000",
  DISCONTINUED: "#000000",
};
