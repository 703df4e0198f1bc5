// The peer group's figures. The database selects the peers through the filter index and returns
// each one's packed score vector (one row per institution, no text parsing); the pure maths of
// lib/domain/benchmark then sorts each metric's values once and reads off the disclosure-controlled
// figures (Harrell–Davis quartiles rounded to one decimal, P10/P90 only for large groups, the own
// percentile rank rounded): nothing but these published aggregates leaves this module.
import { Prisma } from "../../platform/db/generated/client.ts";
import type { Db } from "../../platform/db/connect.ts";
import {
  percentileRankSorted,
  publishDistribution,
  publishRank,
  type PoolMember,
  type PoolMemberScores,
  type PublishedDistribution,
} from "../../domain/benchmark/index.ts";
import type { PeerFilters } from "./filters.ts";
import { readScores } from "./pool.ts";

export interface MetricAggregate {
  /** 0-based index into the framework's metric list. */
  index: number;
  peers: PublishedDistribution;
  /** Mid-rank percentile rank of the bank's own score, as published (publishRank); null when it has none. */
  percentileRank: number | null;
}

export interface PeerQuery {
  frameworkVersion: string;
  round: number;
  /** The bank itself: excluded from its own peer group. */
  selfOrgId: string;
  filters: PeerFilters;
}

function filterSql(q: PeerQuery): Prisma.Sql {
  const parts = [
    Prisma.sql`e."frameworkVersion" = ${q.frameworkVersion}`,
    Prisma.sql`e.round = ${q.round}`,
    Prisma.sql`e."latestInRound"`,
    Prisma.sql`e."organizationId" <> ${q.selfOrgId}`,
  ];
  if (q.filters.ownership) parts.push(Prisma.sql`e.ownership = ${q.filters.ownership}::"Ownership"`);
  if (q.filters.sizeBand) parts.push(Prisma.sql`e."sizeBand" = ${q.filters.sizeBand}::"SizeBand"`);
  if (q.filters.region) parts.push(Prisma.sql`e.region = ${q.filters.region}`);
  return Prisma.join(parts, " AND ");
}

/**
 * Peers' packed vectors, one per institution (a duplicate "latest" row from a publishing race counts
 * once). Sent as base64 text: through the driver adapter that decodes about twice as fast as bytea.
 */
export async function peerVectors(db: Db, q: PeerQuery): Promise<DataView[]> {
  const rows = await db.$queryRaw<{ o: string; p: string }[]>`
    SELECT e."organizationId" AS o, encode(e."packedScores", 'base64') AS p FROM "BenchmarkEntry" e WHERE ${filterSql(q)}`;
  const seen = new Set<string>();
  const out: DataView[] = [];
  for (const r of rows) {
    if (seen.has(r.o)) continue;
    seen.add(r.o);
    const bytes = Buffer.from(r.p, "base64");
    out.push(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  return out;
}

/** Per metric with at least one peer value: the distribution and the own score's percentile rank. */
export function aggregatePeers(
  vectors: readonly DataView[],
  metricCount: number,
  own: readonly (number | null)[] | null,
): MetricAggregate[] {
  const column = new Float64Array(vectors.length);
  const out: MetricAggregate[] = [];
  for (let m = 0; m < metricCount; m++) {
    let n = 0;
    for (const v of vectors) {
      if (v.byteLength < (m + 1) * 8) continue;
      const x = v.getFloat64(m * 8, true);
      if (x === x) column[n++] = x;
    }
    if (n === 0) continue;
    const sorted = column.subarray(0, n).sort();
    const peers = publishDistribution(sorted) as PublishedDistribution;
    const mine = own?.[m] ?? null;
    out.push({ index: m, peers, percentileRank: mine === null ? null : publishRank(percentileRankSorted(sorted, mine), n) });
  }
  return out;
}

/** The bank's own latest scores in the round, or null. (Raw SQL: Prisma's typed reads refuse NULL array elements.) */
export async function ownScores(db: Db, orgId: string, frameworkVersion: string, round: number): Promise<(number | null)[] | null> {
  const rows = await db.$queryRaw<{ scores: (number | null)[] }[]>`
    SELECT scores FROM "BenchmarkEntry"
     WHERE "organizationId" = ${orgId} AND "frameworkVersion" = ${frameworkVersion} AND round = ${round} AND "latestInRound"
     ORDER BY "publishedAt" DESC LIMIT 1`;
  return rows[0] ? readScores(rows[0].scores) : null;
}

/** Rounds in the pool for a framework, newest first. */
export async function poolRounds(db: Db, frameworkVersion: string): Promise<number[]> {
  const rows = await db.benchmarkEntry.groupBy({
    by: ["round"],
    where: { frameworkVersion, latestInRound: true },
    orderBy: { round: "desc" },
  });
  return rows.map((r) => r.round);
}

/** Regions offered as filters: only those with at least k institutions in the round, so a list never names a lone participant's region. */
export async function poolRegions(db: Db, frameworkVersion: string, round: number, k: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ region: string }[]>`
    SELECT region FROM "BenchmarkEntry"
     WHERE "frameworkVersion" = ${frameworkVersion} AND round = ${round} AND "latestInRound" AND region IS NOT NULL
     GROUP BY region HAVING count(*) >= ${k}
     ORDER BY region`;
  return rows.map((r) => r.region);
}

/**
 * Every institution of the round with its filter profile and which metrics it has no score for: the
 * input of the overlap control (no scores leave the database, only where they are missing).
 */
export async function poolMembers(db: Db, frameworkVersion: string, round: number): Promise<PoolMemberScores[]> {
  // The positions as text ("{41,42}"): one short string per row decodes much faster than an int array, and
  // rows of the same shape share one parse.
  const rows = await db.$queryRaw<
    {
      id: string;
      ownership: PoolMember["ownership"];
      sizeBand: PoolMember["sizeBand"];
      region: string | null;
      missing: string;
      length: number;
    }[]
  >`
    SELECT DISTINCT ON ("organizationId") "organizationId" AS id, ownership::text AS ownership, "sizeBand"::text AS "sizeBand", region,
           coalesce(array_positions(scores, NULL)::text, '{}') AS missing, coalesce(cardinality(scores), 0)::int AS length
      FROM "BenchmarkEntry"
     WHERE "frameworkVersion" = ${frameworkVersion} AND round = ${round} AND "latestInRound"
     ORDER BY "organizationId", "publishedAt" DESC`;
  const parsed = new Map<string, number[]>();
  const positions = (text: string) => {
    let p = parsed.get(text);
    if (!p)
      parsed.set(
        text,
        (p =
          text.length > 2
            ? text
                .slice(1, -1)
                .split(",")
                .map((x) => Number(x) - 1)
            : []),
      );
    return p;
  };
  return rows.map((r) => ({ ...r, missing: positions(r.missing), length: Number(r.length) }));
}
