// @security
import { describe, expect, it } from "vitest";
import { encodeCsvCell, decodeCsvCell } from "@/lib/domain/csv-encode";
import { safeReturnPath } from "@/lib/domain/return-path";
import { throttleAddressKey } from "@/lib/domain/sign-in-throttle";
import { isSameSiteWrite } from "@/lib/domain/request-origin-check";
import { ZCommitmentFields } from "@/lib/validation/commitment";
import { ZDisplayName } from "@/lib/validation/user";
import { scriptsMatchTheirPolicy } from "@/lib/server/page-cache.mjs";
import { securityHeaders } from "@/lib/server/security-headers.mjs";

describe("return paths after sign-in (issue 13, item 1)", () => {
  it("keeps a path of this site, query and fragment included", () => {
    expect(safeReturnPath("/admin/commitments?status=AT_RISK&q=a%20b#list")).toBe("/admin/commitments?status=AT_RISK&q=a%20b#list");
  });

  it("sends every known bypass to the dashboard", () => {
    for (const bypass of ["/\t/evil.example/", "/\n/evil.example", "/\r/evil.example", "/%09/evil.example",
      "/%0A/evil.example", "/%0D", "\n", "/\\evil.example", "\\/evil.example", "//evil.example", "/%2F/evil.example",
      "/%2f/evil.example", "/%5C/evil.example", "/%252F/evil.example", "/%25252F%25252Fevil.example",
      "https://evil.example", "https:evil.example", "/ /evil.example", "/\u202E/evil", "/%E0%A4%A", "javascript:alert(1)"]) {
      expect(safeReturnPath(bypass), JSON.stringify(bypass)).toBe("/admin");
    }
  });
});

describe("the address sign-in throttling counts (issue 13, item 2)", () => {
  it("counts an IPv6 /64 as one address, and IPv4 (mapped or not) by itself", () => {
    expect(throttleAddressKey("2001:db8:1:2::5")).toBe(throttleAddressKey("2001:db8:1:2:ffff:eeee:dddd:cccc"));
    expect(throttleAddressKey("2001:db8:1:2::5")).not.toBe(throttleAddressKey("2001:db8:1:3::5"));
    expect(throttleAddressKey("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(throttleAddressKey("192.0.2.1")).not.toBe(throttleAddressKey("192.0.2.2"));
  });
});

describe("writes from this site only (issue 13, item 9)", () => {
  const own = "http://pledgeboard.test";
  it("refuses a POST with neither Origin nor Referer, or with another site's", () => {
    expect(isSameSiteWrite({ method: "POST", origin: null, referer: null }, own)).toBe(false);
    expect(isSameSiteWrite({ method: "POST", origin: "null", referer: null }, own)).toBe(false);
    expect(isSameSiteWrite({ method: "POST", origin: "https://evil.example", referer: `${own}/admin` }, own)).toBe(false);
    expect(isSameSiteWrite({ method: "POST", origin: null, referer: "https://evil.example/x" }, own)).toBe(false);
  });
  it("accepts this site's Origin, or its Referer when the Origin is missing, and every read", () => {
    expect(isSameSiteWrite({ method: "POST", origin: own, referer: null }, own)).toBe(true);
    expect(isSameSiteWrite({ method: "POST", origin: null, referer: `${own}/admin/users` }, own)).toBe(true);
    expect(isSameSiteWrite({ method: "GET", origin: null, referer: null }, own)).toBe(true);
  });
});

describe("CSV cells with ; or tab (issue 13, item 7)", () => {
  it("quotes them, guards each piece after a split, and the import reads back exactly what was written", () => {
    expect(encodeCsvCell("x;=1+1")).toBe(`"x;'=1+1"`);
    expect(encodeCsvCell("a\t@b")).toBe(`"a\t'@b"`);
    expect(encodeCsvCell("a;b")).toBe(`"a;b"`);
    for (const text of ["x;=1+1", "\tfoo", "'=1", "x;'=1;-2", ";;=", "\t\t=", "'\t'", "plain; text"]) {
      const unquoted = encodeCsvCell(text).replace(/^"([\s\S]*)"$/, (_all, inner: string) => inner.replaceAll('""', '"'));
      expect(decodeCsvCell(unquoted), JSON.stringify(text)).toBe(text);
    }
  });
});

describe("bidirectional controls (issue 13, item 8)", () => {
  it("are refused in titles and display names, with the reason", () => {
    const fields = { title: "Safe \u202Etxt.exe", description: "d", sourceText: "s", sourceSection: "", pillarId: "",
      type: "PROGRAM", leadCountry: "CR", partnerCountries: [], collectiveActor: "", parentKey: "" };
    const title = ZCommitmentFields.safeParse(fields);
    expect(title.success).toBe(false);
    expect(title.error?.issues.find((issue) => issue.path[0] === "title")?.message).toMatch(/direction marks/);
    expect(ZCommitmentFields.safeParse({ ...fields, title: "Safe title" }).success).toBe(true);
    expect(ZDisplayName.safeParse("Ana \u2067x\u2069").success).toBe(false);
  });
});

describe("the page cache keeps only pages whose scripts carry their policy's nonce (issue 13, item 5)", () => {
  const headers = { "content-security-policy": "script-src 'self' 'nonce-abc' 'strict-dynamic'" };
  it("refuses a prerendered page with no nonce or another one", () => {
    expect(scriptsMatchTheirPolicy(headers, Buffer.from('<script src="/a.js"></script>'))).toBe(false);
    expect(scriptsMatchTheirPolicy(headers, Buffer.from('<script nonce="old">x</script>'))).toBe(false);
    expect(scriptsMatchTheirPolicy(headers, Buffer.from('<script nonce="abc">x</script><p>ok</p>'))).toBe(true);
  });
});

describe("headers of every answer (issue 13, item 6)", () => {
  it("lets other sites load the embeds, feeds, API, public CSV and calendar, and nothing else", () => {
    for (const open of ["/embed/countries/cr", "/feed.xml", "/api/commitments", "/api/commitments/x",
      "/countries/cr/feed.xml", "/export/updates.csv", "/calendar/deadlines.ics"]) {
      expect(securityHeaders(open)["Cross-Origin-Resource-Policy"], open).toBe("cross-origin");
    }
    for (const closed of ["/", "/admin", "/admin/export/updates.csv", "/calendar/u/secret.ics", "/api/auth/session"]) {
      expect(securityHeaders(closed)["Cross-Origin-Resource-Policy"], closed).toBe("same-origin");
    }
  });
});
