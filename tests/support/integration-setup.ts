import { vi } from "vitest";
import { LOCALE_HEADER } from "@/lib/i18n/negotiate.mjs";
import { postedFrom, signedIn } from "./session";

// Server actions read the session through next-auth's getServerSession, which needs a Next.js request: tests stand
// in for the signed cookie with `signedIn` (see session.ts). Everything behind it runs for real.
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => signedIn.session,
}));

// Cache invalidation needs Next.js's request store; what a write shows on the public pages is tested end to end.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

// Actions answer in the language of the page they were posted from, which proxy.ts puts in a request header.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ [LOCALE_HEADER]: postedFrom.locale }) }));
