// Answer-save latency and throughput under 50 concurrent respondents, the results dashboard under
// concurrent readers and its render time for an assessment of 500 respondents — against the
// production build — and the same request patterns against a bare node:http server on this machine
// (the reference ceiling), printed as ratios. Loopback only; every loop is bounded.
// Usage: npm run build && npx tsx bench/answer-load.ts [pglite|postgres]
// (postgres uses a fresh database on 127.0.0.1:5432 that the script creates and drops).
import { existsSync, rmSync } from "node:fs";
import pg from "pg";
import { prepare } from "../scripts/prepare.ts";
import { createPrismaClient } from "../lib/platform/db/connect.ts";
import { issueRespondentToken } from "../lib/features/assessments/respondent-links.ts";
import { allItems, latestFramework } from "../lib/domain/instrument/index.ts";
import { demoAnswers } from "../prisma/demo-assessment.ts";
import { DEMO_PASSWORD } from "../prisma/demo-data.ts";
import { signInCookie, startServer } from "./support/server.ts";
import { ms, summarise } from "./support/stats.ts";
import { formatLoad, runLoad } from "./support/load.ts";
import { spawn } from "node:child_process";

const engine = process.argv[2] === "postgres" ? "postgres" : "pglite";
const RESPONDENTS = 50;
const DASHBOARD_RESPONDENTS = 500;
if (!existsSync(".next/BUILD_ID")) throw new Error("Build first: npm run build");

const admin = "postgresql://postgres@127.0.0.1:5432/postgres";
const dbName = `meyar_bench_${Date.now()}`;
const url = engine === "postgres" ? `postgresql://postgres@127.0.0.1:5432/${dbName}` : "file:.data/bench";
async function adminSql(sql: string) {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(sql).finally(() => c.end());
}
if (engine === "postgres") await adminSql(`CREATE DATABASE "${dbName}"`);
else rmSync(".data/bench", { recursive: true, force: true });

process.env.DATABASE_URL = url;
process.env.MEYAR_SKIP_BUILD = "1";
await prepare();

const items = allItems(latestFramework, ["cx", "ecrm"]).map((i) => i.key);
const { prisma, close } = createPrismaClient(url);
const org = await prisma.organization.findUniqueOrThrow({ where: { slug: "atlas-bank" } });
const load = await prisma.assessment.create({ data: { organizationId: org.id, name: "Bench load", frameworkVersion: latestFramework.version, modules: ["cx", "ecrm"], groups: ["managers", "employees"] } });
const tokens: string[] = [];
for (let i = 0; i < RESPONDENTS; i++) {
  const t = issueRespondentToken();
  tokens.push(t.token);
  await prisma.respondent.create({ data: { assessmentId: load.id, organizationId: org.id, email: `bench${i}@atlas-bank.example`, group: i % 2 ? "managers" : "employees", tokenHash: t.tokenHash, tokenSealed: t.tokenSealed } });
}
const big = await prisma.assessment.create({ data: { organizationId: org.id, name: "Bench 500", frameworkVersion: latestFramework.version, modules: ["cx", "ecrm"], groups: ["managers", "employees"], status: "CLOSED" } });
for (const r of demoAnswers(7, DASHBOARD_RESPONDENTS)) {
  const t = issueRespondentToken();
  const resp = await prisma.respondent.create({ data: { assessmentId: big.id, organizationId: org.id, email: r.email, group: r.group, tokenHash: t.tokenHash, tokenSealed: t.tokenSealed, submittedAt: new Date() } });
  await prisma.answer.createMany({ data: Object.entries(r.answers).map(([itemKey, value]) => ({ respondentId: resp.id, itemKey, value, answeredAt: new Date() })) });
}
await close();

const server = await startServer(url, 3200);
try {
  // Warm-up: the first requests compile and cache routes.
  for (let i = 0; i < 20; i++) await fetch(`${server.url}/api/respond/${tokens[0]}/answers`);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(tokens.map(async (token, r) => {
    for (const [k, itemKey] of items.entries()) {
      const t0 = performance.now();
      const res = await fetch(`${server.url}/api/respond/${token}/answers`, {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ itemKey, value: ((r + k) % 5) + 1, answeredAt: new Date().toISOString() }),
      });
      await res.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (res.status !== 200) errors++;
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  const s = summarise(latencies);
  console.log(`answer saves (${engine}): ${RESPONDENTS} concurrent respondents × ${items.length} items = ${s.n} requests in ${seconds.toFixed(1)} s`);
  console.log(`  throughput ${(s.n / seconds).toFixed(0)} req/s · p50 ${ms(s.p50)} · p95 ${ms(s.p95)} · p99 ${ms(s.p99)} · max ${ms(s.max)} · errors ${errors}`);

  const cookie = await signInCookie(server.url, "owner@demo.meyar.example", DEMO_PASSWORD);
  const renders: number[] = [];
  for (let i = 0; i < 12; i++) {
    const t0 = performance.now();
    const res = await fetch(`${server.url}/atlas-bank/assessments/${big.id}/results`, { headers: { cookie } });
    const html = await res.text();
    if (res.status !== 200 || !html.includes("Results")) throw new Error(`dashboard answered ${res.status}`);
    if (i >= 2) renders.push(performance.now() - t0);
  }
  const d = summarise(renders);
  console.log(`dashboard (${engine}), ${DASHBOARD_RESPONDENTS} respondents × ${items.length} items: median ${ms(d.p50)} · max ${ms(d.max)} over ${d.n} renders (after 2 warm-up)`);

  // The same patterns under a fixed request budget, against Meyar and against the bare reference server.
  const saveBody = (i: number) => ({
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ itemKey: items[i % items.length], value: (i % 5) + 1, answeredAt: new Date().toISOString() }),
  });
  const reference = spawn("npx", ["tsx", "bench/support/reference-server.ts", "3299"], { stdio: ["ignore", "pipe", "inherit"], detached: true });
  await new Promise((r) => reference.stdout?.once("data", r));
  try {
    const saves = await runLoad(50, 5_000, (i) => ({ url: `${server.url}/api/respond/${tokens[i % tokens.length]}/answers`, init: saveBody(i) }));
    const refSaves = await runLoad(50, 5_000, (i) => ({ url: "http://127.0.0.1:3299/answers", init: saveBody(i) }));
    const dash = await runLoad(10, 100, () => ({ url: `${server.url}/atlas-bank/assessments/${big.id}/results`, init: { headers: { cookie } } }));
    const refDash = await runLoad(10, 100, () => ({ url: "http://127.0.0.1:3299/results" }));
    console.log(formatLoad(`answer save (${engine}), 50 connections`, saves));
    console.log(formatLoad("  reference node:http, same pattern", refSaves));
    console.log(`  ratio Meyar/reference: throughput ${(saves.throughput / refSaves.throughput).toFixed(3)}, p50 ${(saves.p50 / refSaves.p50).toFixed(1)}×`);
    console.log(formatLoad(`dashboard 500 resp. (${engine}), 10 connections`, dash));
    console.log(formatLoad("  reference node:http, same pattern", refDash));
    console.log(`  ratio Meyar/reference: throughput ${(dash.throughput / refDash.throughput).toFixed(4)}, p50 ${(dash.p50 / refDash.p50).toFixed(0)}×`);
  } finally {
    if (reference.pid) process.kill(-reference.pid, "SIGTERM");
  }
} finally {
  await server.stop();
  if (engine === "postgres") await adminSql(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
}
