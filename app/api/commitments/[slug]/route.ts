import type { NextRequest } from "next/server";
import { getPublicCommitment, listPublicUpdates } from "@/lib/data/public-commitments";
import { todayIn } from "@/lib/domain/calendar-date";
import { commitmentDetailJson } from "@/lib/domain/commitment-json";
import { appOrigin, env } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const commitment = /^[a-z0-9-]{1,80}$/.test(slug) ? await getPublicCommitment(slug) : null;
  if (!commitment) return Response.json({ error: "No public commitment has this key." }, { status: 404 });
  const updates = await listPublicUpdates({ commitmentKey: commitment.key }, 1, 500);
  return Response.json(commitmentDetailJson(commitment, updates.rows, todayIn(env().APP_TIME_ZONE), appOrigin(request.headers.get("host"))),
    { headers: { "Cache-Control": "no-cache" } });
}
