// @security
import { execFileSync } from "node:child_process";
import { parse } from "csv-parse/sync";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eDataDir } from "../../playwright.config";
import { decodeCsvCell } from "../../lib/domain/csv-encode";
import { withAppDatabase } from "../support/e2e-database";

const TRICKY = 'Commas, "quotes",\na line break, =HYPERLINK("http://evil.example","click") and Bogotá, Perú';
const INTERNAL = "INTERNAL-CSV-ONLY: not for the public file";

async function csv(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  const body = await response.body();
  return { response, body, rows: parse(body.toString("utf8"), { bom: true, columns: true }) as Record<string, string>[] };
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  await withAppDatabase(e2eDataDir, async (prisma) => {
    const commitment = await prisma.commitment.findUniqueOrThrow({ where: { key: "bz-seasonal-migrant-worker-program" } });
    await prisma.commitment.update({ where: { id: commitment.id }, data: { version: commitment.version + 2 } });
    await prisma.progressUpdate.create({ data: { commitmentId: commitment.id, source: "STAFF", visibility: "PUBLIC",
      version: commitment.version + 1, note: TRICKY, evidenceUrls: ["https://example.org/a", "https://example.org/b"] } });
    await prisma.progressUpdate.create({ data: { commitmentId: commitment.id, source: "STAFF", visibility: "INTERNAL",
      version: commitment.version + 2, note: INTERNAL, evidenceUrls: [] } });
  });
});

test("the public commitments file is RFC 4180 CSV with a BOM, named by the day, and matches the data", async ({ request }) => {
  const { response, body, rows } = await csv(request, "/export/commitments.csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="commitments-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString("utf8")).toContain("\r\n");
  const api = await (await request.get("/api/commitments")).json();
  expect(rows).toHaveLength(api.total);
  const costaRica = rows.find((row) => row.key === "cr-safe-mobility-offices-extension");
  expect(costaRica).toMatchObject({ lead_country: "CR", countries: "CR;US", deadline_date: "2025-12-01",
    deadline_precision: "month", deadline_as_written: "December 2025", deadline_due_on: "2025-12-31",
    parent_key: "cr-safe-mobility-offices", status: "in_progress" });
  expect(Object.keys(rows[0]!)).not.toContain("archived_at");
});

test("the filters of the public pages apply to the files", async ({ request }) => {
  const { rows } = await csv(request, "/export/commitments.csv?country=CR");
  expect(rows.length).toBeGreaterThanOrEqual(3);
  expect(rows.every((row) => row.countries!.split(";").includes("CR"))).toBe(true);
  expect((await request.get("/export/commitments.csv?status=DONE")).status()).toBe(400);
});

test("a tricky note comes out exactly as typed, and no cell starts a formula", async ({ request }) => {
  const { body, rows } = await csv(request, "/export/updates.csv");
  const row = rows.find((candidate) => candidate.note?.includes("HYPERLINK"));
  expect(row).toBeDefined();
  expect(decodeCsvCell(row!.note!)).toBe(TRICKY);
  expect(row!.evidence_urls).toBe("https://example.org/a;https://example.org/b");
  expect(rows.some((candidate) => Object.values(candidate).some((cell) => /^[=+@]/.test(cell)))).toBe(false);
  const text = body.toString("utf8");
  expect(text).not.toContain(INTERNAL);
  expect(Object.keys(rows[0]!)).not.toContain("visibility");
  expect(Object.keys(rows[0]!)).not.toContain("author_email");
});

test("the staff files need a session and carry the internal fields", async ({ page, request }) => {
  expect((await request.get("/admin/export/updates.csv")).status()).toBe(401);
  execFileSync("npm", ["run", "--silent", "user", "--", "add", "--email", "csv.viewer@example.org", "--role", "viewer"], {
    input: "csv viewer passphrase\n", env: { ...process.env, DATA_DIR: e2eDataDir }, encoding: "utf8" });
  await page.goto("/login");
  await page.getByLabel("Email").fill("csv.viewer@example.org");
  await page.getByLabel("Password").fill("csv viewer passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  const { rows } = await csv(page.request, "/admin/export/updates.csv");
  const internal = rows.find((row) => row.note === INTERNAL);
  expect(internal?.visibility).toBe("internal");
  expect(Object.keys(rows[0]!)).toContain("author_email");
});

test("every page that lists commitments links to the export of what it shows", async ({ page }) => {
  await page.goto("/countries/cr?status=IN_PROGRESS");
  await expect(page.getByRole("link", { name: "Download these commitments as CSV" }))
    .toHaveAttribute("href", /\/export\/commitments\.csv\?.*country=CR/);
  await page.goto("/export");
  await expect(page.getByRole("table", { name: "Columns of commitments.csv" })).toContainText("deadline_precision");
});
