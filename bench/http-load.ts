// Load figures measured with a real load generator (autocannon) against the production build served
// as `npm start` serves it, and — in the same run, same patterns — against a bare node:http server (the
// machine's ceiling). Prints a table and the ratios. Loopback only; every run is bounded in time and
// in requests and stops by itself.
// Usage: npm run build && npx tsx bench/http-load.ts [postgres|pglite] [workers]
// Env: BENCH_SECONDS (default 8; the dashboard runs for twice that), BENCH_BATCH (answers per batch request, default 10).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import autocannon, { type Request, type Result } from "autocannon";
import { createBenchDatabase, storedAnswers, type Engine } from "./support/bench-db.ts";
import { signInCookie, startServer } from "./support/server.ts";
import { DEMO_PASSWORD } from "../prisma/demo-data.ts";

const engine: Engine = process.argv[2] === "pglite" ? "pglite" : "postgres";
const workers = process.argv[3] ? Number(process.argv[3]) : undefined;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
// Enough (respondent, item) pairs that 8 s of batch saves never run out (each stored row is a new answer).
const RESPONDENTS = 1000;
const DASHBOARD_RESPONDENTS = 500;
const REFERENCE_PORT = 3299;
/** Answers per batch request: what a respondent answering quickly has pending after a second or two. */
const BATCH = Number(process.env.BENCH_BATCH ?? 10);
if (!existsSync(".next/BUILD_ID")) throw new Error("Build first: npm run build");

function loopback(url: string): string {
  if (!url.startsWith("http://127.0.0.1:")) throw new Error("load tests target loopback only");
  return url;
}

async function cannon(
  url: string,
  connections: number,
  seconds: number,
  extra: { requests?: Request[]; headers?: Record<string, string> } = {},
): Promise<Result> {
  return autocannon({ url: loopback(url), connections, duration: seconds, timeout: 10, ...extra });
}

interface Row {
  target: string;
  result: Result;
  reference?: Result;
  note?: string;
}

function line(r: Row): string {
  const rps = r.result.requests.average;
  const ratio = r.reference ? (rps / r.reference.requests.average).toFixed(4) : "—";
  const errors = r.result.errors + r.result.timeouts + r.result.non2xx;
  return `| ${r.target} | ${rps.toFixed(0)} | ${r.result.latency.p50} ms | ${r.result.latency.p99} ms | ${ratio} | ${errors} |${r.note ? ` ${r.note}` : ""}`;
}

const db = await createBenchDatabase(engine, RESPONDENTS, DASHBOARD_RESPONDENTS);
const reference = spawn("npx", ["tsx", "bench/support/reference-server.ts", String(REFERENCE_PORT)], {
  stdio: ["ignore", "pipe", "inherit"],
  detached: true,
});
await new Promise((r) => reference.stdout?.once("data", r));
const server = await startServer(db.url, 3200, workers);
const rows: Row[] = [];
try {
  const ref = `http://127.0.0.1:${REFERENCE_PORT}`;
  // Warm-up: the first requests load route modules.
  await cannon(`${server.url}/api/health`, 4, 2);
  const cookie = await signInCookie(server.url, "owner@demo.meyar.example", DEMO_PASSWORD);
  const dashboard = `${server.url}/atlas-bank/assessments/${db.dashboardAssessmentId}/results`;
  await cannon(dashboard, 2, 3, { headers: { cookie } });

  const refHealth = await cannon(`${ref}/health`, 50, SECONDS);
  rows.push({ target: "bare node:http, small JSON (reference)", result: refHealth });
  rows.push({ target: "GET /api/health (SELECT 1)", result: await cannon(`${server.url}/api/health`, 50, SECONDS), reference: refHealth });

  // Each save is a new (respondent, item) pair, spread over respondents, so the rows stored afterwards
  // count the saves that were committed.
  let next = 0;
  const pairs = db.tokens.length * db.items.length;
  const saveRequest = (base: string): Request[] => [
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      setupRequest: (req) => {
        const i = next++ % pairs;
        const token = db.tokens[i % db.tokens.length];
        const itemKey = db.items[Math.floor(i / db.tokens.length)];
        return {
          ...req,
          path: base === ref ? "/answers" : `/api/respond/${token}/answers`,
          body: JSON.stringify({ itemKey, value: (i % 5) + 1, answeredAt: new Date().toISOString() }),
        };
      },
    },
  ];
  const refSaves = await cannon(ref, 50, SECONDS, { requests: saveRequest(ref) });
  next = 0;
  const before = await storedAnswers(db.url, db.openAssessmentId);
  // Bounded by time only (autocannon's `amount` would override the duration and run until every pair is
  // saved); past the last pair the pattern wraps round, and a rewrite adds no row, so nothing is overcounted.
  const saves = await cannon(server.url, 50, SECONDS, { requests: saveRequest(server.url) });
  const stored = (await storedAnswers(db.url, db.openAssessmentId)) - before;
  rows.push({ target: "reference, same POST pattern", result: refSaves });
  rows.push({
    target: "POST /api/respond/:token/answers (durable)",
    result: saves,
    reference: refSaves,
    note: `${stored} answers stored = ${(stored / saves.duration).toFixed(0)} stored/s`,
  });

  // The questionnaire's save queue sends what is pending in one request: BATCH answers of one respondent
  // per request, on items the single saves above never reached, so every stored row is a new answer.
  const firstFreeItem = Math.ceil(next / db.tokens.length) + 1;
  const chunks = Math.floor((db.items.length - firstFreeItem) / BATCH);
  let batchNext = 0;
  const batchRequest = (base: string): Request[] => [
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      setupRequest: (req) => {
        const k = batchNext++ % (chunks * db.tokens.length);
        const token = db.tokens[k % db.tokens.length];
        const start = firstFreeItem + Math.floor(k / db.tokens.length) * BATCH;
        const answeredAt = new Date().toISOString();
        const answers = db.items.slice(start, start + BATCH).map((itemKey, j) => ({ itemKey, value: ((k + j) % 5) + 1, answeredAt }));
        return { ...req, path: base === ref ? "/answers" : `/api/respond/${token}/answers`, body: JSON.stringify({ answers }) };
      },
    },
  ];
  const refBatch = await cannon(ref, 50, SECONDS, { requests: batchRequest(ref) });
  batchNext = 0;
  const beforeBatch = await storedAnswers(db.url, db.openAssessmentId);
  if (chunks < 1) throw new Error("the single saves used every item: shorten BENCH_SECONDS or add items");
  const batches = await cannon(server.url, 50, SECONDS, { requests: batchRequest(server.url) });
  const storedBatch = (await storedAnswers(db.url, db.openAssessmentId)) - beforeBatch;
  rows.push({ target: `reference, same ${BATCH}-answer POST`, result: refBatch });
  rows.push({
    target: `POST …/answers, ${BATCH} answers per request (save queue batch)`,
    result: batches,
    reference: refBatch,
    note: `${storedBatch} answers stored = **${(storedBatch / batches.duration).toFixed(0)} stored/s**`,
  });

  const refDash = await cannon(`${ref}/results`, 10, SECONDS * 2);
  rows.push({ target: "reference, 10 connections", result: refDash });
  rows.push({
    target: `results dashboard, ${DASHBOARD_RESPONDENTS} respondents, 10 conn.`,
    result: await cannon(dashboard, 10, SECONDS * 2, { headers: { cookie } }),
    reference: refDash,
  });

  console.log(`\nengine ${engine}, ${workers ?? "default"} worker(s), ${SECONDS} s per run (dashboard ${SECONDS * 2} s), autocannon\n`);
  console.log("| target | req/s | p50 | p99 | ratio to reference | errors |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const r of rows) console.log(line(r));
} finally {
  await server.stop();
  if (reference.pid) process.kill(-reference.pid, "SIGTERM");
  await db.drop();
}
