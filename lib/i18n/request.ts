import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { env } from "../env";
import { DEFAULT_LOCALE, isLocale, LOCALE_HEADER } from "./negotiate.mjs";

/**
 * next-intl's per-request configuration, "without i18n routing": the language is not a [locale] folder but the
 * header proxy.ts sets from the address (/es/... is Spanish), so no page file exists twice.
 */
export default getRequestConfig(async ({ locale }) => {
  const asked = locale ?? (await headers()).get(LOCALE_HEADER);
  return { locale: isLocale(asked) ? asked : DEFAULT_LOCALE, timeZone: env().APP_TIME_ZONE };
});
