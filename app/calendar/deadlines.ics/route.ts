import { publicCalendar } from "@/lib/http/calendar-routes";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route({ refusals: "text", answer: ({ origin }) => publicCalendar(origin) });
