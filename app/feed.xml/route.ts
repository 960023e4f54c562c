import { getFramework } from "@/lib/data/frameworks";
import { frameworkKeyOf } from "@/lib/http/framework-scope";
import { publicFeed } from "@/lib/http/feed-route";
import { route } from "@/lib/http/route";
import { frameworkScopeQuery } from "@/lib/http/targets";

export const dynamic = "force-dynamic";

export const GET = route({
  refusals: "text",
  query: frameworkScopeQuery,
  answer: async ({ origin, query, locale }) => publicFeed({ kind: "all",
    framework: (await getFramework(await frameworkKeyOf(query))).shortName, ...(query ? { filter: query } : {}) }, origin, locale),
});
