import { publicCalendar } from "@/lib/http/calendar-routes";
import { route } from "@/lib/http/route";
import { frameworkScopeQuery } from "@/lib/http/targets";

export const dynamic = "force-dynamic";

export const GET = route({ refusals: "text", query: frameworkScopeQuery,
  answer: ({ origin, query, locale }) => publicCalendar(origin, query, locale) });
