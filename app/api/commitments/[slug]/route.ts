import type { NextRequest } from "next/server";
import { getPublicCommitment } from "@/lib/data/public-commitments";
import { listWholePublicHistory } from "@/lib/data/public-history";
import { commitmentDetailJson } from "@/lib/domain/commitment-json";
import { appToday } from "@/lib/env";
import { requestOrigin } from "@/lib/request-origin";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const commitment = /^[a-z0-9-]{1,80}$/.test(slug) ? await getPublicCommitment(slug) : null;
  if (!commitment) {
    return Response.json({ error: "No public commitment has this key." }, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  const updates = await listWholePublicHistory(commitment.key);
  return Response.json(commitmentDetailJson(commitment, updates, appToday(), requestOrigin(request)),
    { headers: { "Cache-Control": "no-store" } });
}
