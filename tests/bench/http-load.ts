import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export type LoadResult = { rps: number; p50: number; p99: number; errors: number; non2xx: number };

type AutocannonJson = {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
};

/** Load from a second process, as a real client would: autocannon's CLI with its JSON report. */
export function runAutocannon(url: string, connections: number, seconds: number,
  headers: Record<string, string> = {}): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const headerArguments = Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}=${value}`]);
    const child = spawn(process.execPath, [path.join(root, "node_modules/autocannon/autocannon.js"), "--json",
      "-c", String(connections), "-d", String(seconds), ...headerArguments, url], { stdio: ["ignore", "pipe", "ignore"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", () => {
      try {
        const report = JSON.parse(output) as AutocannonJson;
        resolve({ rps: report.requests.average, p50: report.latency.p50, p99: report.latency.p99,
          errors: report.errors + report.timeouts, non2xx: report.non2xx });
      } catch (error) {
        reject(new Error(`autocannon gave no JSON report for ${url}: ${String(error)}`));
      }
    });
  });
}

/** The baseline: the very same HTML bytes from a bare node:http server, the fastest anything could answer. */
export async function startStaticServer(body: Buffer): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
