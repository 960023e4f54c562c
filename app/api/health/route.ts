import { isDatabaseReachable } from "@/lib/data/health";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route({
  refusals: "json",
  answer: async () => {
    const reachable = await isDatabaseReachable();
    return { status: reachable ? 200 : 503,
      json: { status: reachable ? "ok" : "unavailable", database: reachable ? "reachable" : "unreachable" } };
  },
});
