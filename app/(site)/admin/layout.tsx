import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { currentActor } from "@/lib/auth/session";
import { countOverdueReminders } from "@/lib/data/reminders";
import { appToday } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Navigation only: every admin page and action checks the user itself. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  const overdue = actor ? await countOverdueReminders(actor, appToday()) : 0;
  return (
    <div>
      {actor && (
        <nav aria-label="Staff" className="mb-6 flex flex-wrap items-center gap-4 border-b border-slate-200 pb-3 text-sm">
          <Link href="/admin" className="font-medium underline">Dashboard</Link>
          <Link href="/admin/commitments" className="font-medium underline">Commitments</Link>
          <Link href="/admin/reminders" className="font-medium underline">Reminders ({overdue} overdue)</Link>
          {actor.role === "ADMIN" && <Link href="/admin/sources" className="font-medium underline">Documents</Link>}
          {actor.role === "ADMIN" && <Link href="/admin/users" className="font-medium underline">Users</Link>}
          <span className="ml-auto text-slate-700">
            <bdi>{actor.displayName}</bdi> ({actor.role.toLowerCase()})
          </span>
          <SignOutButton />
        </nav>
      )}
      {children}
    </div>
  );
}
