import "server-only";
import { hashPassword } from "../auth/password";
import { db } from "../db/client";
import { isLocale, type Locale } from "../domain/localized-text";
import type { Actor } from "../domain/permissions";
import type { Role } from "../generated/prisma/enums";
import { messages } from "../messages/en";
import type { TUserCreate, TUserScope, TUserUpdate } from "../validation/user";

/** What any caller may see of a user: never the password hash. */
const USER_SUMMARY = {
  id: true,
  email: true,
  displayName: true,
  role: true,
  disabledAt: true,
  createdAt: true,
  scopeAll: true,
  scopes: { select: { countryCode: true, pillarId: true, pillar: { select: { slug: true } } } },
} as const;


/**
 * Who manages accounts: a signed-in admin, or the operator at the command line (`npm run user`), who holds the
 * database already. Every write below checks it here, at the record, whatever action or script called it.
 */
export type UserManager = Actor | "command-line";

/** A write the manager may not make; its message (and the field it concerns, if any) is the user's. */
export class UserWriteRefusedError extends Error {
  constructor(message: string, readonly fieldErrors?: Record<string, string[]>) {
    super(message);
  }
}

export class UserExistsError extends UserWriteRefusedError {
  constructor(readonly email: string) {
    const message = messages.users.exists(email);
    super(message, { email: [message] });
  }
}

function checkManager(manager: UserManager, target?: { id: string; ownAccess: boolean }): void {
  if (manager === "command-line") return;
  if (manager.role !== "ADMIN") throw new UserWriteRefusedError(messages.users.adminsOnly);
  if (target?.ownAccess && target.id === manager.id) throw new UserWriteRefusedError(messages.users.notYourself);
}

export async function createUser(manager: UserManager, input: TUserCreate) {
  checkManager(manager);
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new UserExistsError(input.email);
  return db().user.create({
    data: {
      email: input.email,
      displayName: input.displayName,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    },
    select: USER_SUMMARY,
  });
}

export async function listUsers() {
  return db().user.findMany({ orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: USER_SUMMARY });
}

export async function findUserByEmail(email: string) {
  return db().user.findUnique({ where: { email }, select: USER_SUMMARY });
}

export async function findUserById(id: string) {
  return db().user.findUnique({ where: { id }, select: USER_SUMMARY });
}

/**
 * What ends a user's access as it was: raising sessionVersion ends every session issued before, and dropping the
 * calendar secret makes its URL a 404 (a new one is made on the calendar page).
 */
const REVOKE_ACCESS = { sessionVersion: { increment: 1 }, calendarToken: null } as const;

/** A new role ends the user's sessions and calendar secret; saving the role they have already changes nothing. */
export async function setUserRole(manager: UserManager, id: string, role: Role) {
  checkManager(manager, { id, ownAccess: manager !== "command-line" && role !== manager.role });
  await db().user.updateMany({ where: { id, role: { not: role } }, data: { role, ...REVOKE_ACCESS } });
  return db().user.findUniqueOrThrow({ where: { id }, select: USER_SUMMARY });
}

export async function resetUserPassword(manager: UserManager, id: string, password: string) {
  checkManager(manager);
  return db().user.update({
    where: { id },
    data: { passwordHash: await hashPassword(password), ...REVOKE_ACCESS },
    select: USER_SUMMARY,
  });
}

export async function setUserDisabled(manager: UserManager, id: string, disabled: boolean) {
  checkManager(manager, { id, ownAccess: true });
  return db().user.update({
    where: { id },
    data: { disabledAt: disabled ? new Date() : null, sessionVersion: { increment: 1 } },
    select: USER_SUMMARY,
  });
}

export async function setUserScope(manager: UserManager, id: string, scope: TUserScope) {
  checkManager(manager);
  await db().$transaction([
    db().user.update({ where: { id }, data: { scopeAll: scope.all }, select: { id: true } }),
    db().userScope.deleteMany({ where: { userId: id } }),
    db().userScope.createMany({
      data: [
        ...scope.countryCodes.map((countryCode) => ({ userId: id, countryCode })),
        ...scope.pillarIds.map((pillarId) => ({ userId: id, pillarId })),
      ],
    }),
  ]);
  return findUserById(id);
}

/** The staff page's one save of an account: its role (which ends its sessions if it changes), then its scope. */
export async function updateUser(manager: UserManager, input: TUserUpdate) {
  const before = await findUserById(input.userId);
  const user = await setUserRole(manager, input.userId, input.role);
  await setUserScope(manager, input.userId, { all: input.all, countryCodes: input.countryCodes, pillarIds: input.pillarIds });
  return { kind: "saved" as const, email: user.email, roleChanged: before?.role !== user.role };
}

/** For sign-in only: the one place that reads a password hash. */
export async function findCredentials(email: string) {
  return db().user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
}

/**
 * The acting user behind a session token, or null when the account has been disabled or its sessions ended since
 * the token was issued. Called on every request that needs a user, so a disabled user is out at the next one.
 */
export async function loadActor(userId: string, sessionVersion: number): Promise<(Actor & {
  email: string;
  displayName: string;
  locale: Locale;
}) | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, displayName: true, role: true, disabledAt: true, sessionVersion: true,
      scopeAll: true, locale: true, scopes: { select: { countryCode: true, pillarId: true } } },
  });
  if (!user || user.disabledAt !== null || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: isLocale(user.locale) ? user.locale : "en",
    role: user.role,
    scope: actorScope(user.scopes, user.scopeAll),
  };
}

/**
 * The language a staff member reads their reminder e-mail in. Each account sets only its own (the signed-in actor,
 * or the account that has just proved its password at sign-in), so it takes no manager.
 */
export async function setOwnLocale(userId: string, locale: Locale): Promise<{ kind: "saved"; locale: Locale }> {
  await db().user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
  return { kind: "saved", locale };
}

/** An actor's scope from their scope rows (each row names a country or a pillar) and their "all" flag. */
export function actorScope(rows: { countryCode: string | null; pillarId: string | null }[], all: boolean): Actor["scope"] {
  return {
    all,
    countryCodes: rows.flatMap((scope) => (scope.countryCode ? [scope.countryCode] : [])),
    pillarIds: rows.flatMap((scope) => (scope.pillarId ? [scope.pillarId] : [])),
  };
}

export type SessionActor = NonNullable<Awaited<ReturnType<typeof loadActor>>>;
