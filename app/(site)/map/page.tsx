import type { Metadata } from "next";
import Link from "next/link";
import { AmericasMap } from "@/components/public/americas-map";
import { StatusBar } from "@/components/public/status-bar";
import { getFramework } from "@/lib/data/frameworks";
import { summarisePublicCommitments } from "@/lib/data/public-commitments";
import { appToday } from "@/lib/env";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return {
    title: "Map of the commitments",
    description: `Where the commitments of the ${(await getFramework()).name} stand, country by country, on a map of the Americas.`,
  };
}

export default async function MapPage() {
  const today = appToday();
  const summary = await summarisePublicCommitments({ sort: "source", page: 1 }, today);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">Where the commitments stand, country by country</h1>
      <div className="mt-4 grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <AmericasMap countries={summary.perCountry} />
        <section aria-labelledby="in-words">
          <h2 id="in-words" className="text-xl font-semibold">In words</h2>
          <ul className="mt-2 space-y-2">
            {summary.perCountry.map((country) => (
              <li key={country.code}>
                <Link href={`/countries/${country.code.toLowerCase()}`} className="text-sm text-blue-900 underline">{country.name}</Link>
                {" "}<span className="text-xs text-slate-700">({country.total})</span>
                <StatusBar counts={country.counts} label={country.name} />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
