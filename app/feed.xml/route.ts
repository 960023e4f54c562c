import type { NextRequest } from "next/server";
import { getFramework } from "@/lib/data/frameworks";
import { publicFeedResponse } from "@/lib/http/feed-route";
import { requestOrigin } from "@/lib/request-origin";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  return publicFeedResponse({ kind: "all", framework: (await getFramework()).shortName }, requestOrigin(request));
}
