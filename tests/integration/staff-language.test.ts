import { afterEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { es } from "@/lib/messages/es";
import { postedFrom, signInAs } from "../support/session";
import { useTestDatabase } from "../support/test-database";
import { makeUser } from "../support/users";

const { setOwnLocaleAction } = await import("@/app/(site)/admin/actions");

const database = useTestDatabase();
const PASSWORD = "a long test password";

async function localeOf(id: string) {
  return (await database.prisma.user.findUniqueOrThrow({ where: { id }, select: { locale: true } })).locale;
}

function languageForm(locale: string) {
  const form = new FormData();
  form.set("locale", locale);
  return form;
}

afterEach(() => {
  postedFrom.locale = "en";
});

describe("the language of a staff member's reminder e-mail", () => {
  it("is English for an account made before anyone chose, and follows the language of the page they sign in on", async () => {
    const user = await makeUser(database.prisma, "EDITOR", { email: "sara@example.org", password: PASSWORD });
    expect(await localeOf(user.id)).toBe("en");
    expect(await authenticate({ email: "sara@example.org", password: PASSWORD, locale: "es" }, "10.1.0.1"))
      .toMatchObject({ ok: true });
    expect(await localeOf(user.id)).toBe("es");
    // A client that names no language (or one of none of ours) leaves the choice as it was.
    expect(await authenticate({ email: "sara@example.org", password: PASSWORD }, "10.1.0.1")).toMatchObject({ ok: true });
    expect(await authenticate({ email: "sara@example.org", password: PASSWORD, locale: "fr" }, "10.1.0.1"))
      .toMatchObject({ ok: true });
    expect(await localeOf(user.id)).toBe("es");
  });

  it("is not changed by a failed sign-in", async () => {
    const user = await makeUser(database.prisma, "VIEWER", { email: "tomas@example.org", password: PASSWORD });
    expect(await authenticate({ email: "tomas@example.org", password: "not the password", locale: "es" }, "10.1.0.2"))
      .toMatchObject({ ok: false });
    expect(await localeOf(user.id)).toBe("en");
  });

  it("is each staff member's own to change, in the words of the page they change it on", async () => {
    const viewer = await makeUser(database.prisma, "VIEWER");
    const other = await makeUser(database.prisma, "ADMIN");
    postedFrom.locale = "es";
    signInAs(null);
    expect((await setOwnLocaleAction({}, languageForm("es"))).message).toBe(es.form.sessionEnded);

    signInAs(viewer);
    expect(await setOwnLocaleAction({}, languageForm("es")))
      .toEqual({ ok: true, message: es.staff.home.emailLanguageSaved(es.content.languageNames.es) });
    expect(await localeOf(viewer.id)).toBe("es");
    expect(await localeOf(other.id)).toBe("en");

    const refused = await setOwnLocaleAction({}, languageForm("fr"));
    expect(refused).toMatchObject({ ok: false, message: es.form.needsAttention,
      fieldErrors: { locale: [es.fieldMessages["Choose English or Spanish."]] } });
    expect(await localeOf(viewer.id)).toBe("es");
  });
});
