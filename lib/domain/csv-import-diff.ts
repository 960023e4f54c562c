import type { CommitmentStatus, DatePrecision, DeadlineKind } from "../generated/prisma/enums";
import type { CsvCommitmentRow, CsvCommitmentValues, ImportError } from "../validation/commitment-csv";
import type { CalendarDate } from "./calendar-date";
import { commitmentFactCells, type CommitmentFacts, type DeadlineFacts } from "./commitment-csv-facts";
import { periodStart } from "./date-precision";
import { IMPORT_FILE_WORDS, type ImportFileWords } from "./import-words";
import { updateRuleErrors } from "./update-rules";

/**
 * The import's plan: each row of the file against the database, as what it would create, change (cell by cell, old
 * and new), leave alone, refuse to apply because the database moved on since the export (conflict), or cannot take
 * (errors with line, column and message). Nothing here reads or writes; lib/data/csv-import.ts does both.
 */
export type StoredCommitment = {
  facts: CommitmentFacts;
  deadlines: DeadlineFacts[];
  archived: boolean;
  /** Keys of its sub-commitments in the database. */
  childKeys: string[];
};

export type ImportReferences = {
  countries: ReadonlySet<string>;
  /** Pillar slug → key of the framework it belongs to. */
  pillars: ReadonlyMap<string, string>;
  /**
   * Document key → its framework's key, and what is wrong with a quote of it (null when it stands word for word in
   * the document's stored text, or when no text is stored to check it against).
   */
  declarations: ReadonlyMap<string, { framework: string; quoteProblem: (quote: string) => string | null }>;
};

export type CellChange = { column: string; old: string; new: string };
/** A deadline the import sets: an existing one moved (old given) or a new one added (old null). */
export type DeadlinePlan = DeadlineFacts & { old: { date: CalendarDate; precision: DatePrecision } | null };

/** What the history entry of a status change gives, from the row's status_reason and evidence_urls. */
export type StatusEntryPlan = { reason: string | null; evidenceUrls: string[] };

export type RowPlan =
  | { kind: "create"; line: number; key: string; next: CommitmentFacts; deadline: DeadlinePlan | null; changes: CellChange[];
      entry: StatusEntryPlan }
  | { kind: "change"; line: number; key: string; version: number; before: CommitmentFacts; next: CommitmentFacts;
      deadline: DeadlinePlan | null; changes: CellChange[]; entry: StatusEntryPlan }
  | { kind: "unchanged"; line: number; key: string }
  | { kind: "conflict"; line: number; key: string; fileVersion: number; version: number; changes: CellChange[] }
  | { kind: "error"; line: number; key: string; errors: ImportError[] };

export type ImportPlan = { rows: RowPlan[]; counts: Record<RowPlan["kind"], number> };

/** Columns an import may change, in file order, as the preview lists them. */
const CHANGE_COLUMNS = ["parent_key", "pillar", "title", "description", "source_text", "source_section", "type", "status",
  "lead_country", "countries", "collective_actor", "deadline_key", "deadline_kind", "deadline_label", "deadline_date",
  "deadline_precision"];

type Draft = {
  row: CsvCommitmentRow;
  stored: StoredCommitment | undefined;
  next: CommitmentFacts;
  deadline: DeadlinePlan | null;
  entry: StatusEntryPlan;
  errors: ImportError[];
};

/** What is wrong with a row, in the admin's words. */
type PlanWords = ImportFileWords["plan"];

export function planImport(rows: readonly CsvCommitmentRow[], stored: ReadonlyMap<string, StoredCommitment>,
  references: ImportReferences, words: PlanWords = IMPORT_FILE_WORDS.plan): ImportPlan {
  const firstLine = new Map<string, number>();
  const drafts = rows.map((row) => {
    const draft = draftRow(row, stored.get(row.values.key), references, words);
    const earlier = firstLine.get(row.values.key);
    if (earlier !== undefined) {
      draft.errors.push({ line: row.line, column: "key", message: words.keyTwice(row.values.key, earlier) });
    } else if (row.values.key !== "") firstLine.set(row.values.key, row.line);
    return draft;
  });
  const planned = new Map(drafts.filter((draft) => !isConflict(draft)).map((draft) => [draft.next.key, draft.next]));
  for (const draft of drafts) draft.errors.push(...parentErrors(draft, planned, stored, words));

  const plans = drafts.map((draft) => outcome(draft, words));
  const counts = { create: 0, change: 0, unchanged: 0, conflict: 0, error: 0 };
  for (const plan of plans) counts[plan.kind] += 1;
  return { rows: plans, counts };
}

function isConflict(draft: Draft): boolean {
  return draft.stored !== undefined && draft.row.values.version !== null && draft.row.values.version < draft.stored.facts.version;
}

/** The commitment as it would be after the row, and what is wrong with the row on its own. */
function draftRow(row: CsvCommitmentRow, stored: StoredCommitment | undefined, references: ImportReferences,
  words: PlanWords): Draft {
  const { values, line } = row;
  const errors = [...row.errors];
  const fail = (column: string | null, message: string) => errors.push({ line, column, message });
  const base = stored?.facts ?? newCommitment(values, row, fail, words);
  const pick = <K extends keyof CsvCommitmentValues & keyof CommitmentFacts>(field: K) =>
    (values[field] === undefined ? base[field] : values[field]) as CommitmentFacts[K];
  const next: CommitmentFacts = {
    ...base,
    parentKey: pick("parentKey"), pillar: pick("pillar"), title: pick("title"), description: pick("description"),
    sourceText: pick("sourceText"), sourceSection: pick("sourceSection"), type: pick("type"), status: pick("status"),
    leadCountry: pick("leadCountry"), countries: pick("countries"), collectiveActor: pick("collectiveActor"),
  };

  if (stored && values.version === null) {
    fail("version", words.versionEmpty);
  } else if (stored && values.version !== null && values.version > stored.facts.version) {
    fail("version", words.versionNewer(values.version, stored.facts.version));
  }
  for (const code of next.countries) {
    if (!references.countries.has(code)) fail("countries", words.unknownCountry(code));
  }
  if (next.leadCountry && !references.countries.has(next.leadCountry)) {
    fail("lead_country", words.unknownCountry(next.leadCountry));
  } else if (next.leadCountry && !next.countries.includes(next.leadCountry)) {
    fail("lead_country", words.leadNotListed(next.leadCountry));
  }
  if (!next.leadCountry && !next.collectiveActor) fail("lead_country", words.noActor);
  const document = references.declarations.get(next.declaration);
  if (next.pillar !== null) {
    const framework = references.pillars.get(next.pillar);
    if (framework === undefined) fail("pillar", words.unknownPillar(next.pillar));
    else if (document && framework !== document.framework) {
      fail("pillar", words.pillarOfAnotherFramework(next.pillar, next.declaration));
    }
  }
  if (!stored && next.declaration !== "" && !document) fail("declaration", words.unknownDeclaration(next.declaration));
  // The quote is checked where it is new: a new commitment's, or one the row changes.
  const quoteProblem = document && (!stored || stored.facts.sourceText !== next.sourceText) && next.sourceText !== ""
    ? document.quoteProblem(next.sourceText) : null;
  if (quoteProblem) fail("source_text", quoteProblem);
  // A deadline cell that could not be read already has its error; the rules between the cells would only repeat it.
  const deadline = row.errors.some((error) => error.column?.startsWith("deadline_")) ? null
    : plannedDeadline(values, stored, fail, words);
  // A conflict is not applied, so what its entry would say does not matter.
  const stale = stored !== undefined && values.version !== null && values.version < stored.facts.version;
  const entry = stale ? { reason: null, evidenceUrls: [] }
    : statusEntry(values, stored?.facts.status ?? "NO_INFORMATION", next.status, fail, words);
  return { row, stored, next, deadline, entry, errors };
}

/**
 * A status change by import meets the form's rules (lib/domain/update-rules.ts): a reason, and for a closing status
 * an evidence link or a plain "none". A new commitment's status counts as a change from "no information".
 */
function statusEntry(values: CsvCommitmentValues, from: CommitmentStatus, to: CommitmentStatus,
  fail: (column: string | null, message: string) => void, words: PlanWords): StatusEntryPlan {
  if (from === to) return { reason: null, evidenceUrls: [] };
  const reason = values.statusReason ?? "";
  const evidence = values.evidence ?? { urls: [], none: false };
  const broken = updateRuleErrors({ fromStatus: from, toStatus: to, statusReason: reason, note: "",
    evidenceCount: evidence.urls.length, noEvidence: evidence.none, deadlineChanges: 0, valueReached: false, corrects: false });
  if (broken.statusReason) fail("status_reason", words.statusReason(from, to));
  if (broken.evidenceUrls) fail("evidence_urls", words.evidence(to));
  return { reason, evidenceUrls: evidence.urls };
}

/** The fields a new commitment must be given; a missing one is an error, and the draft gets a harmless stand-in. */
function newCommitment(values: CsvCommitmentValues, row: CsvCommitmentRow,
  fail: (column: string | null, message: string) => void, words: PlanWords): CommitmentFacts {
  if (row.newKeyProblem && values.key !== "") fail("key", words.newKey(values.key, row.newKeyProblem));
  const required = { declaration: values.declaration, title: values.title, description: values.description,
    source_text: values.sourceText, type: values.type };
  for (const [column, value] of Object.entries(required)) {
    if (value === undefined || value === null) fail(column, words.needs(values.key, column));
  }
  return {
    key: values.key, version: 1, declaration: values.declaration ?? "", parentKey: null, pillar: null,
    title: values.title ?? "", description: values.description ?? "", sourceText: values.sourceText ?? "",
    sourceSection: "", type: values.type ?? "PROGRAM", status: "NO_INFORMATION",
    leadCountry: null, countries: [], collectiveActor: null,
  };
}

/** The deadline the row's deadline columns move or add, or null when they leave every deadline as it is. */
function plannedDeadline(values: CsvCommitmentValues, stored: StoredCommitment | undefined,
  fail: (column: string | null, message: string) => void, words: PlanWords): DeadlinePlan | null {
  const { deadlineKey, deadlineDate, deadlinePrecision } = values;
  if (!deadlineKey) {
    if (deadlineDate || deadlinePrecision) fail("deadline_key", words.deadlineKeyMissing);
    return null;
  }
  const current = stored?.deadlines.find((deadline) => deadline.key === deadlineKey);
  if (deadlineDate === undefined && deadlinePrecision === undefined) return null;
  const date = deadlineDate ?? null;
  const precision = deadlinePrecision === undefined ? (current?.precision ?? null) : deadlinePrecision;
  if (date === null) {
    fail("deadline_date", words.deadlineDateEmpty(deadlineKey));
    return null;
  }
  if (precision === null) {
    fail("deadline_precision", words.precisionMissing);
    return null;
  }
  const start = periodStart(date, precision);
  if (current) {
    if (current.date === start && current.precision === precision) return null;
    return { ...current, date: start, precision, old: { date: current.date, precision: current.precision } };
  }
  const label = values.deadlineLabel ?? null;
  if (!label) {
    fail("deadline_label", words.deadlineLabelMissing(deadlineKey));
    return null;
  }
  const kind: DeadlineKind = values.deadlineKind ?? "DEADLINE";
  return { key: deadlineKey, kind, label, date: start, precision, old: null };
}

/** Sub-commitments go one level deep, judged on the state after the whole file is applied. */
function parentErrors(draft: Draft, planned: ReadonlyMap<string, CommitmentFacts>,
  stored: ReadonlyMap<string, StoredCommitment>, words: PlanWords): ImportError[] {
  const { next } = draft;
  const parentKey = next.parentKey;
  // An unchanged parent met the rule before; a change elsewhere in the file that breaks it is caught on that row.
  if (parentKey === null || parentKey === draft.stored?.facts.parentKey) return [];
  const error = (message: string): ImportError[] => [{ line: draft.row.line, column: "parent_key", message }];
  if (parentKey === next.key) return error(words.ownParent);
  const parent = planned.get(parentKey) ?? stored.get(parentKey)?.facts;
  if (!parent) return error(words.noParent(parentKey));
  if (parent.parentKey !== null) return error(words.parentNested(parentKey, parent.parentKey));
  const children = [
    ...(draft.stored?.childKeys ?? []).filter((child) => !planned.has(child) || planned.get(child)!.parentKey === next.key),
    ...[...planned.values()].filter((other) => other.parentKey === next.key).map((other) => other.key),
  ];
  if (children.length > 0) {
    return error(words.hasChildren(next.key, [...new Set(children)].join(", ")));
  }
  return [];
}

function outcome(draft: Draft, words: PlanWords): RowPlan {
  const { row, stored, next, deadline, entry, errors } = draft;
  const base = { line: row.line, key: row.values.key };
  if (errors.length > 0) return { ...base, kind: "error", errors };
  // Cells as the export writes them: countries in one order whatever order they were typed in, so that is no change.
  const before = stored ? commitmentFactCells(stored.facts, deadlineBefore(stored, deadline)) : {};
  const after = commitmentFactCells(next, deadline);
  const changes = CHANGE_COLUMNS
    .filter((column) => (before[column] ?? "") !== (after[column] ?? ""))
    .map((column) => ({ column, old: before[column] ?? "", new: after[column] ?? "" }));
  if (!stored) return { ...base, kind: "create", next, deadline, changes, entry };
  if (isConflict(draft)) {
    return { ...base, kind: "conflict", fileVersion: row.values.version!, version: stored.facts.version, changes };
  }
  if (changes.length === 0) return { ...base, kind: "unchanged" };
  if (stored.archived) {
    return { ...base, kind: "error", errors: [{ line: row.line, column: null, message: words.archived(row.values.key) }] };
  }
  return { ...base, kind: "change", version: stored.facts.version, before: stored.facts, next, deadline, changes, entry };
}

/** The deadline as the database has it, beside the one the row sets, so the preview shows the move. */
function deadlineBefore(stored: StoredCommitment, deadline: DeadlinePlan | null): DeadlineFacts | null {
  if (!deadline?.old) return null;
  return stored.deadlines.find((item) => item.key === deadline.key) ?? null;
}


/** The plan as the preview shows it: what a row does, without the typed values the writes need. Unchanged rows are only counted. */
export type RowView =
  | { kind: "create" | "change"; line: number; key: string; changes: CellChange[] }
  | { kind: "conflict"; line: number; key: string; fileVersion: number; version: number; changes: CellChange[] }
  | { kind: "error"; line: number; key: string; errors: ImportError[] };

/** Rows the preview sends at a time: a page stays a few hundred kilobytes however long the cells. */
export const PREVIEW_PAGE_ROWS = 50;

/** One page of the rows that change or fail; `rowCount` of them in all, over `pages` pages. */
export type PreviewPage = { rows: RowView[]; page: number; pages: number; rowCount: number; first: number };

const SHOWN_FIRST: Record<RowView["kind"], number> = { error: 0, conflict: 1, create: 2, change: 2 };

/** Errors first, then conflicts, then additions and changes, each in file order; the page is clamped to those there are. */
export function pageOfPlan(plan: ImportPlan, page: number): PreviewPage {
  const shown = plan.rows.filter((row): row is Exclude<RowPlan, { kind: "unchanged" }> => row.kind !== "unchanged")
    .sort((a, b) => SHOWN_FIRST[a.kind] - SHOWN_FIRST[b.kind] || a.line - b.line);
  const pages = Math.max(1, Math.ceil(shown.length / PREVIEW_PAGE_ROWS));
  const current = Math.min(Math.max(1, page), pages);
  const first = (current - 1) * PREVIEW_PAGE_ROWS;
  const rows = shown.slice(first, first + PREVIEW_PAGE_ROWS).map((row): RowView => {
    switch (row.kind) {
      case "create":
      case "change":
        return { kind: row.kind, line: row.line, key: row.key, changes: row.changes };
      default:
        return row;
    }
  });
  return { rows, page: current, pages, rowCount: shown.length, first: first + 1 };
}

/** One sentence on a plan, as the preview's heading says it, in the admin's words. */
export function summarisePlan(counts: ImportPlan["counts"],
  words: ImportFileWords["summary"] = IMPORT_FILE_WORDS.summary): string {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  if (counts.error > 0) return words.errors(counts.error, total);
  if (counts.create + counts.change === 0) return words.noChanges(counts.unchanged, counts.conflict);
  const parts = [
    words.toAdd(counts.create), words.toChange(counts.change), words.leftAlone(counts.unchanged),
    ...(counts.conflict > 0 ? [words.inConflict(counts.conflict)] : []),
  ];
  return words.changes(parts.join(", "));
}
