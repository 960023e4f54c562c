import { describe, expect, it } from "vitest";
import { partOf, summarizeProfile, type CpuProfile } from "../bench/cpu-profile-summary";

describe("a CPU profile read as where the time went", () => {
  it("names the part of the process a frame belongs to by its script", () => {
    expect(partOf("(garbage collector)", "")).toBe("garbage collection");
    expect(partOf("(idle)", "")).toBe("idle");
    expect(partOf("parseDataRowMessage", "file:///work/x/node_modules/pg-protocol/dist/parser.js")).toBe("pg driver");
    expect(partOf("render", "file:///work/x/node_modules/next/dist/server/x.js")).toBe("Next.js");
    expect(partOf("q", "file:///work/x/node_modules/@prisma/client/runtime/client.js")).toBe("Prisma");
    expect(partOf("encodeCsvRow", "file:///work/x/lib/domain/csv-encode.ts")).toBe("our code");
    expect(partOf("write", "node:internal/streams/writable")).toBe("V8 and Node internals");
    expect(partOf("p", "file:///work/x/.next/server/app/page.js")).toBe("app bundle (our code and bundled packages)");
  });

  it("gives each sample the time delta that follows it, summed per function and per part", () => {
    const frame = (id: number, functionName: string, url: string) => ({ id, callFrame: { functionName, url, lineNumber: 9 } });
    const profile: CpuProfile = {
      nodes: [frame(1, "(root)", ""), frame(2, "encodeCsvRow", "file:///w/lib/domain/csv-encode.ts"),
        frame(3, "(garbage collector)", ""), frame(4, "(idle)", "")],
      // Deltas in microseconds; the first is the time before the first sample and is nobody's.
      samples: [2, 2, 3, 4],
      timeDeltas: [500, 1_000, 3_000, 2_000],
    };
    const summary = summarizeProfile(profile);
    expect(summary.totalMs).toBe(6);
    expect(summary.parts).toEqual([
      { part: "our code", ms: 4, share: 4 / 6 },
      { part: "garbage collection", ms: 2, share: 2 / 6 },
      { part: "idle", ms: 0, share: 0 },
    ]);
    expect(summary.functions[0]).toEqual({ name: "encodeCsvRow lib/domain/csv-encode.ts:10", part: "our code", ms: 4, share: 4 / 6 });
  });
});
