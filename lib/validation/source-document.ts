import { z } from "zod";
import { calendarDateProblem } from "../domain/calendar-date";
import { withoutBidiControls } from "./bidi";

const ZKey = z.string().trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, digits and hyphens, such as la-declaration-2025-ministerial.")
  .max(80, "A key has at most 80 characters.");

const ZDay = (what: string) => z.string().trim().refine((value) => calendarDateProblem(value) === null,
  { message: `Give the ${what} as a date, such as 2025-09-30.` });

/** A source document staff register: its details and its full text, pasted as published. */
export const ZSourceDocument = z.object({
  frameworkKey: z.string().trim().min(1, "Choose the framework the document belongs to.").max(120),
  key: ZKey,
  title: withoutBidiControls(z.string().trim().min(3, "Give the document's title as published.")
    .max(300, "A title has at most 300 characters."), "title"),
  publisher: z.string().trim().min(1, "Say who published it (such as The White House).").max(200, "At most 200 characters."),
  url: z.string().trim().max(2_000, "An address has at most 2,000 characters.")
    .refine((value) => /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(value), "Give the address where it was published, starting with https://."),
  publishedOn: ZDay("publication date"),
  meetingName: z.string().trim().min(1, "Name the meeting the document reports.").max(300, "At most 300 characters."),
  meetingDate: ZDay("meeting's date"),
  meetingPlace: z.string().trim().max(200, "At most 200 characters."),
  text: z.string().trim().min(20, "Paste the document's full text as published.")
    .max(500_000, "A document's text has at most 500,000 characters."),
});
export type TSourceDocument = z.infer<typeof ZSourceDocument>;

/** A passage of a document linked to a commitment that exists, as a progress report on it. */
export const ZPassageReport = z.object({
  documentKey: ZKey,
  commitmentKey: z.string().trim().min(1, "Choose the commitment the passage reports on.").max(80),
  passage: z.string().trim().min(1, "Select or paste the passage first.").max(10_000, "A passage has at most 10,000 characters."),
});
export type TPassageReport = z.infer<typeof ZPassageReport>;

export function sourceDocumentFormInput(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    frameworkKey: text("frameworkKey"), key: text("key"), title: text("title"), publisher: text("publisher"),
    url: text("url"), publishedOn: text("publishedOn"), meetingName: text("meetingName"), meetingDate: text("meetingDate"),
    meetingPlace: text("meetingPlace"), text: text("text"), documentKey: text("documentKey"),
    commitmentKey: text("commitmentKey"), passage: text("passage"),
  };
}
