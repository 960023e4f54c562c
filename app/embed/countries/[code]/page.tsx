import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StatusBar } from "@/components/public/status-bar";
import { getFramework } from "@/lib/data/frameworks";
import { getCountry, summarisePublicCommitments } from "@/lib/data/public-commitments";
import { appToday } from "@/lib/env";
import { localizeCountry } from "@/lib/i18n/country-names";
import { getCatalogue } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function CountryEmbed({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const found = /^[A-Za-z]{2}$/.test(code) ? await getCountry(code.toUpperCase()) : null;
  if (!found) notFound();
  const country = localizeCountry(found, (await getCatalogue()).locale);
  const summary = await summarisePublicCommitments({ country: country.code, sort: "source", page: 1 },
    appToday());
  const [{ shortName }, { t, href }] = await Promise.all([getFramework(), getCatalogue()]);
  const total = Object.values(summary.overall).reduce((sum, count) => sum + (count ?? 0), 0);
  return (
    <article className="max-w-md rounded border border-slate-300 p-3">
      <h1 className="text-base font-semibold">{t.embedCard.country(country.name, total, shortName)}</h1>
      <div className="mt-2"><StatusBar counts={summary.overall} label={country.name} /></div>
      <p className="mt-2">
        <a href={href(`/countries/${country.code.toLowerCase()}`)} target="_blank" rel="noopener" className="text-blue-900 underline">
          {t.embedCard.everyCommitment}
        </a>
      </p>
    </article>
  );
}
