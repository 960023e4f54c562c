import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id at OWASP's baseline (19 MiB of memory, 2 passes, 1 lane): about 30 ms a hash on this machine's cores,
 * slow enough to make a stolen hash expensive to guess and fast enough for sign-in.
 */
// The library's default algorithm is argon2id; a test checks the hash says so.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Compared against when the email is unknown, so that an unknown email takes as long as a wrong password. */
export const DUMMY_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$nQlttZKZPUybuK5JXzVzJQ$zPsPnIfqoByOk+HiliUSwZKnLJRnt5ME+89TGSJo/5o";
