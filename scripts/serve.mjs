// `npm start` (after scripts/prepare.ts): serves the production build on every core.
// On PostgreSQL a cluster of Next.js workers shares one port (node:cluster hands connections to the
// workers); everything they share — sessions, rate limits, link attempts — lives in the database, so
// workers are as interchangeable as separate instances behind a load balancer. The embedded database
// (PGlite) is one process's own files, so it is served by a single process.
// MEYAR_WORKERS sets the number of workers (default: the machine's available cores).
import cluster from "node:cluster";
import { createServer } from "node:http";
import os from "node:os";

// Next reads NODE_ENV when it loads; `next start` sets it the same way.
process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.BIND_ADDRESS ?? "0.0.0.0";
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");
const requested = Number(process.env.MEYAR_WORKERS ?? "");
const workers = onPostgres ? (Number.isInteger(requested) && requested > 0 ? requested : os.availableParallelism()) : 1;

async function serveOneProcess() {
  const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => void handle(req, res));
  server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout
  await new Promise((resolve) => server.listen(port, hostname, resolve));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  return server;
}

if (workers === 1) {
  await serveOneProcess();
  console.log(`[meyar] serving http://localhost:${port} (one process${onPostgres ? "" : ": the embedded database is single-process"})`);
} else if (cluster.isPrimary) {
  let stopping = false;
  let ready = 0;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("message", (_worker, message) => {
    if (message === "ready" && ++ready === workers) console.log(`[meyar] serving http://localhost:${port} with ${workers} workers (PostgreSQL)`);
  });
  cluster.on("exit", (worker, code) => {
    if (stopping) return;
    console.error(`[meyar] worker ${worker.process.pid} exited (${code}); starting another`);
    cluster.fork();
  });
  const stop = (signal) => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal);
    let left = Object.keys(cluster.workers ?? {}).length;
    if (left === 0) process.exit(0);
    cluster.on("exit", () => {
      if (--left === 0) process.exit(0);
    });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGTERM"));
} else {
  await serveOneProcess();
  process.send?.("ready");
}
