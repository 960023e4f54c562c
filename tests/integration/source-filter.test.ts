import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/test-database";

/**
 * The lists take a source document's key (`source`): the API and the public CSV answer the commitments that came from
 * it, refuse a key no document has by name, and the API's record of a commitment names its document.
 */
const database = useTestDatabase();
const listRoute = await import("@/app/api/commitments/route");
const detailRoute = await import("@/app/api/commitments/[slug]/route");
const csvRoute = await import("@/app/export/commitments.csv/route");

const get = (url: string) => new NextRequest(`http://localhost${url}`);

describe("the source filter", () => {
  it("lists the commitments of one source document in the API and the CSV, and only those", async () => {
    const key = (await database.prisma.declaration.findFirstOrThrow({ select: { key: true } })).key;
    const framework = await database.prisma.framework.create({ data: { key: "test-accord", name: "Test Accord of Nowhere" } });
    const other = await database.prisma.declaration.create({ data: { key: "test-accord-2026", frameworkId: framework.id,
      meetingName: "First meeting", meetingDate: new Date("2026-01-09T00:00:00Z"), sourceTitle: "A fictional fact sheet",
      sourceUrl: "https://example.org/accord", publishedAt: new Date("2026-01-10T15:00:00Z") } });
    const template = await database.prisma.commitment.findFirstOrThrow({ where: { parentId: null, isGroup: false } });
    await database.prisma.commitment.create({ data: { key: "test-accord-commitment", declarationId: other.id,
      title: "Nowhere opens an office", description: "A fictional commitment.", sourceText: "Nowhere will open an office.",
      sourceSection: "Intro", type: template.type, status: "NOT_STARTED", position: 1 } });
    const shipped = await database.prisma.commitment.count({ where: { declarationId: { not: other.id }, archivedAt: null } });

    const mine = await (await listRoute.GET(get(`/api/commitments?source=${key}`))).json();
    expect(mine.total).toBe(shipped);
    expect(mine.commitments.map((row: { key: string }) => row.key)).not.toContain("test-accord-commitment");
    const theirs = await (await listRoute.GET(get("/api/commitments?source=test-accord-2026"))).json();
    expect(theirs.commitments.map((row: { key: string }) => row.key)).toEqual(["test-accord-commitment"]);

    const csv = await (await csvRoute.GET(get("/export/commitments.csv?source=test-accord-2026"))).text();
    expect(csv).toContain("test-accord-commitment");
    expect(csv).not.toContain(template.key);
  });

  it("refuses a key no source document has, naming the parameter, in the API and the CSV", async () => {
    const api = await listRoute.GET(get("/api/commitments?source=no-such-document"));
    expect(api.status).toBe(400);
    expect(await api.json()).toMatchObject({ bad_parameters: ["source"] });
    const csv = await csvRoute.GET(get("/export/commitments.csv?source=no-such-document"));
    expect(csv.status).toBe(400);
    expect(await csv.text()).toContain("no source document has this key");
  });

  it("names the commitment's source document, framework and meeting in the API's record, with its passage's page", async () => {
    const response = await detailRoute.GET(get("/api/commitments/cr-safe-mobility-offices-extension"),
      { params: Promise.resolve({ slug: "cr-safe-mobility-offices-extension" }) });
    expect((await response.json()).source).toMatchObject({ key: "la-declaration-2024-ministerial",
      framework: "Los Angeles Declaration", publisher: "The White House", meeting_date: "2024-09-25",
      published_at: "2024-09-26T18:00:29.000Z",
      passage_url: expect.stringMatching(/\/sources\/la-declaration-2024-ministerial#passage-cr-safe-mobility-offices-extension$/) });
  });
});
