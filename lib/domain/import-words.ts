import type { CommitmentStatus } from "../generated/prisma/enums";
import { parseCalendarDate, type CalendarDate } from "./calendar-date";
import type { DateForm } from "./spreadsheet-date";
import { STATUSES } from "./status";

/**
 * The words of a CSV import, from reading the file to the preview's summary, in the admin's language: the catalogue's
 * `importFile` (lib/messages), which lib/domain does not import, so each step takes them as a parameter. The English
 * is written here, beside the rules that say it, and the English catalogue points to it, as the filter refusals do.
 */
export type ImportFileWords = {
  /** Why the file as a whole cannot be read (lib/domain/csv-read.ts). */
  read: {
    tooLarge: (name: string, limit: string) => string;
    notCsv: (name: string) => string;
    workbook: (name: string) => string;
    binary: (name: string) => string;
    notUtf8: (name: string, line: number) => string;
    tooManyRows: (name: string, cap: number, line: number) => string;
    unreadable: (name: string, line: number | null, why: string) => string;
    quoteNotClosed: string;
    openingQuote: string;
    closingQuote: string;
    empty: (name: string) => string;
    header: (name: string, problems: string[]) => string;
    columnTwice: (column: string) => string;
    unknownColumn: (column: string) => string;
    missingColumn: (column: string) => string;
    noRows: (name: string) => string;
  };
  /** A cell that cannot be read on its own (lib/validation/commitment-csv.ts, lib/domain/spreadsheet-date.ts). */
  cells: {
    noKey: string;
    width: (cells: number, header: number) => string;
    /** An enumeration's cell: `what` names the column, `values` are the codes it takes, in lower case. */
    enumEmpty: (what: EnumColumn, values: readonly string[]) => string;
    enumUnknown: (what: EnumColumn, text: string, values: readonly string[]) => string;
    countryCode: (text: string) => string;
    date: DateCellWords;
  };
  /** A row against the others and the database (lib/domain/csv-import-diff.ts). */
  plan: {
    keyTwice: (key: string, earlier: number) => string;
    versionEmpty: string;
    versionNewer: (file: number, database: number) => string;
    unknownCountry: (code: string) => string;
    leadNotListed: (code: string) => string;
    noActor: string;
    unknownPillar: (slug: string) => string;
    pillarOfAnotherFramework: (slug: string, document: string) => string;
    unknownDeclaration: (key: string) => string;
    statusReason: (from: CommitmentStatus, to: CommitmentStatus) => string;
    evidence: (to: CommitmentStatus) => string;
    newKey: (key: string, problem: string) => string;
    needs: (key: string, column: string) => string;
    deadlineKeyMissing: string;
    deadlineDateEmpty: (deadlineKey: string) => string;
    precisionMissing: string;
    deadlineLabelMissing: (deadlineKey: string) => string;
    ownParent: string;
    noParent: (key: string) => string;
    parentNested: (key: string, grandparent: string) => string;
    hasChildren: (key: string, children: string) => string;
    archived: (key: string) => string;
  };
  /** The preview's one sentence (summarisePlan). */
  summary: {
    errors: (errors: number, total: number) => string;
    noChanges: (unchanged: number, conflicts: number) => string;
    toAdd: (count: number) => string;
    toChange: (count: number) => string;
    leftAlone: (count: number) => string;
    inConflict: (count: number) => string;
    changes: (parts: string) => string;
  };
  /** How the file was read where it differs from the export's own form (lib/domain/import-notes.ts). */
  notes: {
    semicolons: string;
    dates: (column: string, cells: number, form: string, line: number, text: string, date: CalendarDate) => string;
    forms: Record<DateForm, string>;
    computed: (columns: string) => string;
  };
};

export type EnumColumn = "type" | "status" | "deadline kind" | "precision";

/** Why a date cell is not one day (lib/domain/spreadsheet-date.ts). */
export type DateCellWords = {
  notADay: (text: string) => string;
  timeOfDay: (text: string) => string;
  notADate: (text: string) => string;
  twoDigitYear: (text: string) => string;
  /** Read day first and month first, both days of the calendar. */
  ambiguous: (text: string, dayFirst: CalendarDate, monthFirst: CalendarDate) => string;
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December"];
const spoken = (date: CalendarDate) => {
  const { month, day } = parseCalendarDate(date);
  return `${MONTHS[month - 1]} ${day}`;
};
const englishList = (values: readonly string[]) => `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;

export const IMPORT_FILE_WORDS = {
  read: {
    tooLarge: (name: string, limit: string) => `"${name}" is larger than ${limit}: import it in parts.`,
    notCsv: (name: string) =>
      `"${name}" is not a CSV file: in the spreadsheet, save it as "CSV UTF-8 (comma delimited)" (.csv).`,
    workbook: (name: string) => `"${name}" is a spreadsheet workbook, not CSV: save it as "CSV UTF-8 (comma delimited)".`,
    binary: (name: string) => `"${name}" is a binary file, not CSV text.`,
    notUtf8: (name: string, line: number) => `"${name}" is not UTF-8 text (first at line ${line}): save it as ` +
      `"CSV UTF-8", not as "CSV (comma delimited)", so that letters such as á and ñ survive.`,
    tooManyRows: (name: string, cap: number, line: number) => {
      const rows = cap.toLocaleString("en-US");
      return `"${name}" has more than ${rows} rows: an import takes at most ${rows} rows. Import it in parts, for ` +
        `example one country at a time. The file was not read past line ${line}.`;
    },
    unreadable: (name: string, line: number | null, why: string) =>
      `"${name}" cannot be read as CSV${line ? ` at line ${line}` : ""}: ${why}.`,
    quoteNotClosed: "a quoted cell is never closed (a \" is missing)",
    openingQuote: "a \" stands inside a cell that is not quoted; quote the cell and double the \"",
    closingQuote: "a \" inside a quoted cell must be doubled (\"\")",
    empty: (name: string) => `"${name}" is empty.`,
    header: (name: string, problems: string[]) => `"${name}": line 1 (the header): ${problems.join("; ")}.`,
    columnTwice: (column: string) => `the column "${column}" appears twice`,
    unknownColumn: (column: string) => `"${column}" is not a column of the export`,
    missingColumn: (column: string) => `the required column "${column}" is missing`,
    noRows: (name: string) => `"${name}" has a header but no rows.`,
  },
  cells: {
    noKey: "Every row needs the key of its commitment.",
    width: (cells: number, header: number) => `This row has ${cells} cells where the header has ${header}: a cell ` +
      "holding a comma or a line break must be quoted.",
    enumEmpty: (what: EnumColumn, values: readonly string[]) => `The ${what} is empty: use ${englishList(values)}.`,
    enumUnknown: (what: EnumColumn, text: string, values: readonly string[]) =>
      `Unknown ${what} "${text}": use ${englishList(values)}.`,
    countryCode: (text: string) => `"${text}" is not an ISO 3166-1 alpha-2 country code such as CR or PE.`,
    date: {
      notADay: (text: string) => `"${text}" is not a day of the calendar.`,
      timeOfDay: (text: string) => `"${text}" has a time of day, and a deadline is a day: write the day meant as YYYY-MM-DD.`,
      notADate: (text: string) => `"${text}" is not a date: write it YYYY-MM-DD, such as 2025-12-01.`,
      twoDigitYear: (text: string) =>
        `"${text}" has a two-digit year, which could be of any century: write it YYYY-MM-DD.`,
      ambiguous: (text: string, dayFirst: CalendarDate, monthFirst: CalendarDate) =>
        `"${text}" could be ${spoken(dayFirst)} or ${spoken(monthFirst)}, ${dayFirst.slice(0, 4)}: write it ` +
        `YYYY-MM-DD (${dayFirst} or ${monthFirst}).`,
    },
  },
  plan: {
    keyTwice: (key: string, earlier: number) => `The key ${key} is also on line ${earlier}: each commitment may appear once.`,
    versionEmpty: "The version is empty: keep the version of the export, which tells whether someone changed the " +
      "commitment since.",
    versionNewer: (file: number, database: number) => `Version ${file} is newer than the database's (${database}): was ` +
      "this file exported from another database?",
    unknownCountry: (code: string) => `Unknown country code ${code}.`,
    leadNotListed: (code: string) => `The lead country ${code} must also be listed in countries.`,
    noActor: "Name the lead country, or in collective_actor who acts together.",
    unknownPillar: (slug: string) => `No pillar has the slug ${slug}.`,
    pillarOfAnotherFramework: (slug: string, document: string) =>
      `The pillar ${slug} belongs to another framework than the document ${document}.`,
    unknownDeclaration: (key: string) => `No declaration has the key ${key}.`,
    statusReason: (from: CommitmentStatus, to: CommitmentStatus) => `The status changes from ${STATUSES[from].label} ` +
      `to ${STATUSES[to].label}: say why in status_reason; readers see the reason in the public history.`,
    evidence: (to: CommitmentStatus) => `${STATUSES[to].label} asks for evidence: put the links in evidence_urls ` +
      "(joined by ;), or write none to say plainly that there is none.",
    newKey: (key: string, problem: string) =>
      `${key} is not in the database, and cannot be the key of a new commitment: ${problem}`,
    needs: (key: string, column: string) => `A new commitment (${key}) needs its ${column}.`,
    deadlineKeyMissing: "Give the deadline_key of the deadline these dates belong to.",
    deadlineDateEmpty: (deadlineKey: string) =>
      `The date of the deadline ${deadlineKey} is empty: an import moves deadlines but does not remove them.`,
    precisionMissing: "Say how precise the date is: day, month, quarter, year or fiscal_year.",
    deadlineLabelMissing: (deadlineKey: string) =>
      `${deadlineKey} is a new deadline of this commitment: give its deadline_label.`,
    ownParent: "A commitment cannot be its own parent.",
    noParent: (key: string) => `No commitment has the key ${key}.`,
    parentNested: (key: string, grandparent: string) =>
      `Sub-commitments go one level deep: ${key} is itself part of ${grandparent}.`,
    hasChildren: (key: string, children: string) =>
      `${key} has sub-commitments of its own (${children}), so it cannot become one.`,
    archived: (key: string) => `${key} is archived: restore it on its page before importing changes to it.`,
  },
  summary: {
    errors: (errors: number, total: number) => `${errors} of ${total} rows have errors: correct them in the file and ` +
      "preview it again. Nothing is written while any row has an error.",
    noChanges: (unchanged: number, conflicts: number) => `No changes: ${unchanged} rows match the database` +
      (conflicts > 0 ? `, ${conflicts} rows are older than the database and will not be applied.` : "."),
    toAdd: (count: number) => `${count} to add`,
    toChange: (count: number) => `${count} to change`,
    leftAlone: (count: number) => `${count} left alone`,
    inConflict: (count: number) => `${count} in conflict (changed in the database since the export; not applied)`,
    changes: (parts: string) => `${parts}. Nothing is written until you apply the changes.`,
  },
  notes: {
    semicolons: "Read as separated by semicolons (;), as a spreadsheet set to a language with a decimal comma saves CSV.",
    dates: (column: string, cells: number, form: string, line: number, text: string, date: CalendarDate) =>
      `${column}: ${cells === 1 ? "1 cell" : `${cells} cells`} written ${form} read as that day (line ${line}: ` +
      `"${text}" is ${date}).`,
    forms: { "YYYY-MM-DD": "YYYY-MM-DD", "YYYY/MM/DD": "YYYY/MM/DD", "timestamp at midnight": "timestamp at midnight",
      "day/month/year": "day/month/year", "month/day/year": "month/day/year" },
    computed: (columns: string) => `Not read, as the export computes them: ${columns}. A spreadsheet that reformatted ` +
      "their dates or numbers changes nothing.",
  },
} satisfies ImportFileWords;
