import type {
  CommitmentStatus,
  CommitmentType,
  CountryRole,
  DatePrecision,
  DeadlineKind,
  TargetKind,
  TargetQualifier,
} from "../../lib/generated/prisma/enums";

/** Checked-in data transcribed from one fact sheet; the loader upserts it on the stable keys. */
export type SeedDeclaration = {
  key: string;
  name: string;
  meetingName: string;
  /** ISO date, "YYYY-MM-DD". */
  meetingDate: string;
  sourceTitle: string;
  sourceUrl: string;
  /** ISO timestamp with offset. */
  publishedAt: string;
  pillars: SeedPillar[];
  countries: SeedCountry[];
  commitments: SeedCommitment[];
};

export type SeedPillar = {
  slug: string;
  position: number;
  name: string;
  shortName: string;
  description: string;
};

export type SeedCountry = { code: string; alpha3: string; name: string };

export type SeedDeadline = {
  key: string;
  kind: DeadlineKind;
  label: string;
  /** First day of the period, "YYYY-MM-DD" (a US fiscal year starts on October 1 of the year before). */
  date: string;
  precision: DatePrecision;
  /** The words of the fact sheet that give the date, verbatim. */
  sourceText: string;
};

export type SeedTarget = {
  key: string;
  kind: TargetKind;
  label: string;
  qualifier: TargetQualifier;
  value: number;
  unit: string;
  sourceText: string;
};

export type SeedCommitment = {
  key: string;
  /** Slug of a pillar, or null for the framework-wide announcements outside the three pillar sections. */
  pillar: string | null;
  title: string;
  description: string;
  /** The sentence(s) it came from, verbatim from the fact sheet (markdown emphasis and link syntax removed). */
  sourceText: string;
  sourceSection: string;
  type: CommitmentType;
  collectiveActor?: string;
  countries: { code: string; role: CountryRole }[];
  /** The status the fact sheet supports on its publication date, and why. */
  status: CommitmentStatus;
  statusReason: string;
  links?: { label: string; url: string }[];
  deadlines?: SeedDeadline[];
  targets?: SeedTarget[];
  children?: SeedCommitment[];
};
