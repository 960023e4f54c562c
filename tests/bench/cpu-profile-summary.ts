/**
 * A V8 CPU profile (`node --cpu-prof`) read as where the time went: self time per function and per part of the
 * process (our code, Next.js, React, Prisma, the pg driver, Node itself, garbage collection, idle). Named parts are
 * what a reader of a missed benchmark goal needs; a flame graph tool can open the same file for more.
 */
export type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
};

export type ProfileSummary = {
  totalMs: number;
  parts: { part: string; ms: number; share: number }[];
  functions: { name: string; part: string; ms: number; share: number }[];
};

const PARTS: [string, RegExp][] = [
  ["Prisma", /node_modules\/(@prisma|\.prisma)\/|lib\/generated\/prisma\//],
  ["pg driver", /node_modules\/(pg|pg-protocol|pg-pool|pg-cursor|pg-types|postgres-array)\//],
  ["React", /react-dom|react-server-dom|node_modules\/react\//],
  ["Next.js", /node_modules\/next\//],
  ["other packages", /node_modules\//],
  // A production build bundles our code with the packages it imports into minified chunks.
  ["app bundle (our code and bundled packages)", /\.next\/server\//],
  ["our code", /\/(lib|app|components)\//],
];

/** The part a frame belongs to, by its script's address; V8's own entries ("(garbage collector)") name themselves. */
export function partOf(functionName: string, url: string): string {
  if (url === "") {
    if (functionName === "(idle)") return "idle";
    if (functionName === "(garbage collector)") return "garbage collection";
    return functionName.startsWith("(") ? "V8 and Node internals" : "native";
  }
  for (const [part, pattern] of PARTS) if (pattern.test(url)) return part;
  return url.startsWith("node:") ? "V8 and Node internals" : "other";
}

/** A script's address from the project's root or from its package, as a reader looks it up. */
const shortUrl = (url: string) =>
  url.replace(/^.*\/node_modules\//, "").replace(/^.*?\/((lib|app|components|tests|\.next)\/)/, "$1");

export function summarizeProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  // A sample's time is the delta that follows it: V8 stamps each sample with the time since the one before.
  profile.samples.forEach((id, index) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0));
  });
  const parts = new Map<string, number>();
  const functions = new Map<string, { part: string; us: number }>();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byNode.get(id)!.callFrame;
    const part = partOf(functionName, url);
    totalUs += us;
    parts.set(part, (parts.get(part) ?? 0) + us);
    const name = url === "" ? functionName : `${functionName || "(anonymous)"} ${shortUrl(url)}:${lineNumber + 1}`;
    const entry = functions.get(name) ?? { part, us: 0 };
    entry.us += us;
    functions.set(name, entry);
  }
  const share = (us: number) => (totalUs > 0 ? us / totalUs : 0);
  return {
    totalMs: totalUs / 1000,
    parts: [...parts].sort((a, b) => b[1] - a[1]).map(([part, us]) => ({ part, ms: us / 1000, share: share(us) })),
    functions: [...functions].sort((a, b) => b[1].us - a[1].us).slice(0, top)
      .map(([name, { part, us }]) => ({ name, part, ms: us / 1000, share: share(us) })),
  };
}

export function printSummary(title: string, summary: ProfileSummary): void {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  console.log(`\n### ${title}: ${(summary.totalMs / 1000).toFixed(2)} s of profile\n`);
  console.log("| part | time | share |\n|---|---|---|");
  for (const part of summary.parts) console.log(`| ${part.part} | ${part.ms.toFixed(0)} ms | ${pct(part.share)} |`);
  console.log("\n| function (self time) | part | time | share |\n|---|---|---|---|");
  for (const entry of summary.functions) {
    console.log(`| \`${entry.name}\` | ${entry.part} | ${entry.ms.toFixed(0)} ms | ${pct(entry.share)} |`);
  }
}
