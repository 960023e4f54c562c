import { NextResponse, type NextRequest } from "next/server";
import { databaseReachable } from "@/lib/db/reachability";
import { contentSecurityPolicy } from "@/lib/domain/content-security-policy";
import { MAX_IMPORT_LABEL, MAX_REQUEST_BYTES } from "@/lib/domain/import-limit";
import { env } from "@/lib/env";

const UNAVAILABLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Temporarily unavailable</title></head>
<body><main><h1>Pledgeboard is temporarily unavailable</h1><p>The tracker cannot reach its database just now. Nothing
saved has been lost. Please try again in a minute.</p></main></body></html>`;

const TOO_LARGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Upload too large</title></head>
<body><main><h1>This upload is too large</h1><p>Pledgeboard takes files of at most ${MAX_IMPORT_LABEL}. Nothing was read
or saved. Import a larger sheet in parts, for example one country at a time.</p><p><a href="/admin/import">Back to the
import</a></p></main></body></html>`;

/**
 * A fresh nonce per request for the Content-Security-Policy (Next.js reads it from the request header), a plain 413
 * for a body larger than any form takes, a plain 400 for an action's form that cannot be read, and a plain 503 for page reads while the database is down. Writes go on to their actions, which keep the typed text and say
 * the save failed.
 */
export async function proxy(request: NextRequest) {
  const settings = env();
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) {
    return new NextResponse(TOO_LARGE, {
      status: 413,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", Connection: "close" },
    });
  }
  if (await isUnreadableActionForm(request)) {
    return new NextResponse("The form could not be read: its body is not well-formed multipart. Nothing was saved.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  if (request.method === "GET" && !request.nextUrl.pathname.startsWith("/api/") && !(await databaseReachable())) {
    return new NextResponse(UNAVAILABLE, {
      status: 503,
      headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "30", "Cache-Control": "no-store" },
    });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const isHttps = settings.NEXTAUTH_URL?.startsWith("https://") ?? false;
  const policy = contentSecurityPolicy({
    nonce,
    development: settings.NODE_ENV === "development",
    embeddable: request.nextUrl.pathname.startsWith("/embed/"),
    https: isHttps,
  });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  // Only behind https: a browser that saw HSTS on a plain-http development host would refuse it afterwards.
  if (isHttps) {
    response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
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
