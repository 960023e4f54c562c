import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/domain/content-security-policy";
import { env } from "@/lib/env";

/** A fresh nonce per request for the Content-Security-Policy; Next.js reads it from the request header. */
export function proxy(request: NextRequest) {
  const settings = env();
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

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
