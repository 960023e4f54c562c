import { previewImage, PREVIEW_SIZE } from "@/components/public/preview-image";
import { getCountry, summarisePublicCommitments } from "@/lib/data/public-commitments";
import { appToday } from "@/lib/env";

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = "The country's commitments by status";

export default async function Image({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const country = /^[A-Za-z]{2}$/.test(code) ? await getCountry(code.toUpperCase()) : null;
  if (!country) return previewImage({ kicker: "Country", title: "Country not found", counts: {} });
  const summary = await summarisePublicCommitments({ sort: "source", page: 1, country: country.code }, appToday());
  return previewImage({ kicker: "Country", title: `${country.name}: where its commitments stand`, counts: summary.overall });
}
