import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "../..");

// The harness, not its timings: `npm run bench -- --quick` on the real seed must run through and print every row.
test("npm run bench -- --quick prints the whole table", async () => {
  test.setTimeout(540_000);
  const { stdout } = await promisify(execFile)("npm", ["run", "--silent", "bench", "--", "--quick"], {
    cwd: root, maxBuffer: 10 * 1024 * 1024, timeout: 530_000,
  });
  const table = stdout.split("\n").filter((line) => line.startsWith("| "));
  for (const row of ["1 public page load", "2 admin list", "2 reminders view", "3 staff writes", "3 save under load", "4 CSV export", "5 start-up",
    "6 page weight", "7 bulk status change", "8 CSV import preview", "9 Lighthouse (mobile)", "server memory"]) {
    expect(table.some((line) => line.startsWith(`| ${row}`)), row).toBe(true);
  }
  // Each baseline query found the same rows as the data layer, or its ratio would say "rows differ".
  const reads = table.filter((line) => line.startsWith("| 2 "));
  expect(reads).toHaveLength(2);
  for (const line of reads) expect(line).toMatch(/\| \d+\.\d\d×\s+\|$/);
  const writes = table.filter((line) => line.startsWith("| 3 staff writes"));
  expect(writes).toHaveLength(2);
  for (const line of writes) expect(line).toMatch(/\| ok\s+\|$/);
  // The save was made and confirmed in the browser while the readers were served without an error (the cell is
  // padded to its column's widest, which another row may set).
  expect(table.find((line) => line.startsWith("| 3 save under load"))).toMatch(/, 0 errors\): p50\/p99 *\| \d+\/\d+ ms/);
  expect(table.filter((line) => line.startsWith("| 1 public page load")).every((line) => / 0 err/.test(line))).toBe(true);
  // Both public files were downloaded whole over HTTP and timed beside COPY of the same rows.
  for (const file of ["updates", "commitments"]) {
    expect(table.find((line) => line.startsWith(`| 4 CSV export (public ${file})`)), file).toMatch(/\| \d+\.\d\d×\s+\|$/);
  }
  // The largest file the import takes was previewed, not refused or crashed on.
  expect(table.find((line) => line.startsWith("| 8 CSV import preview"))).toMatch(/\(200, \d+ KiB, 10000 to add, 0 to change\)/);
});
