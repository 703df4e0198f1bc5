// The peer-group figures, aggregated by the database in one query: one row per metric with the
// type-7 quantiles (percentile_cont interpolates exactly like Hyndman & Fan type 7) and the counts
// behind the mid-rank percentile rank of the bank's own score. Only aggregates leave the database.
import { Prisma } from "../db/generated/client.ts";
import type { Db } from "../db/connect.ts";
import { TIE_TOLERANCE } from "../domain/benchmark/index.ts";
import type { PeerFilters } from "./filters.ts";
import { readScores } from "./pool.ts";

export interface MetricAggregate {
  /** 0-based index into the framework's metric list. */
  index: number;
  n: number;
  p10: number;
  q1: number;
  median: number;
  q3: number;
  p90: number;
  /** Peers strictly below / equal to the bank's own score; 0 when the bank has no score. */
  below: number;
  equal: number;
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

export async function aggregatePeers(db: Db, q: PeerQuery): Promise<MetricAggregate[]> {
  const rows = await db.$queryRaw<{ idx: number; n: number; q: number[]; below: number; equal: number }[]>`
    WITH peers AS (
      SELECT DISTINCT ON (e."organizationId") e.scores
        FROM "BenchmarkEntry" e
       WHERE ${filterSql(q)}
       ORDER BY e."organizationId", e."publishedAt" DESC
    ), own AS (
      SELECT u.x, u.i FROM (
        SELECT scores FROM "BenchmarkEntry"
         WHERE "organizationId" = ${q.selfOrgId} AND "frameworkVersion" = ${q.frameworkVersion} AND round = ${q.round} AND "latestInRound"
         ORDER BY "publishedAt" DESC LIMIT 1
      ) o CROSS JOIN LATERAL unnest(o.scores) WITH ORDINALITY AS u(x, i)
    )
    SELECT (s.i - 1)::int AS idx, count(*)::int AS n,
           percentile_cont(ARRAY[0.1, 0.25, 0.5, 0.75, 0.9]::double precision[]) WITHIN GROUP (ORDER BY s.v) AS q,
           count(*) FILTER (WHERE s.v < own.x - ${TIE_TOLERANCE})::int AS below,
           count(*) FILTER (WHERE abs(s.v - own.x) <= ${TIE_TOLERANCE})::int AS equal
      FROM peers p CROSS JOIN LATERAL unnest(p.scores) WITH ORDINALITY AS s(v, i)
      LEFT JOIN own ON own.i = s.i
     WHERE s.v IS NOT NULL
     GROUP BY s.i
     ORDER BY s.i`;
  return rows.map((r) => {
    const [p10, q1, median, q3, p90] = r.q.map(Number) as [number, number, number, number, number];
    return { index: r.idx, n: r.n, p10, q1, median, q3, p90, below: r.below, equal: r.equal };
  });
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
  const rows = await db.benchmarkEntry.groupBy({ by: ["round"], where: { frameworkVersion, latestInRound: true }, orderBy: { round: "desc" } });
  return rows.map((r) => r.round);
}

/** Regions offered as filters: only those with at least k institutions in the round, so a list never names a lone participant's region. */
export async function poolRegions(db: Db, frameworkVersion: string, round: number, k: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ region: string }[]>`
    SELECT region FROM "BenchmarkEntry"
     WHERE "frameworkVersion" = ${frameworkVersion} AND round = ${round} AND "latestInRound" AND region IS NOT NULL
     GROUP BY region HAVING count(DISTINCT "organizationId") >= ${k}
     ORDER BY region`;
  return rows.map((r) => r.region);
}
