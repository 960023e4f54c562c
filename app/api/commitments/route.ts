import type { NextRequest } from "next/server";
import { listPublicCommitments } from "@/lib/data/public-commitments";
import { todayIn } from "@/lib/domain/calendar-date";
import { commitmentSummaryJson } from "@/lib/domain/commitment-json";
import { appOrigin, env } from "@/lib/env";
import { filtersToQuery, parseCommitmentFilters } from "@/lib/validation/commitment-filters";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const { filters, ignored } = parseCommitmentFilters(Object.fromEntries(request.nextUrl.searchParams));
  if (ignored.length > 0) {
    return Response.json({ error: `Unknown or malformed parameter value: ${ignored.join(", ")}.`, ignored }, { status: 400 });
  }
  const today = todayIn(env().APP_TIME_ZONE);
  const origin = appOrigin(request.headers.get("host"));
  const { total, pageCount, rows } = await listPublicCommitments(filters, today);
  return Response.json({
    total,
    page: filters.page,
    page_count: pageCount,
    next: filters.page < pageCount ? `${origin}/api/commitments${filtersToQuery(filters, { page: filters.page + 1 })}` : null,
    commitments: rows.map((row) => commitmentSummaryJson(row, today, origin)),
  }, { headers: { "Cache-Control": "no-cache" } });
}
