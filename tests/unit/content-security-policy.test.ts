// @security
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/domain/content-security-policy";

describe("contentSecurityPolicy", () => {
  const base = { nonce: "abc123==", development: false, embeddable: false, https: false };

  it("allows scripts only with the nonce, and no eval in production", () => {
    const policy = contentSecurityPolicy(base);
    expect(policy).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("object-src 'none'");
  });

  it("forbids framing except for embeds", () => {
    expect(contentSecurityPolicy(base)).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ ...base, embeddable: true })).toContain("frame-ancestors *");
  });

  it("upgrades insecure requests only behind https", () => {
    expect(contentSecurityPolicy(base)).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ ...base, https: true })).toContain("upgrade-insecure-requests");
  });

  it("names every directive with exactly its sources, so a widened or dropped source is a reviewed change", () => {
    const directives = (policy: string) => Object.fromEntries(policy.split("; ").map((directive) => {
      const [name, ...sources] = directive.split(" ");
      return [name, sources.join(" ")];
    }));
    expect(directives(contentSecurityPolicy({ ...base, https: true }))).toEqual({
      "default-src": "'self'",
      "script-src": "'self' 'nonce-abc123==' 'strict-dynamic'",
      // Charts size their bars with style attributes; inline styles cannot run code.
      "style-src": "'self' 'unsafe-inline'",
      "img-src": "'self' data:",
      "font-src": "'self'",
      "connect-src": "'self'",
      "object-src": "'none'",
      "base-uri": "'self'",
      "form-action": "'self'",
      "frame-ancestors": "'none'",
      "upgrade-insecure-requests": "",
    });
    expect(contentSecurityPolicy(base).split("; ").at(-1)).toBe("frame-ancestors 'none'");
  });

  it("allows eval in development only, where the dev server's reloading needs it", () => {
    const scripts = contentSecurityPolicy({ ...base, development: true }).split("; ").find((d) => d.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic' 'unsafe-eval'");
  });
});
