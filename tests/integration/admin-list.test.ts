import { describe, expect, it } from "vitest";
import { listAdminCommitments } from "@/lib/data/admin-commitments";
import { commitmentOrderBy, commitmentWhere } from "@/lib/data/commitment-query";
import { PAGE_SIZE } from "@/lib/validation/commitment-filters";
import { useTestDatabase } from "../support/test-database";

const database = useTestDatabase();
const TODAY = "2026-06-01";

describe("the staff list", () => {
  it("shows the page's commitments in the chosen order, for every sort", async () => {
    for (const sort of ["source", "title", "status", "updated"] as const) {
      const filters = { sort, page: 1 };
      const all = await database.prisma.commitment.findMany({ where: commitmentWhere(filters, TODAY),
        orderBy: commitmentOrderBy(sort), select: { key: true } });
      const listed = await listAdminCommitments(filters, TODAY);
      expect(listed.total).toBe(all.length);
      expect(listed.rows.map((row) => row.key)).toEqual(all.slice(0, PAGE_SIZE).map((row) => row.key));
    }
  });

  it("gives each row its pillar, countries and deadlines, filtered by status and country", async () => {
    const listed = await listAdminCommitments({ sort: "source", page: 1, status: "IN_PROGRESS", country: "CR" }, TODAY);
    expect(listed.rows.length).toBeGreaterThan(0);
    for (const row of listed.rows) {
      expect(row.status).toBe("IN_PROGRESS");
      expect(row.countries.map((country) => country.countryCode)).toContain("CR");
      expect(row.deadlines.every((deadline) => deadline.kind !== "REFERENCE")).toBe(true);
    }
  });
});
