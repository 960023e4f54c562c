/**
 * Whether an error says the connection to PostgreSQL is gone (refused, reset, ended by a shutdown) rather than
 * anything about the data or the code. Read from the error itself, because the reachability check is a cache that
 * may still say "up" for a second after the database has stopped.
 */
const CONNECTION_CODES = new Set([
  // Node's socket errors, as pg passes them on.
  "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND",
  // PostgreSQL: connection exceptions (class 08) and the server shutting down or refusing connections (57P0x).
  "08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03",
  // Prisma's own: cannot reach, timed out, closed, no connection from the pool in time.
  "P1001", "P1002", "P1017", "P2024",
]);

/** How Prisma's driver adapter names a connection it could not make or lost (meta.driverAdapterError.cause.kind). */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TlsConnectionError",
  "TooManyConnections"]);

type Inspected = { code?: unknown; kind?: unknown; severity?: unknown; cause?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } } };

export function lostConnection(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const { code, kind, severity, cause, meta } = error as Inspected;
  if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  // A FATAL error from PostgreSQL ends the session: the connection is gone whatever the code says.
  if (severity === "FATAL") return true;
  return lostConnection(meta?.driverAdapterError?.cause, depth + 1) || lostConnection(cause, depth + 1);
}
