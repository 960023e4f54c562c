import type { Metadata } from "next";
import { AddUserForm, UserRow } from "@/app/(site)/admin/users/_components/user-forms";
import { requirePageActor } from "@/lib/auth/session";
import { listFilterChoices } from "@/lib/data/reference-lists";
import { listUsers } from "@/lib/data/users";
import { pillarChoices } from "@/lib/i18n/pillar-label";
import { getCatalogue } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getCatalogue();
  return { title: t.staff.users.title };
}
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  await requirePageActor("/admin/users", ["ADMIN"]);
  const [users, choices] = await Promise.all([listUsers(), listFilterChoices()]);
  const { locale, t } = await getCatalogue();
  return (
    <>
      <h1 className="text-2xl font-bold">{t.staff.users.title}</h1>
      <section aria-labelledby="add-user" className="mt-6">
        <h2 id="add-user" className="text-lg font-semibold">{t.staff.users.add}</h2>
        <div className="mt-3"><AddUserForm /></div>
      </section>
      <section aria-labelledby="all-users" className="mt-8">
        <h2 id="all-users" className="text-lg font-semibold">{t.staff.users.all(users.length)}</h2>
        <ul className="mt-3 space-y-4">
          {users.map((user) => (
            <UserRow key={user.id} countries={choices.countries} pillars={pillarChoices(choices.pillars, t, locale)} user={{
              id: user.id,
              email: user.email,
              displayName: user.displayName,
              role: user.role,
              disabled: user.disabledAt !== null,
              scopeAll: user.scopeAll,
              countryCodes: user.scopes.flatMap((scope) => (scope.countryCode ? [scope.countryCode] : [])),
              pillarIds: user.scopes.flatMap((scope) => (scope.pillarId ? [scope.pillarId] : [])),
            }} />
          ))}
        </ul>
      </section>
    </>
  );
}
