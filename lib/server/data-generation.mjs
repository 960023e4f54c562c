// The generation of the public data, kept in this process and pushed by PostgreSQL: every write to a table a public
// page reads notifies `pledgeboard_data_change` at commit (migration 20261202070000_data_change_notify), whatever
// code wrote it and through whichever app instance. A cache keyed by the generation is therefore right without
// asking the database anything on a hit.
//
// While the LISTEN connection is down, a notification may be missed: the generation is then unknown (null) and the
// caches must not serve; once listening again, the generation moves on, as if everything had changed.
// Plain JavaScript, shared through globalThis, because two module graphs load it in one process: the web server in
// front of Next.js (lib/server/page-cache.mjs) and Next.js's own server bundle (lib/data/public-cache.ts).
import pg from "pg";

const CHANNEL = "pledgeboard_data_change";
const RETRY_MS = 1_000;
const HOLDER = Symbol.for("pledgeboard.dataGeneration");

/**
 * @typedef {{ current: () => string | null; wrote: () => void; close: () => Promise<void> }} DataGeneration
 */

/**
 * The process's one watcher of the data generation for `databaseUrl`, started at the first call.
 * @param {string} databaseUrl
 * @returns {DataGeneration}
 */
export function dataGeneration(databaseUrl) {
  const holder = /** @type {Record<symbol, Map<string, DataGeneration> | undefined>} */ (/** @type {unknown} */ (globalThis));
  const watchers = (holder[HOLDER] ??= new Map());
  let watcher = watchers.get(databaseUrl);
  if (!watcher) {
    watcher = watchDataGeneration(databaseUrl);
    watchers.set(databaseUrl, watcher);
  }
  return watcher;
}

/**
 * @param {string} databaseUrl
 * @returns {DataGeneration}
 */
function watchDataGeneration(databaseUrl) {
  // A new epoch per process: generations of two processes, or of one before and after a restart, never compare equal.
  const epoch = `${process.pid}.${Date.now().toString(36)}`;
  let counter = 0;
  /** @type {string | null} */
  let generation = null;
  /** @type {pg.Client | null} */
  let client = null;
  let closed = false;

  const advance = () => {
    counter += 1;
    generation = `${epoch}.${counter}`;
  };

  async function connect() {
    if (closed) return;
    const next = new pg.Client({ connectionString: databaseUrl, application_name: "pledgeboard-data-generation",
      connectionTimeoutMillis: 2_000 });
    const lost = () => {
      if (client !== next) return;
      client = null;
      generation = null;
      next.end().catch(() => undefined);
      retry();
    };
    next.on("error", lost);
    next.on("end", lost);
    next.on("notification", (message) => {
      if (message.channel === CHANNEL) advance();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
    } catch {
      next.end().catch(() => undefined);
      retry();
      return;
    }
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    // The socket must not keep a command-line tool alive after its work is done.
    /** @type {{ connection?: { stream?: { unref?: () => void } } }} */ (/** @type {unknown} */ (next)).connection?.stream?.unref?.();
    client = next;
    advance();
  }

  let retrying = false;
  function retry() {
    if (closed || retrying) return;
    retrying = true;
    setTimeout(() => {
      retrying = false;
      void connect();
    }, RETRY_MS).unref();
  }

  void connect();

  return {
    current: () => generation,
    // A write this process committed moves its generation at once: the page the write re-renders is drawn before
    // PostgreSQL's notification of it comes back, and must not be answered from the cache of before.
    wrote() {
      if (generation !== null) advance();
    },
    async close() {
      closed = true;
      const open = client;
      client = null;
      generation = null;
      await open?.end().catch(() => undefined);
    },
  };
}
