/**
 * The largest file a CSV import takes (README, "CSV export and import"). In a module of its own because the browser
 * checks it too, and the reader of the file (csv-read.ts) is no code to send to a browser.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_LABEL = "5 MB";
