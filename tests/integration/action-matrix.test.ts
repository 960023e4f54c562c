// @security
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionState } from "@/lib/validation/form-data";
import { signInAs } from "../support/session";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";


/**
 * Every exported server action, found in the app's own "use server" files, called as each kind of user. A new action
 * without a line here fails this test. Allowed callers get past the authorisation check (to validation); everyone
 * else is refused before their input is even read.
 */
const ALLOWED: Record<string, readonly ("viewer" | "editor" | "admin")[]> = {
  logProgressUpdateAction: ["editor", "admin"],
  bulkSetStatusAction: ["editor", "admin"],
  createCommitmentAction: ["admin"],
  editCommitmentAction: ["admin"],
  archiveCommitmentAction: ["admin"],
  setContinuationAction: ["admin"],
  addUserAction: ["admin"],
  updateUserAction: ["admin"],
  setUserDisabledAction: ["admin"],
  resetPasswordAction: ["admin"],
  snoozeReminderAction: ["editor", "admin"],
  setQuietDaysAction: ["admin"],
  rotateCalendarTokenAction: ["viewer", "editor", "admin"],
  setOwnLocaleAction: ["viewer", "editor", "admin"],
  importCommitmentsAction: ["admin"],
  registerSourceDocumentAction: ["admin"],
  linkPassageAsReportAction: ["admin"],
};

const root = path.resolve(import.meta.dirname, "../..");

async function serverActionFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map(async (entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverActionFiles(full);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return (await readFile(full, "utf8")).startsWith('"use server"') ? [full] : [];
  }));
  return nested.flat();
}

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
const actions = new Map<string, Action>();
const database = useTestDatabase();
const users: Record<string, { id: string; sessionVersion: number }> = {};

beforeAll(async () => {
  for (const file of await serverActionFiles(path.join(root, "app"))) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === "function") actions.set(name, value as Action);
    }
  }
  users.viewer = await makeUser(database.prisma, "VIEWER");
  users.editor = await makeUser(database.prisma, "EDITOR", { all: true });
  users.admin = await makeUser(database.prisma, "ADMIN");
});

describe("the server action access matrix", () => {
  it("has a line for every server action the app exports, and no line for one it does not", () => {
    expect([...actions.keys()].sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it.each(["anonymous", "viewer", "editor", "admin"] as const)("answers %s as the matrix says", async (who) => {
    signInAs(who === "anonymous" ? null : users[who]!);
    for (const [name, action] of actions) {
      const result = await action({}, new FormData());
      const allowed = who !== "anonymous" && (ALLOWED[name] ?? []).includes(who);
      const refusal = result.message ?? "";
      if (allowed) expect(refusal, `${name} as ${who}`).not.toMatch(/session has ended|role does not allow/);
      else expect(refusal, `${name} as ${who}`).toMatch(who === "anonymous" ? /session has ended/ : /role does not allow/);
    }
  });
});
