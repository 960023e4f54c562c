import Link from "next/link";
import { ROLE_LABELS, type RoledCountry } from "@/lib/domain/country-roles";

/** Who acts: each country with its role (leads of a joint announcement, partners, hosts), or the group named. */
export function CountryRoleList({ countries, collectiveActor }: { countries: RoledCountry[]; collectiveActor: string | null }) {
  return (
    <ul className="mt-2">
      {countries.map((country) => (
        <li key={country.code}>
          <Link href={`/countries/${country.code.toLowerCase()}`} className="text-blue-900 underline">{country.name}</Link>
          {` (${ROLE_LABELS[country.role]})`}
        </li>
      ))}
      {countries.length === 0 && <li>{collectiveActor ?? "No government named"}</li>}
    </ul>
  );
}
