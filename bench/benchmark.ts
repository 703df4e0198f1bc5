// Peer-group benchmark speed: a pool of 10,000 institutions × 3 rounds on PostgreSQL, and the time
// the server spends building one bank's benchmark (all metrics, quantiles and percentile ranks) for
// peer groups from "everybody" down to a narrow filter. Uses its own database on 127.0.0.1, created
// and dropped. Usage: npx tsx bench/benchmark.ts [institutions]   (default 10000)
import os from "node:os";
import pg from "pg";
import { migrateDeploy } from "../lib/platform/db/migrate.ts";
import { createPrismaClient } from "../lib/platform/db/connect.ts";
import { ensureFrameworksStored } from "../lib/features/assessments/framework-store.ts";
import { latestFramework } from "../lib/domain/instrument/index.ts";
import { mulberry32 } from "../lib/domain/statistics/index.ts";
import { benchmarkMetrics } from "../lib/features/benchmark/metrics.ts";
import { float8ArrayLiteral, packScores } from "../lib/features/benchmark/pool.ts";
import { loadBenchmark } from "../lib/features/benchmark/benchmark-view.ts";
import { aggregatePeers, peerVectors } from "../lib/features/benchmark/peer-query.ts";
import type { PeerFilters } from "../lib/features/benchmark/filters.ts";
import { ms, summarise } from "./support/stats.ts";

const INSTITUTIONS = Number(process.argv[2] ?? 10_000);
const ROUNDS = [2024, 2025, 2026];
const REGIONS = ["Gulf", "Levant", "North Africa", "Central Asia", "South Asia", "East Africa", "West Africa", "Caucasus"];
const SIZES = ["SMALL", "MEDIUM", "LARGE"] as const;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const admin = "postgresql://postgres@127.0.0.1:5432/postgres";
const dbName = `meyar_bench_pool_${Date.now()}`;
const url = `postgresql://postgres@127.0.0.1:5432/${dbName}`;

async function sql(connectionString: string, text: string, values: unknown[] = []) {
  const c = new pg.Client({ connectionString });
  await c.connect();
  try {
    return await c.query(text, values);
  } finally {
    await c.end();
  }
}

await sql(admin, `CREATE DATABASE "${dbName}"`);
try {
  await migrateDeploy(url);
  const { prisma, close } = createPrismaClient(url);
  await ensureFrameworksStored(prisma);
  const metrics = benchmarkMetrics(latestFramework);
  const ckm = new Set(metrics.flatMap((m, i) => (m.moduleKey === "ckm" ? [i] : [])));
  const rng = mulberry32(2026);
  const normal = () => Math.sqrt(-2 * Math.log(Math.max(rng(), 1e-12))) * Math.cos(2 * Math.PI * rng());
  const clamp = (x: number) => Math.min(5, Math.max(1, x));

  const t0 = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // DROP DATABASE … WITH (FORCE) in `finally` ends this connection; that is expected.
  client.on("error", () => {});
  const BATCH = 1000;
  for (let start = 0; start < INSTITUTIONS; start += BATCH) {
    const orgs: unknown[][] = [];
    const assessments: unknown[][] = [];
    const entries: unknown[][] = [];
    for (let i = start; i < Math.min(INSTITUTIONS, start + BATCH); i++) {
      const id = `bench-org-${i}`;
      const ownership = rng() < 0.35 ? "STATE" : "PRIVATE";
      const size = SIZES[Math.floor(rng() * 3)] ?? "MEDIUM";
      const region = REGIONS[Math.floor(rng() * REGIONS.length)] ?? "Gulf";
      orgs.push([id, `bench-${i}`, `Bench Bank ${i}`, ownership, size, region]);
      const theta = 2.8 + 0.4 * normal();
      const withCkm = rng() < 0.6;
      for (const round of ROUNDS) {
        const aid = `bench-a-${i}-${round}`;
        const published = new Date(Date.UTC(round, 4, 1 + Math.floor(rng() * 28)));
        assessments.push([aid, id, `Bench ${round}`, latestFramework.version, published]);
        const scores = metrics.map((_, m) => (ckm.has(m) && !withCkm ? null : clamp(theta + 0.1 * (round - 2024) + 0.35 * normal())));
        entries.push([
          `bm_${aid}`,
          aid,
          id,
          latestFramework.version,
          round,
          ownership,
          size,
          region,
          float8ArrayLiteral(scores),
          Buffer.from(packScores(scores)),
          published,
        ]);
      }
    }
    const insert = async (table: string, cols: string, casts: string[], rows: unknown[][]) => {
      const values = rows.map((r, ri) => `(${r.map((_, ci) => `$${ri * r.length + ci + 1}${casts[ci] ?? ""}`).join(",")})`).join(",");
      await client.query(`INSERT INTO "${table}" (${cols}) VALUES ${values}`, rows.flat());
    };
    await insert(
      "Organization",
      `id, slug, name, kind, ownership, "sizeBand", region, "updatedAt"`,
      ["", "", "", '::"OrgKind"', '::"Ownership"', '::"SizeBand"', "", ""],
      orgs.map((o) => [o[0], o[1], o[2], "BANK", o[3], o[4], o[5], new Date()]),
    );
    await insert(
      "Assessment",
      `id, "organizationId", name, "frameworkVersion", modules, groups, status, "publishedAt"`,
      ["", "", "", "", "::text[]", "::text[]", '::"AssessmentStatus"', ""],
      assessments.map((a) => [a[0], a[1], a[2], a[3], "{cx,ecrm}", "{managers,employees}", "PUBLISHED", a[4]]),
    );
    await insert(
      "BenchmarkEntry",
      `id, "assessmentId", "organizationId", "frameworkVersion", round, ownership, "sizeBand", region, scores, "packedScores", "latestInRound", "publishedAt"`,
      ["", "", "", "", "", '::"Ownership"', '::"SizeBand"', "", "::double precision[]", "", "", ""],
      entries.map((e) => [...e.slice(0, 10), true, e[10]]),
    );
  }
  await client.query(`ANALYZE`);
  const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM "BenchmarkEntry"`)).rows as [{ n: number }];
  console.log(
    `Pool: ${INSTITUTIONS} institutions × ${ROUNDS.length} rounds = ${n} entries of ${metrics.length} metrics, generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  // A bank that assessed every module, so that all 51 metrics get a percentile rank.
  const bankId = (
    await client.query(
      `SELECT "organizationId" AS id FROM "BenchmarkEntry" WHERE round = 2026 AND scores[array_length(scores, 1)] IS NOT NULL ORDER BY "organizationId" LIMIT 1`,
    )
  ).rows[0] as { id: string };
  const bank = { id: bankId.id };
  const bankRow = (
    await client.query(`SELECT ownership::text, "sizeBand"::text AS size, region FROM "Organization" WHERE id = $1`, [bank.id])
  ).rows[0] as { ownership: "PRIVATE" | "STATE"; size: "SMALL" | "MEDIUM" | "LARGE"; region: string };
  const groups: [string, PeerFilters][] = [
    ["all institutions", { round: 2026 }],
    ["same ownership", { round: 2026, ownership: bankRow.ownership }],
    ["same ownership and size", { round: 2026, ownership: bankRow.ownership, sizeBand: bankRow.size }],
    ["same ownership, size and region", { round: 2026, ownership: bankRow.ownership, sizeBand: bankRow.size, region: bankRow.region }],
    ["no round given (bank's latest)", {}],
  ];
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}; PostgreSQL on 127.0.0.1; ${RUNS} runs after 10 warm-up runs each`,
  );
  console.log("peer group                          peers  ranked   median       p95       max");
  for (const [label, filters] of groups) {
    let peers = 0;
    let ranked = 0;
    for (let i = 0; i < 10; i++) await loadBenchmark(prisma, bank, filters);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      const view = await loadBenchmark(prisma, bank, filters);
      times.push(performance.now() - s);
      peers = view.status === "ok" ? view.peerCount : 0;
      if (view.status === "ok" && !view.metrics.every((m) => m.own === null || m.percentileRank !== null))
        throw new Error("expected a percentile for every metric the bank scored");
      ranked = view.status === "ok" ? view.metrics.filter((m) => m.percentileRank !== null).length : 0;
    }
    const t = summarise(times);
    console.log(
      `${label.padEnd(34)} ${String(peers).padStart(6)} ${String(ranked).padStart(7)} ${ms(t.p50).padStart(10)} ${ms(t.p95).padStart(9)} ${ms(t.max).padStart(9)}`,
    );
  }
  // Where the time goes, for the widest group: the peer fetch (database + decoding) and the maths.
  const q = { frameworkVersion: latestFramework.version, round: 2026, selfOrgId: bank.id, filters: {} };
  const fetchTimes: number[] = [];
  const mathTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s0 = performance.now();
    const vectors = await peerVectors(prisma, q);
    const s1 = performance.now();
    aggregatePeers(vectors, metrics.length, null);
    mathTimes.push(performance.now() - s1);
    fetchTimes.push(s1 - s0);
  }
  console.log(
    `all institutions, split: peer fetch median ${ms(summarise(fetchTimes).p50)}, maths (51 sorts + quantiles + ranks) median ${ms(summarise(mathTimes).p50)}`,
  );
  const plan = await client.query(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT)
    SELECT count(*) FROM "BenchmarkEntry" e WHERE e."frameworkVersion" = $1 AND e.round = 2026 AND e."latestInRound" AND e."organizationId" <> $2`,
    [latestFramework.version, bank.id],
  );
  console.log("Peer scan plan (all institutions):\n  " + plan.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n  "));
  await client.end();
  await close();
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  if (process.env.BENCH_KEEP_DB === "1") console.log(`kept database ${dbName}`);
  else await sql(admin, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
}
