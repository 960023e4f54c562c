"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { safeReturnPath } from "@/lib/domain/return-path";
import { SIGN_IN_WINDOW_MINUTES } from "@/lib/domain/sign-in-throttle";
import { useLocale } from "next-intl";
import { useCatalogue } from "@/lib/i18n/client";

/** returnTo: where a sign-in without a (valid) callbackUrl goes: the dashboard, in the page's language. */
export function SignInForm({ callbackUrl, returnTo }: { callbackUrl?: string; returnTo: string }) {
  const t = useCatalogue().signIn;
  const locale = useLocale();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      locale,
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(safeReturnPath(callbackUrl, returnTo));
      router.refresh();
      return;
    }
    // Neither refusal tells whether the email has an account.
    setError(result?.error === "INVALID" ? t.invalid
      : result?.error === "THROTTLED" ? t.throttled(SIGN_IN_WINDOW_MINUTES) : t.failed);
  }

  // Before its script has loaded, or without JavaScript, the browser submits the form itself: by POST, so that the
  // password never lands in a URL, a browser history or a server log.
  return (
    <form method="post" onSubmit={submit} className="mt-6 space-y-4" noValidate>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">{t.email}</label>
        <input id="email" name="email" type="email" autoComplete="username" required value={email}
          onChange={(event) => setEmail(event.target.value)}
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">{t.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
      </div>
      <button type="submit" disabled={pending}
        className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60">
        {pending ? t.pending : t.submit}
      </button>
    </form>
  );
}
