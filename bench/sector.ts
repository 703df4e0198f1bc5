// Sector view speed: a regulator with 1,000 reporting institutions × 3 rounds on PostgreSQL, and the
// time the server spends building its sector page's data (grants, every published entry, ranking,
// distributions and the heat map, sorted). Uses its own database on
// 127.0.0.1, created and dropped. Bounded: 10 warm-up runs and BENCH_RUNS (default 30) timed runs each.
// Usage: npx tsx bench/sector.ts [institutions]   (default 1000)
import os from "node:os";
import pg from "pg";
import { migrateDeploy } from "../lib/platform/db/migrate.ts";
import { createPrismaClient } from "../lib/platform/db/connect.ts";
import { ensureFrameworksStored } from "../lib/features/assessments/framework-store.ts";
import { latestFramework } from "../lib/domain/instrument/index.ts";
import { mulberry32 } from "../lib/domain/statistics/index.ts";
import { benchmarkMetrics } from "../lib/features/benchmark/metrics.ts";
import { float8ArrayLiteral, packScores } from "../lib/features/benchmark/pool.ts";
import { loadSector } from "../lib/features/supervision/sector-view.ts";
import { heatMapView, parseHeatSort, heatColumns } from "../lib/view/supervision/heat-map.ts";
import type { SectorFilters } from "../lib/features/supervision/filters.ts";
import { ms, summarise } from "./support/stats.ts";

const INSTITUTIONS = Math.min(Number(process.argv[2] ?? 1000), 20_000);
const ROUNDS = [2024, 2025, 2026];
const REGIONS = ["Gulf", "Levant", "North Africa", "Central Asia", "South Asia", "East Africa"];
const SIZES = ["SMALL", "MEDIUM", "LARGE"] as const;
const RUNS = Math.min(Number(process.env.BENCH_RUNS ?? 30), 200);
const TARGET_MEDIAN_MS = 300;
const admin = "postgresql://postgres@127.0.0.1:5432/postgres";
const dbName = `meyar_bench_sector_${Date.now()}`;
const url = `postgresql://postgres@127.0.0.1:5432/${dbName}`;

async function sql(connectionString: string, text: string) {
  const c = new pg.Client({ connectionString });
  await c.connect();
  try {
    return await c.query(text);
  } finally {
    await c.end();
  }
}

async function time(label: string, run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 10; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    await run();
    times.push(performance.now() - s);
  }
  const t = summarise(times);
  console.log(`${label.padEnd(44)} ${ms(t.p50).padStart(10)} ${ms(t.p95).padStart(10)} ${ms(t.max).padStart(10)}`);
  return t.p50;
}

await sql(admin, `CREATE DATABASE "${dbName}"`);
try {
  await migrateDeploy(url);
  const { prisma, close } = createPrismaClient(url);
  await ensureFrameworksStored(prisma);
  const metrics = benchmarkMetrics(latestFramework);
  const rng = mulberry32(2027);
  const normal = () => Math.sqrt(-2 * Math.log(Math.max(rng(), 1e-12))) * Math.cos(2 * Math.PI * rng());
  const clamp = (x: number) => Math.min(5, Math.max(1, x));

  const t0 = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on("error", () => {}); // DROP DATABASE … WITH (FORCE) ends this connection.
  const regulatorId = "bench-regulator";
  await client.query(
    `INSERT INTO "Organization" (id, slug, name, kind, "updatedAt") VALUES ($1, 'bench-regulator', 'Bench Supervision', 'REGULATOR', now())`,
    [regulatorId],
  );
  const insert = async (table: string, cols: string, casts: string[], rows: unknown[][]) => {
    if (rows.length === 0) return;
    const values = rows.map((r, ri) => `(${r.map((_, ci) => `$${ri * r.length + ci + 1}${casts[ci] ?? ""}`).join(",")})`).join(",");
    await client.query(`INSERT INTO "${table}" (${cols}) VALUES ${values}`, rows.flat());
  };
  const BATCH = 500;
  for (let start = 0; start < INSTITUTIONS; start += BATCH) {
    const orgs: unknown[][] = [];
    const grants: unknown[][] = [];
    const assessments: unknown[][] = [];
    const entries: unknown[][] = [];
    for (let i = start; i < Math.min(INSTITUTIONS, start + BATCH); i++) {
      const id = `bench-org-${i}`;
      const ownership = rng() < 0.35 ? "STATE" : "PRIVATE";
      const size = SIZES[Math.floor(rng() * 3)] ?? "MEDIUM";
      const region = REGIONS[Math.floor(rng() * REGIONS.length)] ?? "Gulf";
      orgs.push([id, `bench-${i}`, `Bench Bank ${i}`, "BANK", ownership, size, region, new Date()]);
      grants.push([`bench-grant-${i}`, "REGULATOR", id, regulatorId]);
      const theta = 2.8 + 0.4 * normal();
      // About one in twenty has not published in the latest round (the missing list).
      for (const round of ROUNDS) {
        if (round === 2026 && rng() < 0.05) continue;
        const aid = `bench-a-${i}-${round}`;
        const published = new Date(Date.UTC(round, 4, 1 + Math.floor(rng() * 28)));
        assessments.push([aid, id, `Bench ${round}`, latestFramework.version, "{cx,ecrm}", "{managers}", "PUBLISHED", published]);
        const scores = metrics.map(() => clamp(theta + 0.1 * (round - 2024) + 0.35 * normal()));
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
          true,
          published,
        ]);
      }
    }
    await insert(
      "Organization",
      `id, slug, name, kind, ownership, "sizeBand", region, "updatedAt"`,
      ["", "", "", '::"OrgKind"', '::"Ownership"', '::"SizeBand"', "", ""],
      orgs,
    );
    await insert("AccessGrant", `id, kind, "grantorOrgId", "granteeOrgId"`, ["", '::"GrantKind"', "", ""], grants);
    await insert(
      "Assessment",
      `id, "organizationId", name, "frameworkVersion", modules, groups, status, "publishedAt"`,
      ["", "", "", "", "::text[]", "::text[]", '::"AssessmentStatus"', ""],
      assessments,
    );
    await insert(
      "BenchmarkEntry",
      `id, "assessmentId", "organizationId", "frameworkVersion", round, ownership, "sizeBand", region, scores, "packedScores", "latestInRound", "publishedAt"`,
      ["", "", "", "", "", '::"Ownership"', '::"SizeBand"', "", "::double precision[]", "", "", ""],
      entries,
    );
  }
  await client.query(`ANALYZE`);
  const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM "BenchmarkEntry"`)).rows as [{ n: number }];
  console.log(
    `Sector: ${INSTITUTIONS} reporting institutions × ${ROUNDS.length} rounds = ${n} entries of ${metrics.length} metrics, generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}; PostgreSQL on 127.0.0.1; ${RUNS} runs after 10 warm-up runs each`,
  );
  console.log(
    `Load average before: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  console.log(`${"sector view".padEnd(44)} ${"median".padStart(10)} ${"p95".padStart(10)} ${"max".padStart(10)}`);

  const page = async (filters: SectorFilters, sort: { sort?: string; dir?: string }) => {
    const view = await loadSector(prisma, regulatorId, filters);
    const { sort: s } = parseHeatSort(sort, heatColumns(view.metrics));
    const heat = heatMapView(view.metrics, view.scored, s);
    if (filters.round === 2026 && Object.keys(filters).length === 1 && heat.rows.length < INSTITUTIONS * 0.9)
      throw new Error("heat map too small");
    return heat;
  };
  const medians: number[] = [];
  medians.push(await time("page data, all institutions (2026)", () => page({ round: 2026 }, {})));
  medians.push(await time("page data, sorted by an e-CRM factor", () => page({ round: 2026 }, { sort: "factor:training", dir: "asc" })));
  medians.push(
    await time("page data, size + ownership + region", () =>
      page({ round: 2026, sizeBand: "LARGE", ownership: "PRIVATE", region: "Gulf" }, {}),
    ),
  );
  console.log(
    `Load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  const worst = Math.max(...medians);
  console.log(
    worst < TARGET_MEDIAN_MS
      ? `OK: every page median under ${TARGET_MEDIAN_MS} ms`
      : `SLOW: a page median is ${ms(worst)} (target ${TARGET_MEDIAN_MS} ms)`,
  );
  if (worst >= TARGET_MEDIAN_MS) process.exitCode = 1;
  await client.end();
  await close();
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  if (process.env.BENCH_KEEP_DB === "1") console.log(`kept database ${dbName}`);
  else await sql(admin, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
}
