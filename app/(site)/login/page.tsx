import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { currentActor } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/domain/return-path";

export const metadata: Metadata = { title: "Staff sign-in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const target = typeof callbackUrl === "string" ? callbackUrl : undefined;
  if (await currentActor()) redirect(safeReturnPath(target));
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">Staff sign-in</h1>
      <p className="mt-2 text-sm text-slate-700">For staff who log progress. The public pages need no account.</p>
      <SignInForm callbackUrl={target} />
    </div>
  );
}
