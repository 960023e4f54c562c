"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label, signInPath }: { label: string; signInPath: string }) {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: signInPath })}
      className="rounded px-2 py-1 text-sm underline hover:bg-slate-200">
      {label}
    </button>
  );
}
