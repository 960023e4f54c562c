import { previewImage, PREVIEW_SIZE } from "@/components/public/preview-image";
import { getCountry, summarisePublicCommitments } from "@/lib/data/public-commitments";
import { appToday } from "@/lib/env";
import { localizeCountry } from "@/lib/i18n/country-names";
import { getCatalogue } from "@/lib/i18n/server";

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = "The country's commitments by status";

export default async function Image({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const found = /^[A-Za-z]{2}$/.test(code) ? await getCountry(code.toUpperCase()) : null;
  const { locale, t } = await getCatalogue();
  const country = found && localizeCountry(found, locale);
  if (!country) return previewImage({ kicker: t.preview.country, title: t.countryPage.notFound, counts: {}, statuses: t.status });
  const summary = await summarisePublicCommitments({ sort: "source", page: 1, country: country.code }, appToday());
  return previewImage({ kicker: t.preview.country, title: t.preview.countryTitle(country.name), counts: summary.overall,
    statuses: t.status });
}
