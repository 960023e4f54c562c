import { createInterface } from "node:readline";
import { onCrash } from "./crash";
import { isPanic, METHOD_NOT_FOUND, toRpcError, type RpcError } from "./errors";

type Id = string | number | null;
type Request = { id?: Id; method: string; params?: unknown };
type Response = { jsonrpc: "2.0"; id: Id } & ({ result: unknown } | { error: RpcError });

/** What a method may ask of the CLI on the other end of the pipe. */
export type Peer = {
  /** The CLI writes `content` to its stdout; the native engine prints `migrate diff` output this way. */
  print(content: string): Promise<void>;
};

export type Handler = (params: unknown, peer: Peer) => Promise<unknown>;

const PARSE_ERROR = -32700;
const PANIC_EXIT_CODE = 101;

function send(message: Response | (Request & { jsonrpc: "2.0" })): void {
  process.stdout.write(JSON.stringify(message) + "\n");
}

function failure(code: number, message: string): RpcError {
  return { code, message, data: { message, is_panic: false } };
}

type Incoming = { kind: "request"; request: Request } | { kind: "response"; id: Id; error?: unknown } | { kind: "invalid"; error: RpcError };

function parseLine(line: string): Incoming {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value === "object" && value !== null) {
      if ("method" in value && typeof value.method === "string") return { kind: "request", request: value as Request };
      if ("id" in value && ("result" in value || "error" in value)) {
        return { kind: "response", id: value.id as Id, error: "error" in value ? value.error : undefined };
      }
    }
  } catch {
    // Answered below like any other malformed message.
  }
  return { kind: "invalid", error: failure(PARSE_ERROR, `Not a JSON-RPC message: ${line.slice(0, 200)}`) };
}

/**
 * Requests run one at a time, in arrival order: the wasm engine is not meant to run commands concurrently, and the
 * CLI waits for each answer anyway. Responses (to this side's own `print` requests) are matched as they arrive, even
 * while a request is running, since that request is what waits for them. When stdin closes (the CLI's `stop()`),
 * the running request is finished and answered, and the promise resolves.
 */
export function serve(handlers: Record<string, Handler>): Promise<void> {
  let inFlight: Id | undefined;
  let nextOwnId = 1;
  const awaitingAnswer = new Map<Id, { resolve: () => void; reject: (error: Error) => void }>();

  const peer: Peer = {
    print(content) {
      const id = `bridge-${nextOwnId++}`;
      return new Promise((resolve, reject) => {
        awaitingAnswer.set(id, { resolve, reject });
        send({ jsonrpc: "2.0", id, method: "print", params: { content } });
      });
    },
  };

  // An error that escaped the method's promise still answers the request, rather than leave the CLI waiting.
  onCrash((error) => {
    if (inFlight !== undefined) send({ jsonrpc: "2.0", id: inFlight, error: toRpcError(error) });
  });

  async function handle(request: Request): Promise<void> {
    const id = request.id ?? null;
    const handler = Object.hasOwn(handlers, request.method) ? handlers[request.method] : undefined;
    if (!handler) {
      send({ jsonrpc: "2.0", id, error: failure(METHOD_NOT_FOUND, `Method not found: ${request.method}`) });
      return;
    }
    inFlight = id;
    try {
      // JSON has no undefined: a method without a result answers null, which the CLI takes as success.
      send({ jsonrpc: "2.0", id, result: (await handler(request.params, peer)) ?? null });
    } catch (error) {
      send({ jsonrpc: "2.0", id, error: toRpcError(error) });
      if (isPanic(error)) process.exit(PANIC_EXIT_CODE);
    } finally {
      inFlight = undefined;
    }
  }

  return new Promise((resolve) => {
    let queue = Promise.resolve();
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    lines.on("line", (line) => {
      if (!line.trim()) return;
      const incoming = parseLine(line);
      switch (incoming.kind) {
        case "request":
          queue = queue.then(() => handle(incoming.request));
          break;
        case "response": {
          const waiting = awaitingAnswer.get(incoming.id);
          awaitingAnswer.delete(incoming.id);
          if (incoming.error === undefined) waiting?.resolve();
          else waiting?.reject(new Error(`The CLI refused a request: ${JSON.stringify(incoming.error)}`));
          break;
        }
        case "invalid":
          send({ jsonrpc: "2.0", id: null, error: incoming.error });
      }
    });
    lines.on("close", () => {
      // Nobody is left to answer this side's own requests.
      for (const waiting of awaitingAnswer.values()) waiting.reject(new Error("The CLI closed the connection"));
      awaitingAnswer.clear();
      void queue.then(resolve);
    });
  });
}
