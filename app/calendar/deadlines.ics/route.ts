import { appOrigin } from "@/lib/env";
import type { NextRequest } from "next/server";
import { publicCalendarResponse } from "@/lib/data/deadline-calendars";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  return publicCalendarResponse(appOrigin(request.headers.get("host")));
}
