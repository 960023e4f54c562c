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
  },
  home: {
    chooseFramework: "Frameworks",
    allFrameworks: "all of them",
    everyFramework: "Commitments of every framework",
  },
  chain: {
    kinds: { EXTENDS: "extends", REPORTS_PROGRESS_ON: "reports progress on", REPLACES: "replaces" },
    /** The same relation read from the earlier commitment's side. */
    kindsFrom: { EXTENDS: "extended by", REPORTS_PROGRESS_ON: "progress reported by", REPLACES: "replaced by" },
    heading: "Across documents",
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

export const messages = en;
