import type { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import type { Role } from "../../lib/generated/prisma/enums";

/** A staff account written straight to the database, with an optional scope of country codes and pillar ids. */
export async function makeUser(prisma: PrismaClient, role: Role, options: { countries?: string[]; pillars?: string[];
  email?: string; password?: string } = {}) {
  const email = options.email ?? `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  return prisma.user.create({
    data: {
      email,
      displayName: `${role.charAt(0)}${role.slice(1).toLowerCase()} ${email.slice(0, 6)}`,
      role,
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
