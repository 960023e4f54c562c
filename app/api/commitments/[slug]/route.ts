import { listWholePublicHistory } from "@/lib/data/public-history";
import { commitmentDetailJson } from "@/lib/domain/commitment-json";
import { route } from "@/lib/http/route";
import { publicCommitment } from "@/lib/http/targets";

export const dynamic = "force-dynamic";

export const GET = route({
  refusals: "json",
  target: publicCommitment,
  answer: async ({ found, today, origin }) =>
    ({ json: commitmentDetailJson(found, await listWholePublicHistory(found.key), today, origin) }),
});
