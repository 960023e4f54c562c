import { NextResponse, type NextRequest } from "next/server";
import { databaseReachable } from "@/lib/db/reachability";
import { contentSecurityPolicy, PLAIN_ANSWER_POLICY } from "@/lib/domain/content-security-policy";
import { isSameSiteWrite } from "@/lib/domain/request-origin-check";
import { MAX_REQUEST_BYTES } from "@/lib/domain/import-limit";
import { env } from "@/lib/env";
import { notFromThisSiteText, tooLargePage, unavailablePage, unreadableFormText } from "@/lib/http/plain-answers";
import {
  followsReaderLanguage, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALE_HEADER, PATH_HEADER, preferredLocale,
  splitLocalePath, type Locale,
} from "@/lib/i18n/negotiate.mjs";

/**
 * This site's origin as the reader reached it: NEXTAUTH_URL when set, else the Host (or the X-Forwarded-Host of a
 * trusted proxy: lib/server/serve-next.mjs removes a client's own X-Forwarded-* when TRUST_PROXY_HOPS is 0).
 */
function ownOrigin(request: NextRequest, configured: string | undefined): string {
  if (configured) return new URL(configured).origin;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
  const protocol = request.headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${protocol}://${host}`;
}

/**
 * A fresh nonce per request for the Content-Security-Policy (Next.js reads it from the request header), a plain 413
 * for a body larger than any form takes, a plain 403 for a write that did not come from this site (server actions,
 * sign-in and sign-out), a plain 400 for an action's form that cannot be read, and a plain 503 for page reads while
 * the database is down. Writes go on to their actions, which keep the typed text and say the save failed.
 */
export async function proxy(request: NextRequest) {
  const settings = env();
  const { prefix, path } = splitLocalePath(request.nextUrl.pathname);
  // A plain answer speaks the language of the address, as the page it stands in for would have.
  const locale: Locale = prefix ?? "en";
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) {
    return new NextResponse(tooLargePage(locale), {
      status: 413,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", Connection: "close",
        "Content-Security-Policy": PLAIN_ANSWER_POLICY },
    });
  }
  const write = { method: request.method, origin: request.headers.get("origin"), referer: request.headers.get("referer") };
  if (!isSameSiteWrite(write, ownOrigin(request, settings.NEXTAUTH_URL))) {
    return new NextResponse(notFromThisSiteText(locale), {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store",
        "Content-Security-Policy": PLAIN_ANSWER_POLICY },
    });
  }
  if (await isUnreadableActionForm(request)) {
    return new NextResponse(unreadableFormText(locale), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store",
        "Content-Security-Policy": PLAIN_ANSWER_POLICY },
    });
  }
  if (request.method === "GET" && !request.nextUrl.pathname.startsWith("/api/") && !(await databaseReachable())) {
    return new NextResponse(unavailablePage(locale), {
      status: 503,
      headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "30", "Cache-Control": "no-store",
        "Content-Security-Policy": PLAIN_ANSWER_POLICY },
    });
  }
  const isRead = request.method === "GET" || request.method === "HEAD";
  if (isRead && prefix === "en") return rememberLocale(redirectTo(request, path), "en", request);
  if (isRead && prefix === null && followsReaderLanguage(path) && preferredLocale({
    cookie: request.headers.get("cookie") ?? undefined, acceptLanguage: request.headers.get("accept-language") ?? undefined,
  }) === "es") {
    return redirectTo(request, path === "/" ? "/es" : `/es${path}`);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const isHttps = settings.NEXTAUTH_URL?.startsWith("https://") ?? false;
  const policy = contentSecurityPolicy({
    nonce,
    development: settings.NODE_ENV === "development",
    embeddable: path.startsWith("/embed/"),
    https: isHttps,
  });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  headers.set(LOCALE_HEADER, locale);
  headers.set(PATH_HEADER, path);
  // Spanish pages are the English ones rendered in another language: /es/x is answered by the page of /x, which
  // reads the language from the header (lib/i18n/request.ts), so no page file lives twice.
  const response = prefix === null ? NextResponse.next({ request: { headers } })
    : NextResponse.rewrite(withPath(request, path), { request: { headers } });
  // Only a page the reader opens is a choice: the router's prefetches of a Spanish page's links, answered after the
  // reader switched to English, set Spanish again (a browser marks a page it opens with Sec-Fetch-Dest: document).
  const opened = (request.headers.get("sec-fetch-dest") ?? "document") === "document";
  if (isRead && opened && prefix === "es" && followsReaderLanguage(path) &&
    request.cookies.get(LOCALE_COOKIE)?.value !== "es") {
    rememberLocale(response, "es", request);
  }
  response.headers.set("Content-Security-Policy", policy);
  // Only behind https: a browser that saw HSTS on a plain-http development host would refuse it afterwards.
  if (isHttps) {
    response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  return response;
}

/**
 * The request's address with another path, from nextUrl: a URL built from request.url can name another origin than
 * the one Next.js calls its own (127.0.0.1 against localhost), and a rewrite to it is then proxied over HTTP to this
 * very server, where proxy.ts sees the unprefixed path a second time.
 */
function withPath(request: NextRequest, pathname: string): URL {
  const target = request.nextUrl.clone();
  target.pathname = pathname;
  return target;
}

function redirectTo(request: NextRequest, pathname: string): NextResponse {
  return NextResponse.redirect(withPath(request, pathname), 307);
}

/** The reader's language choice, kept for a year: an address without a prefix then opens in it (above). */
function rememberLocale(response: NextResponse, locale: Locale, request: NextRequest): NextResponse {
  response.cookies.set(LOCALE_COOKIE, locale, {
    path: "/", maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax", secure: request.nextUrl.protocol === "https:",
  });
  return response;
}

/**
 * A server action's multipart body that does not parse (cut short, no boundary) makes Next.js answer 500. Read here
 * on a copy first, it gets a 400; a body that parses goes on untouched.
 */
async function isUnreadableActionForm(request: NextRequest): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  if (request.method !== "POST" || !request.headers.has("next-action") || !type.startsWith("multipart/form-data")) {
    return false;
  }
  try {
    await request.clone().formData();
    return false;
  } catch {
    return true;
  }
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
