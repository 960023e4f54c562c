"use client";

import { useTranslations } from "next-intl";

/**
 * Shown when a page could not be built, most often because the database cannot be reached for a moment. Its words
 * come from the root layout's provider, the only messages every page sends to the browser.
 */
export default function SiteError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div role="alert" className="max-w-xl">
      <h1 className="text-2xl font-bold">{t("unavailable")}</h1>
      <p className="mt-2 text-slate-700">{t("unavailableText")}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-blue-800 px-4 py-2 font-medium text-white">
        {t("tryAgain")}
      </button>
    </div>
  );
}
