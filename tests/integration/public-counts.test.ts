import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { commitmentCsv } from "@/lib/data/csv-export";
import { listPublicCommitments, summarisePublicCommitments } from "@/lib/data/public-commitments";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
const ALL = { sort: "source" as const, page: 1 };
const TODAY = "2026-11-28";
const sum = (counts: Record<string, number | undefined>) => Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);

/** What counts as a commitment (docs/data-model.md): every record but a group, in every count. */
describe("counting commitments", () => {
  it("leaves the two groups out of the headline, pillar and country counts, and counts hosts", async () => {
    const records = await database.prisma.commitment.count();
    const summary = await summarisePublicCommitments(ALL, TODAY);
    expect(sum(summary.overall)).toBe(records - 2);
    expect(summary.perPillar.reduce((total, pillar) => total + sum(pillar.counts), 0)).toBe(records - 2);
    const country = (code: string) => summary.perCountry.find((row) => row.code === code);
    // Costa Rica: the extension, the eligibility change, and the Safe Mobility Offices it hosts; not their group.
    expect(country("CR")).toMatchObject({ total: 3 });
    expect(sum(country("CR")!.counts)).toBe(3);
    // Ecuador: three parts of its paragraph (not their group), the labor mobility unit, the offices it hosts.
    expect(country("EC")).toMatchObject({ total: 5 });
    // Guatemala: the network dismantled, the airport program, the offices it hosts.
    expect(country("GT")).toMatchObject({ total: 3 });
  });

  it("lists the groups but counts only the commitments, as the API does", async () => {
    const list = await listPublicCommitments({ ...ALL, country: "CR" }, TODAY);
    expect(list.rows.map((row) => row.key)).toContain("cr-safe-mobility-offices");
    expect(list).toMatchObject({ total: 4, counted: 3 });
  });

  it("marks each group in the CSV, so a spreadsheet counts what the pages count", async () => {
    let text = "";
    for await (const chunk of commitmentCsv({ ...ALL, country: "EC" }, TODAY, "public", "http://pledgeboard.test")) text += chunk;
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.filter((row) => row.counted === "no").map((row) => row.key)).toEqual(["ec-venezuelan-regularization-integration"]);
    expect(rows.filter((row) => row.counted === "yes")).toHaveLength(5);
    expect(rows.find((row) => row.key === "us-safe-mobility-offices")?.country_roles).toBe("US:lead;CO:host;CR:host;EC:host;GT:host");
    expect(rows.find((row) => row.key === "ec-social-safety-net-world-bank-lending")).toMatchObject({
      lead_country: "US", target_kind: "context", target_as_written: "450,000 Venezuelan migrants" });
  });
});
