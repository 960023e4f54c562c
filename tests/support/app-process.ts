import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export type StartedProcess = {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (null when a signal ended it) once the whole `npm start` has exited. */
  exited: Promise<number | null>;
};

/** Runs the start script as `npm start` does, on its own data folder and port, without waiting for anything. */
export function spawnStart(options: { dataDir: string; port: number; env?: Record<string, string> }): StartedProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/start.ts"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: options.dataDir, PORT: String(options.port), HOST: "127.0.0.1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => log, exited };
}

export type AppProcess = StartedProcess & {
  baseUrl: string;
  /** Sends the signal and waits for the whole `npm start` to exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
};

/** Runs the start script as `npm start` does, on its own data folder and port, and waits for it to serve. */
export async function startApp(options: { dataDir: string; port?: number; env?: Record<string, string> }): Promise<AppProcess> {
  const port = options.port ?? (await freePort());
  const { child, output, exited } = spawnStart({ ...options, port });
  const baseUrl = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output()}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`npm start did not serve within 120 s:\n${output()}`);
    }
    const status = await fetch(`${baseUrl}/api/health`).then((response) => response.status, () => 0);
    if (status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    baseUrl,
    child,
    output,
    exited,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
