import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TEnv } from "../env";

/**
 * The secret that signs session tokens. Given in NEXTAUTH_SECRET, it is used as is. Without it, the embedded set-up
 * and development make one once and keep it in the data folder; a production deployment on its own database must
 * give one, since every instance behind a load balancer has to share it.
 */
export async function resolveAuthSecret(settings: TEnv, dataDir: string, dev: boolean): Promise<string> {
  if (settings.NEXTAUTH_SECRET) return settings.NEXTAUTH_SECRET;
  if (settings.DATABASE_URL && !dev) {
    throw new Error(
      "NEXTAUTH_SECRET is required in production when DATABASE_URL is set: every app instance must sign sessions " +
        "with the same secret. Generate one with `openssl rand -hex 32` and set it in the environment.",
    );
  }
  const file = path.join(dataDir, "nextauth-secret");
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    const secret = randomBytes(32).toString("hex");
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    await writeFile(file, secret + "\n", { mode: 0o600 });
    return secret;
  }
}
