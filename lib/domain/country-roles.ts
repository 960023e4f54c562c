import type { CountryRole } from "../generated/prisma/enums";

export const ROLE_LABELS: Record<CountryRole, string> = { LEAD: "lead", PARTNER: "partner", HOST: "host" };
const ROLE_ORDER: CountryRole[] = ["LEAD", "PARTNER", "HOST"];

export type RoledCountry = { code: string; name: string; role: CountryRole; lead: boolean };

/** Acting countries, leads first (several for a joint announcement), then partners, then hosts, each by name. */
export function presentCountries(rows: readonly { role: CountryRole; country: { code: string; name: string } }[]): RoledCountry[] {
  return rows
    .map(({ role, country }) => ({ ...country, role, lead: role === "LEAD" }))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name));
}

/** "Costa Rica (lead), United States (lead)", "United States (lead), Guatemala (host)". */
export function describeCountries(countries: readonly RoledCountry[],
  roleLabels: Record<CountryRole, string> = ROLE_LABELS): string {
  return countries.map((country) => `${country.name} (${roleLabels[country.role]})`).join(", ");
}
