/**
 * The Content-Security-Policy of every page: scripts only from this site and with this response's nonce (Next.js
 * puts it on its own scripts), never eval outside development. Inline style attributes are allowed because charts
 * size their bars with them; they cannot run code. Only the embeddable cards may be framed, by any site.
 */
export function contentSecurityPolicy(options: { nonce: string; development: boolean; embeddable: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.embeddable ? "*" : "'none'"}`,
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
