import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { postedFrom, signInAs } from "../support/session";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";


const { archiveCommitmentAction, createCommitmentAction, editCommitmentAction, setContinuationAction } =
  await import("@/app/(site)/admin/commitments/manage-actions");
const { getPublicCommitment } = await import("@/lib/data/public-commitments");
const detailRoute = await import("@/app/api/commitments/[slug]/route");

const database = useTestDatabase();
let admin: { id: string; sessionVersion: number };

beforeAll(async () => {
  admin = await makeUser(database.prisma, "ADMIN");
});

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

/** A saved commitment answers with a redirect to its page, which Next.js signals by throwing. */
async function expectRedirect(promise: Promise<unknown>, to: string) {
  await expect(promise).rejects.toMatchObject({ digest: expect.stringContaining(to) });
}

describe("admins manage commitments", () => {
  it("creates a sub-commitment with its countries and an internal first history entry", async () => {
    signInAs(admin);
    const declaration = await database.prisma.declaration.findFirstOrThrow();
    await expectRedirect(createCommitmentAction({}, form({
      key: "cr-offices-staffing", declarationId: declaration.id, title: "Costa Rica staffs the offices",
      description: "Staffing of the offices.", sourceSection: "Staff",
      sourceText: "Costa Rica and the United States announced that the Safe Mobility Offices in Costa Rica will be extended until December 2025.", pillarId: "",
      type: "PROGRAM", leadCountry: "CR", partnerCountries: ["US"], collectiveActor: "", parentKey: "cr-safe-mobility-offices",
    })), "/admin/commitments/cr-offices-staffing");
    const created = await database.prisma.commitment.findUniqueOrThrow({ where: { key: "cr-offices-staffing" },
      include: { countries: true, updates: true, parent: true } });
    expect(created.parent?.key).toBe("cr-safe-mobility-offices");
    expect(created.countries.map((c) => `${c.role}:${c.countryCode}`).sort()).toEqual(["LEAD:CR", "PARTNER:US"]);
    expect(created.updates).toHaveLength(1);
    expect(created.updates[0]?.visibility).toBe("INTERNAL");
  });

  it("refuses a second level of sub-commitments and a key in use, field by field", async () => {
    signInAs(admin);
    const declaration = await database.prisma.declaration.findFirstOrThrow();
    const result = await createCommitmentAction({}, form({
      key: "cr-offices-staffing", declarationId: declaration.id, title: "Again", description: "x", sourceText: "x",
      sourceSection: "", pillarId: "", type: "PROGRAM", leadCountry: "CR", collectiveActor: "",
      parentKey: "cr-safe-mobility-offices-extension",
    }));
    expect(result.fieldErrors?.key?.[0]).toMatch(/Another commitment has this key/);
    const nested = await createCommitmentAction({}, form({
      key: "cr-nested", declarationId: declaration.id, title: "Nested", description: "x", sourceText: "x",
      sourceSection: "", pillarId: "", type: "PROGRAM", leadCountry: "CR", collectiveActor: "",
      parentKey: "cr-safe-mobility-offices-extension",
    }));
    expect(nested.fieldErrors?.parentKey?.[0]).toMatch(/one level deep/);
    expect(nested.values?.title).toBe("Nested");
  });

  it("edits against the version seen, records which fields changed, and refuses a stale version", async () => {
    signInAs(admin);
    const row = await database.prisma.commitment.findUniqueOrThrow({ where: { key: "uy-regularization-decrees" },
      include: { countries: true } });
    const fields = {
      commitmentId: row.id, expectedVersion: String(row.version), title: "Uruguay regularises about 25,500 people",
      description: row.description, sourceText: row.sourceText, sourceSection: row.sourceSection, pillarId: row.pillarId ?? "",
      type: row.type, leadCountry: "UY", collectiveActor: "", parentKey: "",
    };
    await expectRedirect(editCommitmentAction({}, form(fields)), "/admin/commitments/uy-regularization-decrees");
    const entry = await database.prisma.progressUpdate.findFirstOrThrow({ where: { commitmentId: row.id }, orderBy: { version: "desc" } });
    expect(entry.note).toBe("Edited by an admin: title.");
    const stale = await editCommitmentAction({}, form({ ...fields, title: "Someone else's title" }));
    expect(stale.message).toMatch(/someone changed this commitment/);
    expect(stale.values?.title).toBe("Someone else's title");
  });

  it("keeps the joint leads and the hosts the form cannot show when an admin edits the wording", async () => {
    signInAs(admin);
    for (const [key, lead, partners] of [["cr-safe-mobility-offices-extension", "CR", []], ["us-safe-mobility-offices", "US", []]] as const) {
      const row = await database.prisma.commitment.findUniqueOrThrow({ where: { key }, include: { countries: true } });
      const before = row.countries.map((c) => `${c.role}:${c.countryCode}`).sort();
      await expectRedirect(editCommitmentAction({}, form({
        commitmentId: row.id, expectedVersion: String(row.version), title: `${row.title} (edited)`,
        description: row.description, sourceText: row.sourceText, sourceSection: row.sourceSection,
        pillarId: row.pillarId ?? "", type: row.type, leadCountry: lead, partnerCountries: [...partners],
        collectiveActor: "", parentKey: row.parentId ? "cr-safe-mobility-offices" : "",
      })), `/admin/commitments/${key}`);
      const after = await database.prisma.commitmentCountry.findMany({ where: { commitmentId: row.id } });
      expect(after.map((c) => `${c.role}:${c.countryCode}`).sort()).toEqual(before);
    }
  });

  it("archives with a reason, keeping the history, and restores", async () => {
    signInAs(admin);
    const row = await database.prisma.commitment.findUniqueOrThrow({ where: { key: "mx-chiapas-multi-purpose-processing-center" } });
    await expectRedirect(archiveCommitmentAction({}, form({ commitmentId: row.id, expectedVersion: String(row.version),
      archive: "true", reason: "Duplicate of another entry" })), "/admin/commitments/mx-chiapas");
    const archived = await database.prisma.commitment.findUniqueOrThrow({ where: { id: row.id }, include: { updates: true } });
    expect(archived.archivedAt).not.toBeNull();
    expect(archived.updates.length).toBeGreaterThanOrEqual(2);
    await expectRedirect(archiveCommitmentAction({}, form({ commitmentId: row.id, expectedVersion: String(archived.version),
      archive: "false", reason: "Not a duplicate after all" })), "/admin/commitments/mx-chiapas");
    expect((await database.prisma.commitment.findUniqueOrThrow({ where: { id: row.id } })).archivedAt).toBeNull();
  });
});

describe("admins set, change or remove the earlier commitment one continues", () => {
  const LATER = "us-labor-neighbors";
  const EARLIER = "bz-seasonal-migrant-worker-program";
  const OTHER = "ec-labor-mobility-unit";

  async function link(key: string, continuesKey: string, continuation: string) {
    const row = await database.prisma.commitment.findUniqueOrThrow({ where: { key } });
    return setContinuationAction({}, form({ commitmentId: row.id, expectedVersion: String(row.version), continuesKey,
      continuation }));
  }
  const apiRecord = async (key: string) => (await detailRoute.GET(new NextRequest(`http://localhost/api/commitments/${key}`),
    { params: Promise.resolve({ slug: key }) })).json();

  it("sets a link on a commitment that has none, with an internal history entry, and the public page and API show it", async () => {
    signInAs(admin);
    await expectRedirect(link(LATER, EARLIER, "EXTENDS"), `/admin/commitments/${LATER}`);
    const later = await database.prisma.commitment.findUniqueOrThrow({ where: { key: LATER },
      include: { continues: true, updates: { orderBy: { version: "desc" }, take: 1 } } });
    expect([later.continues?.key, later.continuation]).toEqual([EARLIER, "EXTENDS"]);
    expect(later.updates[0]).toMatchObject({ visibility: "INTERNAL", authorId: admin.id });
    expect(later.updates[0]?.note).toContain(EARLIER);
    expect((await getPublicCommitment(LATER))?.chain.continues).toMatchObject({ key: EARLIER, kind: "EXTENDS" });
    expect((await apiRecord(EARLIER)).continued_by).toEqual([expect.objectContaining({ key: LATER, relation: "extends" })]);
  });

  it("changes the link to another commitment and another relation, and the first one no longer shows it", async () => {
    signInAs(admin);
    await expectRedirect(link(LATER, OTHER, "REPLACES"), `/admin/commitments/${LATER}`);
    expect((await getPublicCommitment(LATER))?.chain.continues).toMatchObject({ key: OTHER, kind: "REPLACES" });
    expect((await apiRecord(LATER)).continues).toMatchObject({ key: OTHER, relation: "replaces" });
    expect((await apiRecord(EARLIER)).continued_by).toEqual([]);
  });

  it("refuses a link to itself and a link that would close a loop, by name, keeping what was typed", async () => {
    signInAs(admin);
    const itself = await link(LATER, LATER, "EXTENDS");
    expect(itself.fieldErrors?.continuesKey?.[0]).toBe("A commitment cannot continue itself: choose an earlier one.");
    expect(itself.values).toMatchObject({ continuesKey: LATER, continuation: "EXTENDS" });
    // LATER replaces OTHER: OTHER continuing LATER would make the chain a loop.
    const loop = await link(OTHER, LATER, "REPORTS_PROGRESS_ON");
    expect(loop.fieldErrors?.continuesKey?.[0]).toMatch(/^This would make a loop: “.+” already continues this commitment/);
    expect(loop.values).toMatchObject({ continuesKey: LATER, continuation: "REPORTS_PROGRESS_ON" });
    const other = await database.prisma.commitment.findUniqueOrThrow({ where: { key: OTHER } });
    expect(other.continuesId).toBeNull();
  });

  it("says a loop in the language of the page the form was posted from, naming the commitment", async () => {
    signInAs(admin);
    postedFrom.locale = "es";
    try {
      const loop = await link(OTHER, LATER, "REPORTS_PROGRESS_ON");
      expect(loop.fieldErrors?.continuesKey?.[0]).toMatch(/^Esto formaría un ciclo: “.+” ya continúa este compromiso/);
    } finally {
      postedFrom.locale = "en";
    }
  });

  it("refuses a relation without a commitment, and a stale version", async () => {
    signInAs(admin);
    const half = await link(LATER, EARLIER, "");
    expect(half.fieldErrors?.continuation?.[0]).toMatch(/Say how it continues the earlier commitment/);
    const row = await database.prisma.commitment.findUniqueOrThrow({ where: { key: LATER } });
    const stale = await setContinuationAction({}, form({ commitmentId: row.id, expectedVersion: String(row.version - 1),
      continuesKey: EARLIER, continuation: "EXTENDS" }));
    expect(stale.message).toMatch(/someone changed this commitment/);
  });

  it("removes the link, and the chain leaves the public page and the API", async () => {
    signInAs(admin);
    await expectRedirect(link(LATER, "", ""), `/admin/commitments/${LATER}`);
    const later = await database.prisma.commitment.findUniqueOrThrow({ where: { key: LATER } });
    expect([later.continuesId, later.continuation]).toEqual([null, null]);
    expect((await getPublicCommitment(LATER))?.chain).toEqual({ continues: null, continuedBy: [] });
    expect((await apiRecord(OTHER)).continued_by).toEqual([]);
    expect((await link(LATER, "", "")).fieldErrors?.continuesKey?.[0]).toBe("Nothing was changed.");
  });
});
