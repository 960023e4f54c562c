/**
 * The largest file a CSV import takes (docs/csv.md). In a module of its own because the browser
 * checks it too, and the reader of the file (csv-read.ts) is no code to send to a browser.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_LABEL = "5 MB";
/**
 * The most rows one import takes (docs/csv.md). Past it the file is refused before the rest is read: the plan, the
 * digest and the writes of one transaction all grow with the rows, and 10,000 short rows fit in far less than 5 MB.
 */
export const MAX_IMPORT_ROWS = 10_000;
/**
 * The largest request body the app reads: the import's file plus the form's other fields and the multipart framing.
 * next.config.js gives server actions the same limit ("6mb"); proxy.ts refuses a larger body by its Content-Length
 * before Next.js reads any of it, with a page that says why rather than Next.js's bare 500.
 */
export const MAX_REQUEST_BYTES = 6 * 1024 * 1024;
