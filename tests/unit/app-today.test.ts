import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** `appToday()` as a fresh process sees it: the environment is read once per process, as the app and CLIs do. */
function todayWith(environment: Record<string, string>) {
  const { PLEDGEBOARD_TODAY: _today, APP_TIME_ZONE: _zone, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e",
    "const { appToday } = await import('./lib/env.ts'); console.log(appToday(new Date('2026-07-04T03:00:00Z')));"],
  { cwd: root, encoding: "utf8", env: { ...inherited, ...environment } });
  return { today: result.stdout.trim(), error: result.stderr };
}

describe("the one clock of the app and the CLIs", () => {
  it("is the day PLEDGEBOARD_TODAY names, whatever the machine's clock says", () => {
    expect(todayWith({ PLEDGEBOARD_TODAY: "2025-12-31" }).today).toBe("2025-12-31");
  });

  it("is otherwise the day it is in APP_TIME_ZONE (still July 3 in New York at 03:00 UTC on July 4)", () => {
    expect(todayWith({ APP_TIME_ZONE: "America/New_York" }).today).toBe("2026-07-03");
    expect(todayWith({ APP_TIME_ZONE: "UTC" }).today).toBe("2026-07-04");
  });

  it("refuses a day that is not on the calendar, naming the setting", () => {
    const { today, error } = todayWith({ PLEDGEBOARD_TODAY: "2026-02-30" });
    expect(today).toBe("");
    expect(error).toContain("PLEDGEBOARD_TODAY must be a day of the calendar as YYYY-MM-DD");
  });
});
