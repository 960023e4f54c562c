import { panics } from "./panic";

/** The error shape the CLI understands (it reads `data.message`, `data.error_code` and `data.is_panic`). */
export type RpcError = {
  code: number;
  message: string;
  data: { message: string; error_code?: string; meta?: unknown; is_panic: boolean };
};

// The codes the native engine uses: 4466 for errors it reports to the user, -32603 for internal ones.
const USER_FACING = 4466;
const INTERNAL = -32603;
export const METHOD_NOT_FOUND = -32601;

function property(error: object, key: string): unknown {
  return Reflect.get(error, key);
}

/** A wasm trap is the engine panicking: its state afterwards cannot be trusted. */
export function isPanic(error: unknown): boolean {
  return error instanceof WebAssembly.RuntimeError;
}

/**
 * The wasm engine rejects with an Error carrying the Prisma error code (`P3009`, ...) in `code` when there is one;
 * that code is what the CLI's messages and exit paths key on, so it is passed through untouched.
 */
export function toRpcError(error: unknown): RpcError {
  if (isPanic(error)) {
    const message = panics.take() ?? (error instanceof Error ? error.message : String(error));
    return { code: INTERNAL, message, data: { message, is_panic: true } };
  }
  if (typeof error === "object" && error !== null) {
    const message = String(property(error, "message") ?? error);
    const code = property(error, "code");
    const meta = property(error, "meta");
    const errorCode = typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
    return {
      code: errorCode ? USER_FACING : INTERNAL,
      message: "An error happened. Check the data field for details.",
      data: { message, ...(errorCode ? { error_code: errorCode } : {}), ...(meta === undefined ? {} : { meta }), is_panic: false },
    };
  }
  const message = String(error);
  return { code: INTERNAL, message, data: { message, is_panic: false } };
}

export class UserFacingError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
