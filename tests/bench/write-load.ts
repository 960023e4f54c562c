import { db } from "../../lib/db/client";
import { logProgressUpdate } from "../../lib/data/progress-updates";
import type { Actor } from "../../lib/domain/permissions";
import { percentile } from "./stats";

export type WriteLoadResult = { updatesPerSecond: number; p99: number; errors: number; saved: number };
export type ContentionResult = { rounds: number; winnersPerRound: number[]; conflicts: number; lostUpdates: number };

async function logNote(actor: Actor, commitmentId: string, version: number, note: string) {
  return logProgressUpdate(actor, {
    commitmentId, expectedVersion: version, status: "IN_PROGRESS", statusReason: "Benchmark", note, noteLang: "en",
    evidenceUrls: [], noEvidence: false, confirmEarlyDeadlines: false, visibility: "PUBLIC", deadlines: [],
    valueReached: undefined, correctsId: undefined,
  });
}

/** `editors` concurrent editors, each on a commitment of their own, logging updates for `seconds`. */
export async function measureWrites(actor: Actor, commitmentIds: string[], seconds: number): Promise<WriteLoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let saved = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(commitmentIds.map(async (commitmentId, editor) => {
    for (let round = 0; performance.now() < until; round += 1) {
      const started = performance.now();
      try {
        const { version } = await db().commitment.findUniqueOrThrow({ where: { id: commitmentId }, select: { version: true } });
        const result = await logNote(actor, commitmentId, version, `Editor ${editor}, update ${round}`);
        if (result.kind === "saved") saved += 1;
        else errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - started);
    }
  }));
  return { updatesPerSecond: saved / seconds, p99: percentile(latencies, 0.99), errors, saved };
}

/** `editors` editors saving on one commitment, all against the same version, `rounds` times. */
export async function measureContention(actor: Actor, commitmentId: string, editors: number, rounds: number): Promise<ContentionResult> {
  const winnersPerRound: number[] = [];
  let conflicts = 0;
  let accepted = 0;
  const { version: startVersion } = await db().commitment.findUniqueOrThrow({ where: { id: commitmentId }, select: { version: true } });
  for (let round = 0; round < rounds; round += 1) {
    const { version } = await db().commitment.findUniqueOrThrow({ where: { id: commitmentId }, select: { version: true } });
    const results = await Promise.all(Array.from({ length: editors }, (_unused, editor) =>
      logNote(actor, commitmentId, version, `Contention round ${round}, editor ${editor}`)));
    const winners = results.filter((result) => result.kind === "saved").length;
    winnersPerRound.push(winners);
    accepted += winners;
    conflicts += results.filter((result) => result.kind === "conflict").length;
  }
  const history = await db().progressUpdate.count({ where: { commitmentId, version: { gt: startVersion } } });
  return { rounds, winnersPerRound, conflicts, lostUpdates: accepted - history };
}
