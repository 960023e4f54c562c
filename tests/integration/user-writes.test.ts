// @security
import { describe, expect, it } from "vitest";
import { createUser, resetUserPassword, setUserDisabled, setUserRole, setUserScope, UserWriteRefusedError }
  from "@/lib/data/users";
import type { Actor } from "@/lib/domain/permissions";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

const database = useTestDatabase();
const NO_SCOPE = { countryCodes: [], pillarIds: [] };
const as = (user: { id: string; role: Actor["role"] }, all = false): Actor =>
  ({ id: user.id, role: user.role, scope: { ...NO_SCOPE, all } });

describe("account writes, checked at the record whatever calls them", () => {
  it("refuses every account write to an editor or a viewer, and changes nothing", async () => {
    const target = await makeUser(database.prisma, "EDITOR");
    for (const role of ["EDITOR", "VIEWER"] as const) {
      const caller = as(await makeUser(database.prisma, role), true);
      await expect(setUserRole(caller, target.id, "ADMIN")).rejects.toThrow(UserWriteRefusedError);
      await expect(setUserScope(caller, target.id, { all: true, ...NO_SCOPE })).rejects.toThrow("Only an admin manages accounts.");
      await expect(setUserDisabled(caller, target.id, true)).rejects.toThrow(UserWriteRefusedError);
      await expect(resetUserPassword(caller, target.id, "a password chosen by a stranger")).rejects.toThrow(UserWriteRefusedError);
      await expect(createUser(caller, { email: `made-by-${role.toLowerCase()}@example.org`, role: "ADMIN",
        displayName: "Sneaky", password: "a long enough password" })).rejects.toThrow(UserWriteRefusedError);
    }
    const after = await database.prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after).toMatchObject({ role: "EDITOR", scopeAll: false, disabledAt: null, passwordHash: target.passwordHash });
    expect(await database.prisma.user.count({ where: { email: { startsWith: "made-by-" } } })).toBe(0);
  });

  it("never lets an admin take away their own role or access, which the command line may still do", async () => {
    const admin = await makeUser(database.prisma, "ADMIN");
    await expect(setUserRole(as(admin), admin.id, "VIEWER")).rejects.toThrow(
      "You cannot change your own role or disable yourself; ask another admin.");
    await expect(setUserDisabled(as(admin), admin.id, true)).rejects.toThrow(UserWriteRefusedError);
    expect(await database.prisma.user.findUniqueOrThrow({ where: { id: admin.id } }))
      .toMatchObject({ role: "ADMIN", disabledAt: null });

    const colleague = await makeUser(database.prisma, "ADMIN");
    expect((await setUserRole(as(colleague), admin.id, "VIEWER")).role).toBe("VIEWER");
    expect((await setUserDisabled("command-line", admin.id, true)).disabledAt).not.toBeNull();
  });
});
