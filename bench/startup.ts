// The one-command figures of the README's quick start, measured on a fresh clone of this checkout:
//   1. `npm install && npm start` → first page served (install, migrate, seed, build included);
//   2. a later `npm start` → first page served (nothing to rebuild);
//   3. the server's resident memory idle, and after 100 page loads of a signed-in dashboard.
// Usage: npx tsx bench/startup.ts   (uses port 3300 and a temporary folder; loopback only)
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { signInCookie } from "./support/server.ts";
import { DEMO_PASSWORD } from "../prisma/demo-data.ts";

const PORT = 3300;
const base = `http://127.0.0.1:${PORT}`;
const dir = mkdtempSync(path.join(os.tmpdir(), "meyar-fresh-"));
execFileSync("git", ["clone", "-q", process.cwd(), dir]);
const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1" };
// The quick start runs on the embedded database, with nothing configured.
delete env.DATABASE_URL;

async function firstPage(child: ChildProcess, started: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the command exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/`)).ok) return (performance.now() - started) / 1000;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

function start(command: string): ChildProcess {
  return spawn("bash", ["-c", command], { cwd: dir, env, stdio: "ignore", detached: true });
}

/** Stops the command and everything it started, and waits until the port is free again. */
async function stop(child: ChildProcess): Promise<void> {
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  });
  // Next's server drains keep-alive connections (ours) before exiting; after a grace period, force it.
  for (let i = 0; i < 120; i++) {
    try {
      await fetch(`${base}/api/health`);
    } catch {
      return;
    }
    if (i === 12 && child.pid) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* group gone */
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`port ${PORT} still answers after stopping the server`);
}

/** Resident memory of the Next.js server processes below the command (kB → MB). */
function rssMb(child: ChildProcess): number {
  const pids = execFileSync("pgrep", ["-g", String(child.pid)])
    .toString()
    .trim()
    .split("\n");
  let kb = 0;
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const name = status.match(/^Name:\s+(.*)$/m)?.[1] ?? "";
      if (name.startsWith("next-server") || readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("next start")) {
        kb += Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? 0);
      }
    } catch {
      /* gone */
    }
  }
  return kb / 1024;
}

try {
  let t0 = performance.now();
  let child = start("npm install --no-audit --no-fund >/dev/null 2>&1 && npm start >/dev/null 2>&1");
  const fresh = await firstPage(child, t0);
  console.log(`fresh clone → first page with "npm install && npm start": ${fresh.toFixed(0)} s`);
  await stop(child);

  t0 = performance.now();
  child = start("npm start >/dev/null 2>&1");
  const later = await firstPage(child, t0);
  console.log(`later "npm start" → first page: ${later.toFixed(1)} s`);
  await new Promise((r) => setTimeout(r, 3000));
  console.log(`server resident memory, idle: ${rssMb(child).toFixed(0)} MB`);
  const cookie = await signInCookie(base, "owner@demo.meyar.example", DEMO_PASSWORD);
  const assessments = await (await fetch(`${base}/atlas-bank/assessments`, { headers: { cookie } })).text();
  const id = assessments.match(/\/atlas-bank\/assessments\/([a-z0-9]{20,})/)?.[1];
  const pages = [
    "/atlas-bank",
    "/atlas-bank/assessments",
    "/atlas-bank/members",
    ...(id ? [`/atlas-bank/assessments/${id}`, `/atlas-bank/assessments/${id}/results`] : []),
  ];
  for (let i = 0; i < 100; i++) {
    const res = await fetch(`${base}${pages[i % pages.length]}`, { headers: { cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${pages[i % pages.length]} answered ${res.status}`);
  }
  console.log(
    `server resident memory after 100 page loads (${pages.length} pages incl. the results dashboard): ${rssMb(child).toFixed(0)} MB`,
  );
  await stop(child);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
