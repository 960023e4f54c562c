// @security
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startApp, type AppProcess } from "../support/app-process";

/** The documented limits (docs/security.md): failed sign-ins per account and per address within 15 minutes. */
const PER_ACCOUNT = 5;
const PER_ADDRESS = 20;

let app: AppProcess;
let dataDir: string;

test.describe.configure({ mode: "serial" });

// An app of its own behind one trusted proxy hop, so that each attempt can come from an address of its choosing
// (X-Forwarded-For), and so that the failures recorded here throttle no other test.
test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = await mkdtemp(path.join(tmpdir(), "pledgeboard-throttling-"));
  app = await startApp({ dataDir, env: { TRUST_PROXY_HOPS: "1" } });
});

test.afterAll(async () => {
  await app?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** One sign-in through next-auth's endpoint, as the sign-in form posts it; "checked" when the password was tried. */
async function attempt(csrf: { token: string; cookie: string }, email: string, address: string) {
  const response = await fetch(`${app.baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie, origin: app.baseUrl,
      "x-forwarded-for": address },
    body: new URLSearchParams({ email, password: "wrong password 123", csrfToken: csrf.token, json: "true" }),
  });
  const answer = `${response.headers.get("location") ?? ""} ${await response.text()}`;
  if (answer.includes("error=INVALID")) return "checked";
  if (answer.includes("error=THROTTLED")) return "throttled";
  throw new Error(`Unexpected answer ${response.status}: ${answer}`);
}

async function csrfToken() {
  const response = await fetch(`${app.baseUrl}/api/auth/csrf`);
  const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  return { token: ((await response.json()) as { csrfToken: string }).csrfToken, cookie };
}

test(`${PER_ACCOUNT * 4} concurrent wrong passwords for one account, each from its own address: at most ${PER_ACCOUNT} checked`, async () => {
  const csrf = await csrfToken();
  const answers = await Promise.all(Array.from({ length: PER_ACCOUNT * 4 },
    (_, index) => attempt(csrf, "victim@example.org", `198.51.100.${index + 1}`)));
  expect(answers.filter((answer) => answer === "checked")).toHaveLength(PER_ACCOUNT);
});

test(`${PER_ADDRESS * 2} concurrent attempts from one IPv6 /64, each at another account: at most ${PER_ADDRESS} checked`, async () => {
  const csrf = await csrfToken();
  const answers = await Promise.all(Array.from({ length: PER_ADDRESS * 2 },
    (_, index) => attempt(csrf, `user${index}@example.org`, `2001:db8:7:1::${(index + 1).toString(16)}`)));
  expect(answers.filter((answer) => answer === "checked")).toHaveLength(PER_ADDRESS);
  // The next /64 is another address.
  expect(await attempt(csrf, "someone@example.org", "2001:db8:7:2::1")).toBe("checked");
});
