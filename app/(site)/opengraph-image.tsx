import { previewImage, PREVIEW_SIZE } from "@/components/public/preview-image";
import { summarisePublicCommitments } from "@/lib/data/public-commitments";
import { appToday } from "@/lib/env";

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = "Where the commitments of the Los Angeles Declaration stand, by status";
export const dynamic = "force-dynamic";

export default async function Image() {
  const summary = await summarisePublicCommitments({ sort: "source", page: 1 }, appToday());
  return previewImage({ kicker: "Los Angeles Declaration", title: "Where the commitments stand", counts: summary.overall });
}
