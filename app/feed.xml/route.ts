import { getFramework } from "@/lib/data/frameworks";
import { publicFeed } from "@/lib/http/feed-route";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route({
  refusals: "text",
  answer: async ({ origin }) => publicFeed({ kind: "all", framework: (await getFramework()).shortName }, origin),
});
