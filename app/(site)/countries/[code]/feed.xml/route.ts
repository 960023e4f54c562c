import { publicFeed } from "@/lib/http/feed-route";
import { route } from "@/lib/http/route";
import { country } from "@/lib/http/targets";
import { localizeCountry } from "@/lib/i18n/country-names";

export const dynamic = "force-dynamic";

export const GET = route({
  refusals: "text",
  target: country,
  answer: ({ found, origin, locale }) => publicFeed(
    { kind: "country", code: found.code, name: localizeCountry(found, locale).name }, origin, locale),
});
