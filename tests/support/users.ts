import type { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import type { Role } from "../../lib/generated/prisma/enums";

/** A staff account written straight to the database, with an optional scope: country codes, pillar ids, or "all". */
export async function makeUser(prisma: PrismaClient, role: Role, options: { countries?: string[]; pillars?: string[];
  all?: boolean;
  email?: string; password?: string } = {}) {
  const email = options.email ?? `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  return prisma.user.create({
    data: {
      email,
      displayName: `${role.charAt(0)}${role.slice(1).toLowerCase()} ${email.slice(0, 6)}`,
      role,
      scopeAll: options.all ?? false,
      passwordHash: await hashPassword(options.password ?? "a long test password"),
      scopes: {
        create: [
          ...(options.countries ?? []).map((countryCode) => ({ countryCode })),
          ...(options.pillars ?? []).map((pillarId) => ({ pillarId })),
        ],
      },
    },
  });
}
