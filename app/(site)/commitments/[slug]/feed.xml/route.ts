import type { NextRequest } from "next/server";
import { getPublicCommitment } from "@/lib/data/public-commitments";
import { publicFeedResponse } from "@/lib/http/feed-route";
import { plainText } from "@/lib/http/responses";
import { requestOrigin } from "@/lib/request-origin";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const commitment = /^[a-z0-9-]{1,80}$/.test(slug) ? await getPublicCommitment(slug) : null;
  if (!commitment) return plainText(404, "No public commitment has this key.");
  return publicFeedResponse({ kind: "commitment", key: commitment.key, title: commitment.title }, requestOrigin(request));
}
