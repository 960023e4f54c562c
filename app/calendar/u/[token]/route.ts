import { requestOrigin } from "@/lib/request-origin";
import type { NextRequest } from "next/server";
import { personalCalendarResponse } from "@/lib/http/calendar-routes";
import { plainText } from "@/lib/http/responses";
import { calendarTokenFromSegment } from "@/lib/domain/calendar-urls";

export const dynamic = "force-dynamic";

/** /calendar/u/<secret>.ics: a calendar application cannot sign in, so the secret in the URL is the authorisation. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const token = calendarTokenFromSegment((await params).token);
  const response = token ? await personalCalendarResponse(requestOrigin(request), token) : null;
  return response ?? plainText(404, "No calendar has this address.");
}
