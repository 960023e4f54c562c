import { StatusBar } from "@/components/public/status-bar";
import type { StatusCounts } from "@/lib/data/public-commitments";
import { Link } from "@/lib/i18n/navigation";

/** Each acting country with its number of commitments and their statuses, linked to its page. */
export function CountryStatusList({ countries, className }: {
  countries: { code: string; name: string; total: number; counts: StatusCounts }[];
  className: string;
}) {
  return (
    <ul className={className}>
      {countries.map((country) => (
        <li key={country.code}>
          <Link href={`/countries/${country.code.toLowerCase()}`} className="text-sm text-blue-900 underline">{country.name}</Link>
          {" "}<span className="text-xs text-slate-700">({country.total})</span>
          <StatusBar counts={country.counts} label={country.name} />
        </li>
      ))}
    </ul>
  );
}
