import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { z } from "zod";
import { connectDatabase, disconnectDatabase } from "../db/client";
import { prepareDatabase } from "../db/prepare-database";
import {
  createUser,
  findUserByEmail,
  listUsers,
  resetUserPassword,
  setUserDisabled,
  setUserRole,
  setUserScope,
  UserExistsError,
} from "../data/users";
import { listFilterChoices } from "../data/reference-lists";
import { ZDisplayName, ZEmail, ZPassword, ZRole, ZUserScope } from "../validation/user";
import { openDatabase } from "./open-database";

/**
 * `npm run user -- COMMAND`: staff accounts from the command line, which is how the first admin is made (there is no
 * default account). It runs with the react-server condition so that it shares the app's server-only data layer.
 */
const USAGE = `Usage: npm run user -- COMMAND [options]

  add --email EMAIL --role admin|editor|viewer [--name "Display name"]
                       make a user; the password is read from standard input, or generated and printed once
  list                 list users with role and state
  role --email EMAIL --role admin|editor|viewer
                       change a user's role (ends their sessions and their calendar secret)
  scope --email EMAIL (--all | --countries US,MX --pillars SLUG,SLUG | --none)
                       what an editor may write; a new editor has no scope and writes nothing until given one
  reset-password --email EMAIL
                       set a new password, read from standard input or generated (ends their sessions and
                       their calendar secret)
  disable --email EMAIL
                       stop a user from signing in (ends their sessions at their next request)
  enable --email EMAIL allow a disabled user to sign in again
`;

class UsageError extends Error {}

function parsed<T>(schema: z.ZodType<T>, value: unknown, option: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(`${option}: ${result.error.issues[0]?.message ?? "invalid value"}`);
  return result.data;
}

async function readPassword(): Promise<{ password: string; generated: boolean }> {
  const typed = process.stdin.isTTY ? await promptHidden("Password (at least 12 characters; empty to generate one): ")
    : await readStdin();
  if (typed === "") return { password: randomBytes(18).toString("base64url"), generated: true };
  return { password: parsed(ZPassword, typed, "password"), generated: false };
}

async function readStdin(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += String(chunk);
  return text.replace(/\r?\n$/, "");
}

async function promptHidden(question: string): Promise<string> {
  process.stdout.write(question);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const reader = createInterface({ input: process.stdin, output: silent, terminal: true });
  const answer = await new Promise<string>((resolve) => reader.question("", resolve));
  reader.close();
  process.stdout.write("\n");
  return answer;
}

async function requireUser(email: string) {
  const user = await findUserByEmail(email);
  if (!user) throw new UsageError(`No user has the email ${email}.`);
  return user;
}

type ScopedUser = { role: string; scopeAll: boolean; scopes: { countryCode: string | null; pillar: { slug: string } | null }[] };

function describeScope(user: ScopedUser): string {
  if (user.role === "ADMIN") return "writes everything";
  if (user.role === "VIEWER") return "reads only";
  if (user.scopeAll) return "scope: all";
  if (user.scopes.length === 0) return "no scope: writes nothing";
  const named = user.scopes.map((row) => row.countryCode ?? row.pillar?.slug).join(",");
  return `scope: ${named}`;
}

async function scopeFromOptions(values: Record<string, string | boolean | undefined>) {
  const list = (option: string) => String(values[option] ?? "").split(",").map((item) => item.trim()).filter(Boolean);
  const chosen = [values.all, values.none, values.countries !== undefined || values.pillars !== undefined].filter(Boolean);
  if (chosen.length !== 1) throw new UsageError("scope: give exactly one of --all, --none, or --countries/--pillars.");
  if (values.all) return { all: true, countryCodes: [], pillarIds: [] };
  if (values.none) return { all: false, countryCodes: [], pillarIds: [] };
  const { pillars } = await listFilterChoices();
  const pillarIds = list("pillars").map((slug) => {
    const pillar = pillars.find((candidate) => candidate.slug === slug);
    if (!pillar) throw new UsageError(`--pillars: no pillar "${slug}"; one of ${pillars.map((p) => p.slug).join(", ")}.`);
    return pillar.id;
  });
  return parsed(ZUserScope, { all: false, countryCodes: list("countries").map((code) => code.toUpperCase()), pillarIds },
    "--countries");
}

async function run(command: string | undefined, values: Record<string, string | boolean | undefined>): Promise<void> {
  const email = () => parsed(ZEmail, values.email ?? "", "--email");
  const role = () => parsed(ZRole, String(values.role ?? "").toUpperCase(), "--role");
  switch (command) {
    case "add": {
      const address = email();
      const chosenRole = role();
      const displayName = parsed(ZDisplayName, typeof values.name === "string" ? values.name : address.split("@")[0], "--name");
      const { password, generated } = await readPassword();
      const user = await createUser("command-line", { email: address, role: chosenRole, displayName, password });
      console.log(`Added ${user.email} (${user.role.toLowerCase()}, shown as "${user.displayName}").`);
      if (user.role === "EDITOR") {
        console.log(`No scope yet: writes nothing until given one (npm run user -- scope --email ${user.email} --all, or --countries/--pillars).`);
      }
      if (generated) console.log(`Generated password, shown only this once: ${password}`);
      return;
    }
    case "list": {
      for (const user of await listUsers()) {
        const state = user.disabledAt ? "disabled" : "active";
        console.log(`${user.email}\t${user.role.toLowerCase()}\t${state}\t${describeScope(user)}\t${user.displayName}`);
      }
      return;
    }
    case "role": {
      const user = await setUserRole("command-line", (await requireUser(email())).id, role());
      console.log(`${user.email} is now ${user.role.toLowerCase()}.`);
      return;
    }
    case "reset-password": {
      const user = await requireUser(email());
      const { password, generated } = await readPassword();
      await resetUserPassword("command-line", user.id, password);
      console.log(`Password of ${user.email} changed; their existing sessions and calendar secret have ended.`);
      if (generated) console.log(`Generated password, shown only this once: ${password}`);
      return;
    }
    case "scope": {
      const user = await requireUser(email());
      const scope = await scopeFromOptions(values);
      const saved = await setUserScope("command-line", user.id, scope);
      console.log(`${user.email}: ${saved ? describeScope(saved) : "scope saved"}.`);
      return;
    }
    case "disable":
    case "enable": {
      const user = await setUserDisabled("command-line", (await requireUser(email())).id, command === "disable");
      console.log(`${user.email} is ${user.disabledAt ? "disabled" : "enabled"}.`);
      return;
    }
    default:
      throw new UsageError(command ? `Unknown command "${command}".` : "Name a command.");
  }
}

async function main(): Promise<number> {
  let command: string | undefined;
  let values: Record<string, string | boolean | undefined>;
  try {
    const args = parseArgs({
      allowPositionals: true,
      options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" },
        countries: { type: "string" }, pillars: { type: "string" }, all: { type: "boolean" }, none: { type: "boolean" },
        help: { type: "boolean", short: "h" } },
    });
    command = args.values.help ? "help" : args.positionals[0];
    values = args.values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    return 2;
  }
  if (command === undefined || command === "help") {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  const database = await openDatabase(() => undefined);
  // The first admin may be made before the app has ever started.
  await prepareDatabase(database.url);
  connectDatabase(database.url);
  try {
    await run(command, values);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof UserExistsError) {
      console.error(error.message + (error instanceof UsageError ? `\n\n${USAGE}` : ""));
      return 2;
    }
    throw error;
  } finally {
    await disconnectDatabase();
    await database.close();
  }
}

process.exitCode = await main();
