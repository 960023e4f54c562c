import type { ReactNode } from "react";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { currentActor } from "@/lib/auth/session";
import { countOverdueReminders } from "@/lib/data/reminders";
import { appToday } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { getCatalogue } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

/** Navigation only: every admin page and action checks the user itself. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  const overdue = actor ? await countOverdueReminders(actor, appToday()) : 0;
  const { t, href } = await getCatalogue();
  return (
    <div>
      {actor && (
        <nav aria-label={t.staff.navigation} className="mb-6 flex flex-wrap items-center gap-4 border-b border-slate-200 pb-3 text-sm">
          <Link href="/admin" className="font-medium underline">{t.staff.dashboard}</Link>
          <Link href="/admin/commitments" className="font-medium underline">{t.staff.commitments}</Link>
          <Link href="/admin/reminders" className="font-medium underline">{t.staff.remindersLink(overdue)}</Link>
          {actor.role === "ADMIN" && <Link href="/admin/sources" className="font-medium underline">{t.staff.documents}</Link>}
          {actor.role === "ADMIN" && <Link href="/admin/users" className="font-medium underline">{t.staff.usersLink}</Link>}
          <span className="ml-auto text-slate-700">
            <bdi>{actor.displayName}</bdi> ({t.staff.roles[actor.role]})
          </span>
          <SignOutButton label={t.signIn.signOut} signInPath={href("/login")} />
        </nav>
      )}
      {children}
    </div>
  );
}
