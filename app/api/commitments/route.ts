import { listPublicCommitments } from "@/lib/data/public-commitments";
import { commitmentListJson } from "@/lib/domain/commitment-json";
import { route } from "@/lib/http/route";
import { commitmentQuery } from "@/lib/http/targets";
import { filtersToQuery } from "@/lib/validation/commitment-filters";

export const dynamic = "force-dynamic";

export const GET = route({
  refusals: "json",
  query: commitmentQuery,
  answer: async ({ query: filters, today, origin }) => {
    const { total, counted, pageCount, rows } = await listPublicCommitments(filters, today);
    const nextUrl = filters.page < pageCount ? `${origin}/api/commitments${filtersToQuery(filters, { page: filters.page + 1 })}` : null;
    return { json: commitmentListJson({ total, counted, page: filters.page, pageCount, nextUrl, rows }, today, origin) };
  },
});
