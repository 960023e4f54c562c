import { previewImage, PREVIEW_SIZE } from "@/components/public/preview-image";
import { getPublicCommitment } from "@/lib/data/public-commitments";
import { STATUSES } from "@/lib/domain/status";

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = "The commitment's title and its status";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const commitment = /^[a-z0-9-]{1,80}$/.test(slug) ? await getPublicCommitment(slug) : null;
  return previewImage({ kicker: commitment ? `Commitment · ${STATUSES[commitment.status].label}` : "Commitment",
    title: commitment?.title ?? "Commitment not found",
    counts: commitment ? { [commitment.status]: 1 } : {} });
}
