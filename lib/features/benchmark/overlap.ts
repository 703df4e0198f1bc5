// The overlap control's input and lattices for a round's pool. They depend only on the pool, which changes
// only when an assessment is published (or an organisation is deleted), so they are kept per pool state:
// a page view then reads one small aggregate instead of every institution's profile and re-deciding the
// lattice (at 10,000 institutions that is most of a benchmark request). Each instance keeps its own copy,
// keyed by the database's state, so instances never disagree.
import type { Db } from "../../platform/db/connect.ts";
import { answerableCombinations, type PoolMemberScores } from "../../domain/benchmark/index.ts";
import { poolMembers } from "./peer-query.ts";

export interface PoolOverlap {
  members: PoolMemberScores[];
  /** Answerable combinations per set of holders (disclosure.ts `answerableMetrics`); "" is the whole pool. */
  lattices: Map<string, ReadonlySet<string>>;
}

const KEPT = 16;
const kept = new Map<string, PoolOverlap>();

/** The pool's state: which entries count, as a number, a checksum of their ids and the latest publication. */
async function poolState(db: Db, frameworkVersion: string, round: number): Promise<string> {
  const [s] = await db.$queryRaw<{ n: number; ids: string | null; last: Date | null }[]>`
    SELECT count(*)::int AS n, sum(hashtext(id))::text AS ids, max("publishedAt") AS last
      FROM "BenchmarkEntry"
     WHERE "frameworkVersion" = ${frameworkVersion} AND round = ${round} AND "latestInRound"`;
  return `${s?.n ?? 0}|${s?.ids ?? "-"}|${s?.last ? new Date(s.last).toISOString() : "-"}`;
}

export async function poolOverlap(db: Db, frameworkVersion: string, round: number, k: number): Promise<PoolOverlap> {
  const key = `${frameworkVersion}|${round}|${k}|${await poolState(db, frameworkVersion, round)}`;
  const hit = kept.get(key);
  if (hit) return hit;
  const members = await poolMembers(db, frameworkVersion, round);
  const entry: PoolOverlap = { members, lattices: new Map([["", answerableCombinations(members, k)]]) };
  kept.set(key, entry);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
  return entry;
}
