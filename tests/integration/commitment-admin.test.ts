import { beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../support/session";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";


const { archiveCommitmentAction, createCommitmentAction, editCommitmentAction } =
  await import("@/app/(site)/admin/commitments/manage-actions");

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
