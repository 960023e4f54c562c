import type { RoledCountry } from "@/lib/domain/country-roles";
import { SOURCE_LOCALE } from "@/lib/domain/localized-text";
import { localizeCountries } from "@/lib/i18n/country-names";
import { Link } from "@/lib/i18n/navigation";
import { getCatalogue } from "@/lib/i18n/server";

/** Who acts: each country with its role (leads of a joint announcement, partners, hosts), or the group named. */
export async function CountryRoleList({ countries, collectiveActor }: { countries: RoledCountry[]; collectiveActor: string | null }) {
  const { locale, t } = await getCatalogue();
  return (
    <ul className="mt-2">
      {localizeCountries(countries, locale).map((country) => (
        <li key={country.code}>
          <Link href={`/countries/${country.code.toLowerCase()}`} className="text-blue-900 underline">{country.name}</Link>
          {` (${t.roles[country.role]})`}
        </li>
      ))}
      {countries.length === 0 && (collectiveActor
        ? <li lang={SOURCE_LOCALE}>{collectiveActor}</li> : <li>{t.commitmentPage.noGovernment}</li>)}
    </ul>
  );
}
