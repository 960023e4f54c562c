import { appOrigin } from "@/lib/env";
import type { NextRequest } from "next/server";
import { publicFeedResponse } from "@/lib/data/public-feed";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  return publicFeedResponse(appOrigin(request.headers.get("host")), {}, "Los Angeles Declaration commitments: all public updates", "/");
}
