import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { currentActor } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/domain/return-path";
import { getCatalogue } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getCatalogue();
  return { title: t.signIn.title };
}
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const { t, href } = await getCatalogue();
  const target = typeof callbackUrl === "string" ? callbackUrl : undefined;
  if (await currentActor()) redirect(safeReturnPath(target, href("/admin")));
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t.signIn.title}</h1>
      <p className="mt-2 text-sm text-slate-700">{t.signIn.intro}</p>
      <SignInForm callbackUrl={target} returnTo={href("/admin")} />
    </div>
  );
}
