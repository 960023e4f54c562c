import { isDatabaseReachable } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const reachable = await isDatabaseReachable();
  return Response.json(
    { status: reachable ? "ok" : "unavailable", database: reachable ? "reachable" : "unreachable" },
    { status: reachable ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
