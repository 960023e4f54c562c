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
});
