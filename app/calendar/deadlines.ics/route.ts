import { requestOrigin } from "@/lib/request-origin";
import type { NextRequest } from "next/server";
import { publicCalendarResponse } from "@/lib/http/calendar-routes";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  return publicCalendarResponse(requestOrigin(request));
}
