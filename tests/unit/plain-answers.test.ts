import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { MAX_REQUEST_BYTES } from "@/lib/domain/import-limit";
import { proxy } from "@/proxy";

const SITE = "http://localhost:3000";

/** A form posted to `path` from another site, as a forged request sends it. */
const foreignPost = (path: string) => new NextRequest(SITE + path, { method: "POST", headers: { origin: "http://elsewhere.example" } });
/** A form posted to `path` from this site with a body larger than any form takes. */
const oversizedPost = (path: string) => new NextRequest(SITE + path,
  { method: "POST", headers: { origin: SITE, "content-length": String(MAX_REQUEST_BYTES + 1) } });

describe("the proxy's plain answers speak the address's language", () => {
  it("a forged write to an English page is refused in English, to a Spanish page in Spanish", async () => {
    const english = await proxy(foreignPost("/admin/commitments/x"));
    expect(english.status).toBe(403);
    expect(await english.text()).toMatch(/^This request did not come from a page of this site/);
    const spanish = await proxy(foreignPost("/es/admin/commitments/x"));
    expect(spanish.status).toBe(403);
    expect(await spanish.text()).toMatch(/^Esta solicitud no vino de una página de este sitio/);
  });

  it("an oversized upload from the Spanish import is a Spanish page that leads back to the Spanish import", async () => {
    const answer = await proxy(oversizedPost("/es/admin/import"));
    expect(answer.status).toBe(413);
    const html = await answer.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain("<h1>Este archivo es demasiado grande</h1>");
    expect(html).toContain('<a href="/es/admin/import">Volver a la importación</a>');
    const english = await (await proxy(oversizedPost("/admin/import"))).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<a href="/admin/import">Back to the import</a>');
  });
});
