import { describe, expect, it } from "vitest";
import { bulkStatusInput, ZBulkStatus } from "@/lib/validation/bulk-status";
import { formValues } from "@/lib/validation/form-data";
import { importUploadInput, ZImportUpload } from "@/lib/validation/import-upload";
import { parseReminderScope, ZQuietDays, ZReminderSnooze } from "@/lib/validation/reminders";

type Parsed = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
function messages(result: Parsed) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

function form(entries: [string, string | File][]) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("the bulk status form", () => {
  const valid = { selected: ["c1:3"], status: "AT_RISK", statusReason: "Funds late", evidenceUrl: "", noEvidence: false };

  it("reads the ticked rows as commitment and version, and trims the typed fields", () => {
    const input = bulkStatusInput(form([["selected", "c1:3"], ["selected", "c2:10"], ["status", " AT_RISK "],
      ["statusReason", "  Funds late  "], ["evidenceUrl", " https://example.org/a "], ["noEvidence", "on"]]));
    expect(input).toEqual({ selected: ["c1:3", "c2:10"], status: "AT_RISK", statusReason: "Funds late",
      evidenceUrl: "https://example.org/a", noEvidence: true });
    expect(ZBulkStatus.parse(input).selected).toEqual([{ commitmentId: "c1", expectedVersion: 3 },
      { commitmentId: "c2", expectedVersion: 10 }]);
    expect(bulkStatusInput(form([])).noEvidence).toBe(false);
  });

  it("answers each bad field with its own message", () => {
    expect(messages(ZBulkStatus.safeParse({ ...valid, selected: [] }))).toEqual([
      "selected: Select at least one commitment."]);
    expect(messages(ZBulkStatus.safeParse({ ...valid, selected: Array.from({ length: 201 }, (_, i) => `c${i}:1`) })))
      .toEqual(["selected: Select at most 200 commitments at a time."]);
    expect(messages(ZBulkStatus.safeParse({ ...valid, selected: ["c1"] }))).toEqual([
      "selected.0: The selection is malformed; reload the page."]);
    expect(messages(ZBulkStatus.safeParse({ ...valid, status: "DONE" }))).toEqual(["status: Choose the new status."]);
    expect(messages(ZBulkStatus.safeParse({ ...valid, statusReason: " " }))).toEqual([
      "statusReason: Say why the status changes; each history entry will carry this reason."]);
    expect(messages(ZBulkStatus.safeParse({ ...valid, statusReason: "r".repeat(2_000) }))).toEqual([]);
    expect(messages(ZBulkStatus.safeParse({ ...valid, statusReason: "r".repeat(2_001) }))).toEqual([
      "statusReason: A reason has at most 2,000 characters."]);
    expect(ZBulkStatus.safeParse({ ...valid, evidenceUrl: "javascript:alert(1)" }).success).toBe(false);
  });
});

describe("the import form", () => {
  const csv = (bytes: number, name = "commitments.csv") => new File(["x".repeat(bytes)], name, { type: "text/csv" });
  const digest = "a".repeat(64);

  it("reads the intent, the file and a digest only when one was sent", () => {
    const file = csv(10);
    expect(importUploadInput(form([["intent", "apply"], ["file", file], ["digest", digest]])))
      .toEqual({ intent: "apply", file: expect.any(File), digest, page: "1" });
    expect(importUploadInput(form([["page", "3"]]))).toMatchObject({ intent: "preview", page: "3" });
    expect(importUploadInput(form([["intent", "preview"], ["digest", ""]])).digest).toBeUndefined();
  });

  it("takes a file up to 5 MB and refuses an empty, unnamed or larger one, or an apply without preview", () => {
    expect(messages(ZImportUpload.safeParse({ intent: "preview", file: csv(5 * 1024 * 1024) }))).toEqual([]);
    expect(messages(ZImportUpload.safeParse({ intent: "preview", file: csv(5 * 1024 * 1024 + 1) }))).toEqual([
      "file: The file is larger than 5 MB: import it in parts."]);
    expect(messages(ZImportUpload.safeParse({ intent: "preview", file: csv(0) }))).toEqual(["file: The file is empty."]);
    expect(messages(ZImportUpload.safeParse({ intent: "preview", file: csv(3, "") }))).toEqual([
      "file: Choose the CSV file to import."]);
    expect(messages(ZImportUpload.safeParse({ intent: "preview", file: null }))).toEqual([
      "file: Choose the CSV file to import."]);
    expect(messages(ZImportUpload.safeParse({ intent: "go", file: csv(3) }))).toEqual([
      "intent: Preview the file first, then apply it."]);
    expect(messages(ZImportUpload.safeParse({ intent: "apply", file: csv(3) }))).toEqual([
      "digest: Preview the file before applying it."]);
    expect(messages(ZImportUpload.safeParse({ intent: "apply", file: csv(3), digest }))).toEqual([]);
  });
});

describe("reminder settings", () => {
  const snooze = { commitmentId: "c1", deadlineId: "", until: "2026-03-01", reason: "Waiting for the ministry" };

  it("snoozes until a real day with a reason, and takes an empty deadline as the commitment's own reminder", () => {
    expect(ZReminderSnooze.parse({ ...snooze, until: " 2026-03-01 " })).toEqual({ ...snooze, deadlineId: undefined });
    expect(ZReminderSnooze.parse({ ...snooze, deadlineId: "d1" }).deadlineId).toBe("d1");
    expect(messages(ZReminderSnooze.safeParse({ ...snooze, until: "2026-02-30" }))).toEqual([
      "until: Choose the day the reminder comes back (YYYY-MM-DD)."]);
    expect(messages(ZReminderSnooze.safeParse({ ...snooze, reason: " " }))).toEqual([
      "reason: Say why this reminder can wait."]);
    expect(messages(ZReminderSnooze.safeParse({ ...snooze, reason: "r".repeat(1_000) }))).toEqual([]);
    expect(messages(ZReminderSnooze.safeParse({ ...snooze, reason: "r".repeat(1_001) }))).toEqual([
      "reason: A reason has at most 1,000 characters."]);
  });

  it("takes 1 to 3,650 whole quiet days", () => {
    expect(ZQuietDays.parse({ quietDays: "1" })).toEqual({ quietDays: 1 });
    expect(ZQuietDays.parse({ quietDays: "3650" })).toEqual({ quietDays: 3650 });
    expect(messages(ZQuietDays.safeParse({ quietDays: "0" }))).toEqual(["quietDays: At least 1 day."]);
    expect(messages(ZQuietDays.safeParse({ quietDays: "3651" }))).toEqual(["quietDays: At most 3,650 days."]);
    expect(messages(ZQuietDays.safeParse({ quietDays: "1.5" }))).toEqual(["quietDays: Enter a whole number of days."]);
    expect(messages(ZQuietDays.safeParse({ quietDays: "x" }))).toEqual(["quietDays: Enter a whole number of days."]);
  });

  it("widens the reminders to all commitments only for ?scope=all", () => {
    expect(parseReminderScope("all")).toBe("all");
    expect(parseReminderScope(["all", "mine"])).toBe("all");
    expect(parseReminderScope(["mine", "all"])).toBe("mine");
    expect(parseReminderScope(undefined)).toBe("mine");
    expect(parseReminderScope("ALL")).toBe("mine");
  });
});

describe("the typed values given back beside an error", () => {
  it("keeps every text field as typed, joins repeated ones by line and leaves files out", () => {
    expect(formValues(form([["note", " typed "], ["selected", "a"], ["selected", "b"],
      ["file", new File(["x"], "x.csv")]]))).toEqual({ note: " typed ", selected: "a\nb" });
  });
});
