import { columnWords, COMMITMENT_COLUMNS, UPDATE_COLUMNS } from "../domain/csv-columns";
import { FRAMEWORK_GROUP } from "../domain/framework-group";
import { FIGURE_KINDS, TARGET_QUALIFIERS } from "../domain/target-text";
import { FILTER_REFUSAL_WORDS } from "../validation/commitment-filters";

/**
 * What the staff workspace's actions say to the person who sent the form, and what the route handlers say when they
 * refuse, in one catalogue: the same refusal reads the same everywhere, and a second language is a second catalogue
 * beside this one.
 */
export const en = {
  form: {
    needsAttention: "Some fields need attention; nothing was saved.",
    nul: "This text contains a NUL character (often pasted from a PDF or a binary file), which cannot be saved. " +
      "Remove it and save again.",
    databaseDown: "The save failed: the database could not be reached. What you typed is kept; try again.",
    unexpected: "Something went wrong; nothing was saved. What you typed is kept.",
    sessionEnded: "Your session has ended. Sign in again; what you typed is kept below.",
    roleRefused: "Your role does not allow this change.",
  },
  commitment: {
    outsideScope: "This commitment is outside your scope: you can read it but not change it.",
    goneOrArchived: "This commitment no longer exists or has been archived.",
    gone: "This commitment no longer exists.",
    adminsOnly: "Only admins create, edit or archive commitments.",
    noParent: "No commitment has that key.",
    parentNested: "Sub-commitments go one level deep: choose a top-level commitment.",
    hasChildren: "This commitment has sub-commitments of its own, so it cannot become one.",
    keyTaken: "Another commitment has this key; keys never change, so pick another.",
    nothingChanged: "Nothing was changed.",
    changedSinceOpened: "Not saved: someone changed this commitment after you opened it. Reload the page to see their " +
      "change; copy your text first, it is still in the form.",
  },
  progress: {
    saved: "Update saved and added to the history.",
    deadlineNotHere: "This deadline does not belong to the commitment.",
    correctsNotHere: "Choose an entry of this commitment's history.",
    targetNotHere: "This target does not belong to the commitment, or is a fact of the source that takes no progress.",
    // Without the word "note": voice-control users say a field's label, and two labels holding it are ambiguous.
    noteLanguage: "Written in",
  },
  content: {
    /** Each language named in itself too, so a reader of the other language finds theirs. */
    languageNames: { en: "English", es: "Spanish (español)" },
    spanishTitle: "Title in Spanish (optional)",
    spanishDescription: "Description in Spanish (optional)",
    spanishHint: "A translation of the English above, never of the source's words, which are shown as published. " +
      "Left empty, Spanish pages show the English, marked as English.",
  },
  bulk: {
    updated: (count: number) => `${count} commitments updated, each with its own history entry.`,
    share: (count: number, total: number, reason: string) => `${count} of ${total} ${reason}`,
    nothingChanged: (refusals: string) =>
      `Nothing was changed: ${refusals}. Untick those, or reload the list, and try again.`,
    reasons: {
      invalid: "already had that status or needed evidence",
      conflict: "were changed by a colleague after you loaded the list",
      forbidden: "are outside your scope",
      "not-found": "no longer exist or are archived",
    },
  },
  reminders: {
    snoozed: (until: string) => `Snoozed until ${until}; the history of the commitment records it.`,
    quietDaysAdminOnly: "Only an admin changes this setting.",
    quietDaysSaved: (days: number) => `Commitments are now listed as quiet after ${days} days without an update.`,
  },
  users: {
    adminsOnly: "Only an admin manages accounts.",
    exists: (email: string) => `A user with the email ${email} exists already.`,
    notYourself: "You cannot change your own role or disable yourself; ask another admin.",
    added: (email: string, role: string, editor: boolean) => `Added ${email} as ${role}.` +
      (editor ? " They write nothing until you give them a scope below." : "") + " Give them their password in person.",
    saved: (email: string, roleChanged: boolean) => `Saved role and scope of ${email}` +
      (roleChanged ? "; the new role ended their sessions and calendar secret" : "") + ".",
    disabled: (email: string, disabled: boolean) => `${email} is ${disabled ? "disabled" : "enabled"}.`,
    passwordReset: (email: string) => `Password of ${email} changed; their existing sessions and calendar secret have ended.`,
  },
  calendar: {
    newAddress: "Your calendar has a new address; the one before it no longer works.",
    publicName: (framework: string) => `${framework}: deadlines`,
    publicDescription: (framework: string) => `Every public deadline of the ${framework} commitments, on the day it falls due.`,
    personalName: "Pledgeboard: my deadlines",
    personalDescription: "The deadlines of the commitments in your scope, on the day each falls due.",
  },
  commitmentForm: {
    document: "Source document (the commitment's words must stand in its text)",
    continues: "Continues an earlier commitment",
    continuation: "How it continues it",
    continuesNone: "None",
    fromPassage: "Make a commitment from this passage",
    chainHeading: "Chain across documents",
    chainHint: "The earlier commitment this one extends, reports progress on or replaces. Its public page, its feed and the " +
      "API show the chain.",
    saveChain: "Save the link",
    saving: "Saving…",
  },
  home: {
    chooseFramework: "Frameworks",
    allFrameworks: "all of them",
    everyFramework: "Commitments of every framework",
    commitmentCount: (count: number) => (count === 1 ? "1 commitment" : `${count} commitments`),
  },
  chain: {
    kinds: { EXTENDS: "extends", REPORTS_PROGRESS_ON: "reports progress on", REPLACES: "replaces" },
    /** The same relation read from the earlier commitment's side. */
    kindsFrom: { EXTENDS: "extended by", REPORTS_PROGRESS_ON: "progress reported by", REPLACES: "replaced by" },
    heading: "Across documents",
    continuesItself: "A commitment cannot continue itself: choose an earlier one.",
    loop: (title: string) => `This would make a loop: “${title}” already continues this commitment, directly or through ` +
      "others. Choose another, or remove that link first.",
    /** The internal history entry of a chain edit (written in English, the record's language). */
    edited: (kind: string, key: string) => `Chain edited by an admin: ${kind} ${key}.`,
    unlinked: "Chain edited by an admin: continues no earlier commitment.",
  },
  sources: {
    intro: ["The full text as published. Every passage that became a commitment, or that reports on one, is ", "marked",
      ", with a link to the commitment and its status; what is not marked became no commitment."],
    accounted: (marked: number, total: number) => `${marked} of ${total} sentences accounted for`,
    reportOn: "progress report on",
    quoteDiffers: (quoted: string, document: string, at: number) => document === ""
      ? `These words are not in the document: it has nothing like “${quoted}” (from character ${at + 1} of the quote).`
      : `Not the document's words: at character ${at + 1} the quote has “${quoted}” where the document has “${document}”.`,
    noText: "This document has no text stored, so the quote cannot be checked; paste its text first.",
    documentKeyTaken: "Another document has this key; keys never change, so pick another.",
    registered: (title: string) => `Registered “${title}”. Select a passage below to make a commitment from it.`,
    reportLinked: (title: string) => `The passage is now a progress report on “${title}”, in its public history.`,
    reportNote: (title: string) => `Reported in ${title}.`,
    unknownDocument: "Choose a document from the list.",
    unknownCommitment: "No commitment has that key.",
    pillarOfAnotherFramework: "This pillar belongs to another framework than the document; choose one of its own.",
  },
  import: {
    adminsOnly: "Only an admin may import commitments.",
    hasErrors: "The file has errors: correct them and preview it again.",
    stale: "Nothing was written: the file or the database changed since the preview. Here is the preview as things are " +
      "now; check it and apply again.",
    applied: (importId: string, created: number, changed: number, skipped: number) =>
      `Imported (import ${importId}): ${created} added, ${changed} changed, each with a history entry.` +
      (skipped > 0 ? ` ${skipped} rows in conflict were not applied.` : ""),
  },
  site: {
    skipToContent: "Skip to content",
    mainNavigation: "Main",
    updates: "Updates",
    map: "Map",
    staff: "Staff",
    footer: "Every commitment links to the sentence of the official source it was transcribed from.",
    /** The other language, named in itself: the link that switches to it. */
    otherLanguage: "Español",
    languageNavigation: "Language",
    description: (framework: string) => `Where the commitments of the ${framework} stand.`,
  },
  status: {
    NO_INFORMATION: { label: "No information",
      meaning: "Announced, and nothing said of whether it is carried out: the source gives no basis for another status." },
    NOT_STARTED: { label: "Not started",
      meaning: "Promised for the future (it \"will\" happen, a country \"committed to\" it), with no sign that work has begun." },
    IN_PROGRESS: { label: "In progress", meaning: "Work has begun and is going on as announced." },
    AT_RISK: { label: "At risk or delayed", meaning: "Behind its deadline, stalled, or facing an obstacle that puts it in doubt." },
    PARTLY_COMPLETED: { label: "Partly completed",
      meaning: "Part of what was promised has been delivered; the rest has not, or not yet." },
    COMPLETED: { label: "Completed", meaning: "Delivered as announced, with evidence." },
    DISCONTINUED: { label: "Discontinued", meaning: "No longer being pursued: withdrawn, cancelled or replaced." },
  },
  deadline: {
    none: "No deadline",
    closed: "closed",
    passed: "passed",
    dueToday: "due today",
    dueTomorrow: "due tomorrow",
    inDays: (days: number) => `in ${days} days`,
    inMonths: (months: number) => `in ${months} months`,
    inYears: (years: number) => `in ${years} years`,
    moved: (first: string, moves: number) =>
      `first set as ${first}, moved ${moves === 1 ? "once" : moves === 2 ? "twice" : `${moves} times`}`,
    titleDate: (first: string, now: string) => `The title gives the date as first announced, ${first}; it has since moved to ${now}.`,
    inferred: "Inferred:",
    noDate: "The source gives no date.",
    next: "Next deadline: ",
  },
  roles: { LEAD: "lead", PARTNER: "partner", HOST: "host" },
  commitmentPage: {
    notFound: "Commitment not found",
    frameworkWide: "(framework-wide: no single pillar)",
    partOf: "part of",
    since: (day: string) => `since ${day}`,
    source: "Source",
    readPassage: "Read this passage in the whole source",
    /** Around the section's heading, which stays as the source wrote it. */
    published: (day: string) => [`, published ${day}, section “`, "”."],
    whoActs: "Who acts",
    deadlines: "Deadlines",
    figures: "Figures",
    subCommitments: "Sub-commitments",
    timeline: "Timeline",
    publicHistory: "Public history",
    follow: "Follow this commitment (Atom feed)",
    groupNote: "This record gathers the sub-commitments listed below and undertakes nothing of its own, so it is not " +
      "counted as a commitment.",
    noGovernment: "No government named",
    from: "from",
  },
  overview: {
    title: (shortName: string) => `${shortName} commitments`,
    commitments: "Commitments",
    matches: (count: number, page: number, pages: number) =>
      `${count} ${count === 1 ? "commitment matches" : "commitments match"}${pages > 1 ? `; page ${page} of ${pages}` : ""}.`,
    noMatch: "No commitment matches these filters.",
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    counting: (total: number) => `${total} records listed: groups of sub-commitments are shown, not counted.`,
    downloadCsv: "Download these commitments as CSV",
    historyCsv: "their public history as CSV",
    aboutData: "about the open data",
    judgedIn: (zone: string, today: string) => `Deadlines are judged in ${zone}; today is ${today}.`,
    byPart: "Where they stand, by part",
    byPillar: "By pillar",
    byCountry: "By acting country",
    latest: "Latest public updates",
    allUpdates: "All updates",
    overTime: "How the statuses have moved",
    overTimeText: "Every public commitment by its status at the end of each month.",
    seeMap: "See them on a map",
    groupRow: "group of the sub-commitments below, not counted",
  },
  glance: {
    whereTheyStand: "Where they stand",
    all: "All",
    allCommitments: "All commitments",
    passed: "Passed without completion",
    passedEmpty: "None: every passed deadline belongs to a completed or discontinued commitment.",
    seeAll: (count: number) => `See all ${count}`,
    dueNext: "Due next",
    dueNextEmpty: "No open deadline lies ahead.",
    seeAllYear: "See all due within a year",
    passedMark: " (passed)",
  },
  history: {
    none: "No public updates yet.",
    corrects: "Corrects the entry of",
    statusChanged: (from: string) => `Status changed from ${from} to `,
    statusRecorded: "Status recorded as ",
    reached: "reached",
    internal: "The notes on this change are internal.",
    noEvidence: "No evidence link was given.",
    evidence: "Evidence:",
    readWhole: "Read the whole note",
    sources: { SEED: "Fact sheet", IMPORT: "CSV import", STAFF: "Staff" },
    deadlineChange: {
      set: (from: string, to: string) => `set to ${to}`,
      extended: (from: string, to: string) => `extended from ${from} to ${to}`,
      broughtForward: (from: string, to: string) => `brought forward from ${from} to ${to}`,
      kept: (from: string, to: string) => `kept at ${to}`,
      restated: (from: string, to: string) => `restated from ${from} as ${to}`,
    },
  },
  pagination: {
    pages: "Pages",
    previous: "← Previous page",
    next: "Next page →",
    page: (page: number) => `Page ${page}`,
  },
  embed: {
    summary: "Embed this on your site",
    copy: "Copy this code into your page; the card stays up to date by itself.",
    code: "Code to copy",
    preview: "Preview the card",
  },
  statusBar: { none: "none" },
  feed: {
    all: (framework: string) => `${framework} commitments: all public updates`,
    commitment: (title: string) => `Updates: ${title}`,
    country: (name: string) => `Updates: commitments of ${name}`,
  },
  updatesPage: {
    title: "All public updates",
    intro: "Every public entry of every commitment's history, newest first. Follow them in a feed reader:",
    feed: "Atom feed",
    ignoredPage: (given: string) => `Ignored page “${given}”: pages are numbered from 1. Showing page 1.`,
    pageSize: (page: number, size: number) => `Page ${page}, ${size} updates a page.`,
  },
  countryPage: {
    notFound: "Country not found",
    title: (name: string) => `${name}: commitments`,
    description: (name: string) => `Where the commitments in which ${name} acts stand, deadline by deadline.`,
    intro: (name: string) => `Commitments in which ${name} acts, as lead or as partner.`,
    follow: "Follow them (Atom feed)",
  },
  pillarPage: { notFound: "Pillar not found" },
  /** The commitments of the declaration as a whole, listed like a pillar (lib/domain/framework-group.ts). */
  frameworkGroup: { name: FRAMEWORK_GROUP.name, description: FRAMEWORK_GROUP.description },
  sourcePage: {
    notFound: "Source not found",
    published: (day: string) => `published ${day}`,
    original: "the original",
    unmatched: "Commitments whose words are not found in this text",
    fullText: "Full text",
  },
  publicChain: {
    continues: (kind: string) => `This commitment ${kind}`,
    continuedBy: (kind: string) => `It is ${kind}`,
  },
  exportPage: {
    title: "Open data: CSV files",
    format: ["Every public commitment and every public history entry, as CSV (RFC 4180, UTF-8 with a byte-order mark, " +
      "comma separated, CRLF line ends). These addresses are permanent and take the same filters as the public pages, e.g. ",
    ". Dates are ISO 8601 (a deadline is the first day of its period, with its precision beside it: 2025-12-01 and month " +
      "is “December 2025”); times are UTC; several countries in one cell are ISO codes joined by ", ", the lead first."],
    formulas: "A text cell that would start with =, +, -, @, a tab or a carriage return is written with one apostrophe in " +
      "front (and one more before a text that already starts with apostrophes followed by such a character), so that no " +
      "spreadsheet runs it as a formula. To get the exact text back, remove that one apostrophe; the staff import does.",
    english: "The files are the same in every language: their column names and codes are English, so that programs " +
      "read them alike; the tables below say what each column holds.",
    commitmentsFile: ": one row per commitment",
    updatesFile: [": one row per public history entry, in ", " order (sort by ", " for time order)"],
    commitmentColumns: "Columns of commitments.csv",
    updateColumns: "Columns of updates.csv",
    column: "Column",
    type: "Type",
    meaning: "Meaning",
    staffOnly: " (staff files only)",
  },
  /** What each column of the CSV files holds; the column names themselves are never translated. */
  dataDictionary: {
    commitments: columnWords(COMMITMENT_COLUMNS),
    updates: columnWords(UPDATE_COLUMNS),
  },
  mapPage: {
    title: "Map of the commitments",
    description: (framework: string) =>
      `Where the commitments of the ${framework} stand, country by country, on a map of the Americas.`,
    heading: "Where the commitments stand, country by country",
    inWords: "In words",
    mapTitle: "Map of the Americas: acting countries shaded by where most of their commitments stand",
    caption: "Each acting country is shaded by the status most of its commitments have (a tie goes to the less " +
      "advanced); grey outlines are countries with no commitment here.",
    offMap: (names: string) => `Not on this map: ${names}.`,
    country: (name: string, total: number, statuses: string) =>
      `${name}: ${total} ${total === 1 ? "commitment" : "commitments"}, ${statuses}`,
  },
  charts: {
    statusHistory: (from: string, to: string) =>
      `Statuses at the end of each month from ${from} to ${to}; figures in the table below.`,
    monthByMonth: "The figures, month by month",
    endOf: "End of",
    timeline: (from: string, to: string) => `Timeline from ${from} to ${to}; the same is told in words below.`,
    today: "today",
    timelineCaption: ["Top band: the status over time. Below it, each deadline: ", " its current date, and where it moved, ",
      " its original date joined to it by a line."],
    figureDots: " Blue dots: figures logged.",
    statusOverTime: "Status over time",
    deadlinesOverTime: "Deadlines, original and current",
    neverMoved: (date: string) => `${date}, never moved`,
    originally: (first: string, now: string) => `originally ${first}, now ${now}`,
    movedTimes: (moves: number) => ` (moved ${moves === 1 ? "once" : `${moves} times`})`,
    movedOn: (day: string) => `on ${day}: `,
    noDeadline: "The source gives no deadline.",
    figuresLogged: "Figures logged",
    noFigure: "No figure logged yet.",
    progress: (label: string, count: number, latest: string, target: string, unit: string) =>
      `${label}: ${count} logged values, latest ${latest} of ${target} ${unit}`,
    progressCaption: "Dashed line: the target. Values as logged by staff:",
    loggedValues: (label: string) => `${label}: logged values`,
    logged: "Logged",
    value: "Value",
  },
  figures: {
    none: "The source gives no figure.",
    kinds: FIGURE_KINDS,
    contextNote: "Facts the source gives, not targets.",
    qualifiers: TARGET_QUALIFIERS,
    latest: "Latest logged:",
    share: (percent: number) => ` (${percent}% of the target)`,
    toward: (current: string, target: string) => `${current} of ${target}`,
  },
  filters: {
    label: "Filter commitments",
    search: "Search",
    pillar: "Pillar",
    allPillars: "All pillars",
    country: "Country",
    allCountries: "All countries",
    status: "Status",
    allStatuses: "All statuses",
    deadline: "Deadline",
    anyDeadline: "Any deadline",
    windows: {
      overdue: "Passed, not completed", "30": "Due within 30 days", "90": "Due within 90 days", "365": "Due within a year",
      none: "No deadline",
    },
    updatedSince: "Updated since",
    sort: "Sort by",
    sorts: { source: "Order of the source", title: "Title", status: "Status", updated: "Last updated" },
    apply: "Apply",
    clear: "Clear",
    more: "More filters and sort",
    ignored: (list: string) => `Ignored filters that do not exist: ${list}.`,
  },
  /** Why a value of the address was not taken as a filter (lib/validation/commitment-filters.ts). */
  filterRefusals: FILTER_REFUSAL_WORDS,
  notFoundPage: {
    title: "Not found",
    text: "There is no page here. The commitment may have been archived, or the link mistyped.",
    home: "All commitments",
  },
  /** Shown by a client component: the root layout hands these to the browser (next-intl), and only these. */
  errorPage: {
    title: "This page is unavailable for a moment",
    text: "The tracker could not read its data. Nothing you saved has been lost. Try again in a few seconds.",
    retry: "Try again",
  },
  embedCard: {
    details: "Details and sources on Pledgeboard",
    country: (name: string, total: number, framework: string) => `${name}: ${total} ${framework} commitments`,
    everyCommitment: "Every commitment on Pledgeboard",
  },
  /** The words of the social preview images. */
  preview: {
    commitment: "Commitment",
    country: "Country",
    home: "Where the commitments stand",
    countryTitle: (name: string) => `${name}: where its commitments stand`,
  },
  /** An event of the deadline calendars (iCalendar). */
  calendarEvent: {
    due: (day: string) => `due ${day}`,
    status: (label: string) => `Status: ${label}.`,
  },
  api: {
    staffOnly: "Sign in as staff to download this file.",
    noCommitment: "No public commitment has this key.",
    noCountry: "No country has this ISO code here.",
    noCalendar: "No calendar has this address.",
    unknownFramework: (key: string) => `No framework has the key "${key}".`,
    unknownSource: (key: string) => `No source document has the key "${key}".`,
    frameworkAndSource: "Give framework or source, not both: a source document names its framework.",
  },
} as const;

/** A catalogue's shape: every other language gives the same keys, each a text or a function of the same arguments. */
type Shape<T> = T extends string ? string
  : T extends (...args: infer A) => infer R ? (...args: A) => Shape<R>
  : { [K in keyof T]: Shape<T[K]> };
export type Catalogue = Shape<typeof en>;

export const messages = en;
