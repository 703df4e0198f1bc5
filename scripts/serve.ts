// The production server (`npm start` after scripts/prepare.ts, and the e2e server): Next's request
// handler behind a plain Node HTTP server that first settles the client address
// (lib/platform/http/client-ip.ts) — `next start` keeps a client's X-Forwarded-For as sent, so rate
// limits keyed on it could be reset by changing the header on every request.
// On PostgreSQL it serves on every core: a node:cluster of workers shares one port, and everything the
// workers share (sessions, rate limits, link attempts, stored results) lives in the database, so they
// are as interchangeable as separate instances behind a load balancer. The embedded database (PGlite)
// is one process's own files, so it is served by a single process.
// Each process also runs the job worker (reminders, closing dates: lib/platform/jobs), which shares
// the process's database client with Next; due jobs are claimed with SKIP LOCKED, so any number of
// processes and instances run them once.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { register } from "node:module";
import os from "node:os";
import { pathToFileURL } from "node:url";
import { proxyTrustFromEnv, settleClientIp } from "../lib/platform/http/client-ip.ts";
import { unreadableTarget } from "../lib/platform/http/request-target.ts";
import { embeddedDatabase, jobsPollMs, loadEnv } from "../lib/platform/env.ts";

// Next and React read NODE_ENV when they load (`next start` sets it the same way).
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
const { default: next } = await import("next");
register("./server-only-allowed.mjs", import.meta.url);

// A bad setting stops here with the variable's name, before anything listens.
const config = loadEnv();
const port = Number(config.PORT ?? 3000);
// Not HOSTNAME: shells and containers set that to the machine's name.
const bindAddress = config.BIND_ADDRESS ?? "0.0.0.0";
const onPostgres = !embeddedDatabase(config);
const requested = Number(config.MEYAR_WORKERS ?? "");
const workers = onPostgres ? (Number.isInteger(requested) && requested > 0 ? requested : os.availableParallelism()) : 1;
const trust = proxyTrustFromEnv();
const shown = bindAddress === "0.0.0.0" ? "localhost" : bindAddress;

async function serveOneProcess(now?: () => Date): Promise<void> {
  const app = next({ dev: false, port, hostname: shown });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    const unreadable = unreadableTarget(req.url);
    if (unreadable !== null) {
      res.writeHead(400, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify({ error: unreadable }));
      return;
    }
    settleClientIp(req.headers, req.socket.remoteAddress, trust);
    void handle(req, res);
  });
  server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout
  await new Promise<void>((resolve) => server.listen(port, bindAddress, resolve));
  const pollMs = jobsPollMs(config);
  const { startAssessmentJobs } = await import("../lib/features/assessments/job-runner.ts");
  const jobs = pollMs ? startAssessmentJobs({ intervalMs: pollMs, now }) : null;
  // On shutdown the worker finishes the job in hand (its lease would expire anyway) before the process exits.
  const stop = () => void Promise.all([jobs?.stop(), new Promise((resolve) => server.close(resolve))]).finally(() => process.exit(0));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
}

/**
 * Serves the app. `options.now` is the job worker's clock: the system clock in production
 * (`npm start` passes none); only the e2e spec's own server script passes another.
 */
export async function serve(options: { now?: () => Date } = {}): Promise<void> {
  const forwarded = trust.trustProxy ? `trusted, ${trust.hops} hop(s)` : "ignored";
  if (workers === 1) {
    await serveOneProcess(options.now);
    const why = onPostgres ? "MEYAR_WORKERS=1" : "the embedded database is single-process";
    console.log(`[meyar] listening on http://${shown}:${port} (one process: ${why}; forwarded headers ${forwarded})`);
  } else if (cluster.isPrimary) {
    let stopping = false;
    let ready = 0;
    for (let i = 0; i < workers; i++) cluster.fork();
    cluster.on("message", (_worker, message) => {
      if (message === "ready" && ++ready === workers) {
        console.log(`[meyar] listening on http://${shown}:${port} (${workers} workers on PostgreSQL; forwarded headers ${forwarded})`);
      }
    });
    cluster.on("exit", (worker, code) => {
      if (stopping) return;
      console.error(`[meyar] worker ${worker.process.pid} exited (${code}); starting another`);
      cluster.fork();
    });
    const stop = () => {
      stopping = true;
      const alive = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
      if (alive.length === 0) process.exit(0);
      let left = alive.length;
      cluster.on("exit", () => {
        if (--left === 0) process.exit(0);
      });
      for (const w of alive) w.process.kill("SIGTERM");
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  } else {
    await serveOneProcess(options.now);
    process.send?.("ready");
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await serve();
