import { describe, expect, it } from "vitest";
import { type Actor, canChangeSettings, canManageCommitments, canWriteCommitment }
  from "@/lib/domain/permissions";

function actor(role: Actor["role"], countryCodes: string[] = [], pillarIds: string[] = []): Actor {
  return { id: "u1", role, scope: { countryCodes, pillarIds } };
}

const costaRicaMigration = { pillarId: "pillar-migration", countryCodes: ["CR", "US"] };
const mexicoLabour = { pillarId: "pillar-labour", countryCodes: ["MX"] };
const noPillarPanama = { pillarId: null, countryCodes: ["PA"] };

describe("who may write a commitment", () => {
  it("lets a country-scoped editor write where one of its acting countries is in scope, and nowhere else", () => {
    const editor = actor("EDITOR", ["CR"]);
    expect(canWriteCommitment(editor, costaRicaMigration)).toBe(true);
    expect(canWriteCommitment(editor, mexicoLabour)).toBe(false);
    expect(canWriteCommitment(editor, noPillarPanama)).toBe(false);
    expect(canWriteCommitment(actor("EDITOR", ["US"]), costaRicaMigration)).toBe(true);
  });

  it("lets a pillar-scoped editor write the pillar's commitments in any country, and no other pillar's", () => {
    const editor = actor("EDITOR", [], ["pillar-labour"]);
    expect(canWriteCommitment(editor, mexicoLabour)).toBe(true);
    expect(canWriteCommitment(editor, costaRicaMigration)).toBe(false);
    expect(canWriteCommitment(editor, noPillarPanama)).toBe(false);
  });

  it("lets an editor scoped to a country and a pillar write what matches either", () => {
    const editor = actor("EDITOR", ["PA"], ["pillar-labour"]);
    expect(canWriteCommitment(editor, mexicoLabour)).toBe(true);
    expect(canWriteCommitment(editor, noPillarPanama)).toBe(true);
    expect(canWriteCommitment(editor, costaRicaMigration)).toBe(false);
  });

  it("lets an admin write everything and a viewer nothing, whatever their scope", () => {
    for (const commitment of [costaRicaMigration, mexicoLabour, noPillarPanama]) {
      expect(canWriteCommitment(actor("ADMIN"), commitment)).toBe(true);
      expect(canWriteCommitment(actor("VIEWER", ["CR", "MX", "PA"], ["pillar-labour"]), commitment)).toBe(false);
    }
  });

  it("keeps managing commitments and settings to admins", () => {
    for (const can of [canManageCommitments, canChangeSettings]) {
      expect(can(actor("ADMIN"))).toBe(true);
      expect(can(actor("EDITOR", ["CR"], ["pillar-labour"]))).toBe(false);
      expect(can(actor("VIEWER"))).toBe(false);
    }
  });
});
