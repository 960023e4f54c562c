import type { NextRequest } from "next/server";
import { listPublicCommitments } from "@/lib/data/public-commitments";
import { listFilterChoices } from "@/lib/data/reference-lists";
import { commitmentListJson } from "@/lib/domain/commitment-json";
import { appToday } from "@/lib/env";
import { requestOrigin } from "@/lib/request-origin";
import { parseApiCommitmentQuery } from "@/lib/validation/api-commitment-query";
import { filtersToQuery } from "@/lib/validation/commitment-filters";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const query = parseApiCommitmentQuery(request.nextUrl.searchParams, await listFilterChoices());
  if (!query.ok) {
    return Response.json({ error: query.error, bad_parameters: query.badParameters },
      { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  const { filters } = query;
  const origin = requestOrigin(request);
  const today = appToday();
  const { total, counted, pageCount, rows } = await listPublicCommitments(filters, today);
  const nextUrl = filters.page < pageCount ? `${origin}/api/commitments${filtersToQuery(filters, { page: filters.page + 1 })}` : null;
  return Response.json(commitmentListJson({ total, counted, page: filters.page, pageCount, nextUrl, rows }, today, origin),
    { headers: { "Cache-Control": "no-store" } });
}
