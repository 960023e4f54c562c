import type {
  CommitmentStatus,
  CommitmentType,
  CountryRole,
  DatePrecision,
  DeadlineKind,
  TargetKind,
  TargetQualifier,
} from "../../generated/prisma/enums";
import type { Locale } from "../../domain/localized-text";

/** The framework a document belongs to; several documents name the same one by its key. */
export type SeedFramework = {
  /** The name in lower case with hyphens: what migration 20261203300000 gave a framework it made from a document. */
  key: string;
  name: string;
  /** What pages, feeds and calendars call the framework. */
  shortName: string;
  /** What the framework's commitments are, for the home page. */
  description: string;
  /** When ("YYYY-MM-DD") and where it began, and how many governments endorse it. */
  startedOn: string;
  startedPlace: string;
  endorserCount: number;
};

/** Checked-in data transcribed from one fact sheet; the loader upserts it on the stable keys. */
export type SeedDeclaration = {
  key: string;
  framework: SeedFramework;
  meetingName: string;
  /** ISO date, "YYYY-MM-DD". */
  meetingDate: string;
  /** Where the meeting took place. */
  meetingPlace: string;
  sourceTitle: string;
  sourceUrl: string;
  /** ISO timestamp with offset. */
  publishedAt: string;
  /**
   * Who published the document, and the document as published: a file of prisma/seed/ copied unchanged (its front
   * matter holds the fields above). Absent from the seed the landed main shipped, whose databases get the text at
   * their next start.
   */
  document?: { publisher: string; file: string };
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
  /** When part of the date is not in those words (the year of "In August"): how it was inferred. */
  inferenceNote?: string;
};

export type SeedTarget = {
  key: string;
  kind: TargetKind;
  label: string;
  qualifier: TargetQualifier;
  /** The number the words name, or null when they name none ("hundreds", "more than half"). */
  value: number | null;
  unit: string;
  /** The figure as the source words it, verbatim inside sourceText: what the pages show. */
  asWritten: string;
  sourceText: string;
};

export type SeedCommitment = {
  key: string;
  /** Slug of a pillar, or null for the framework-wide announcements outside the three pillar sections. */
  pillar: string | null;
  /** Why a framework-wide item stands under no single pillar, shown on its page. */
  pillarNote?: string;
  /** A parent that only gathers its sub-commitments: shown, never counted (docs/data-model.md). */
  isGroup?: true;
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
  /** The words of the fact sheet the status rests on, verbatim; statusReason quotes them. */
  statusWords: string;
  statusReason: string;
  links?: { label: string; url: string }[];
  deadlines?: SeedDeadline[];
  targets?: SeedTarget[];
  children?: SeedCommitment[];
};

/**
 * One language's translations of a declaration's shipped commitments, keyed by commitment key: Pledgeboard's own
 * title and description in that language (never the source's words, which stay as published).
 */
export type SeedTranslations = {
  /** The key of the declaration whose commitments these are. */
  declaration: string;
  locale: Exclude<Locale, "en">;
  commitments: Record<string, { title: string; description: string }>;
  /** The pillars of the declaration's framework, by slug: translations of the framework's English, as above. */
  pillars: Record<string, { name: string; shortName: string; description: string }>;
};
