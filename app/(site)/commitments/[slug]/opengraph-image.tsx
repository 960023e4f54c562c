import { previewImage, PREVIEW_SIZE } from "@/components/public/preview-image";
import { getPublicCommitment } from "@/lib/data/public-commitments";
import { getCatalogue } from "@/lib/i18n/server";

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = "The commitment's title and its status";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { locale, t } = await getCatalogue();
  const commitment = /^[a-z0-9-]{1,80}$/.test(slug) ? await getPublicCommitment(slug, locale) : null;
  return previewImage({ kicker: commitment ? `${t.preview.commitment} · ${t.status[commitment.status].label}` : t.preview.commitment,
    title: commitment?.title ?? t.commitmentPage.notFound,
    counts: commitment ? { [commitment.status]: 1 } : {}, statuses: t.status });
}
