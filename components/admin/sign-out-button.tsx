"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/login" })}
      className="rounded px-2 py-1 text-sm underline hover:bg-slate-200">
      Sign out
    </button>
  );
}
