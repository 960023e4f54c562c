import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** `npm run user -- ARGS` as package.json runs it; asking for help touches no database. */
function runUserCli(...args: string[]) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/cli/user.ts", ...args],
    { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run user -- --help", () => {
  it.each([["--help"], ["-h"], ["help"]])("%s prints the usage and exits 0", (flag) => {
    const { code, stdout, stderr } = runUserCli(flag);
    expect(stderr).not.toContain("Unknown option");
    expect(stdout).toContain("Usage: npm run user -- COMMAND");
    expect(stdout).toContain("add --email EMAIL --role admin|editor|viewer");
    expect(code).toBe(0);
  });

  it("still refuses an option it does not know, with the usage, exit 2", () => {
    const { code, stderr } = runUserCli("list", "--colour");
    expect(stderr).toContain("Unknown option '--colour'");
    expect(stderr).toContain("Usage: npm run user -- COMMAND");
    expect(code).toBe(2);
  });
});
