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

/**
 * For answers that are not pages of the app (the plain 413 and 503 pages, errors of route handlers, files): they
 * run nothing, load nothing and may be framed by nobody.
 */
export const PLAIN_ANSWER_POLICY = "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
