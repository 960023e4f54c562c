import type { NextRequest } from "next/server";
import { publicFeedResponse } from "@/lib/data/public-feed";
import { requestOrigin } from "@/lib/request-origin";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  return publicFeedResponse({ kind: "all" }, requestOrigin(request));
}
