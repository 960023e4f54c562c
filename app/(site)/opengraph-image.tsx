import { previewImage, PREVIEW_SIZE } from "@/components/public/preview-image";
import { getFramework } from "@/lib/data/frameworks";
import { summarisePublicCommitments } from "@/lib/data/public-commitments";
import { appToday } from "@/lib/env";
import { getCatalogue } from "@/lib/i18n/server";

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = "Where the commitments stand, by status";
export const dynamic = "force-dynamic";

export default async function Image() {
  const [summary, framework, { t }] = await Promise.all([summarisePublicCommitments({ sort: "source", page: 1 }, appToday()),
    getFramework(), getCatalogue()]);
  return previewImage({ kicker: framework.shortName, title: t.preview.home, counts: summary.overall, statuses: t.status });
}
