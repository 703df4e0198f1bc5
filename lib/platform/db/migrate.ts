import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { env } from "../env.ts";

/**
 * Programmatic `prisma migrate deploy`.
 *
 * Runs the project's own Prisma CLI (node_modules/.bin/prisma) in a child process, with DATABASE_URL set
 * to the given url. prisma.config.ts reads DATABASE_URL and points the CLI at our schema-engine bridge
 * (prisma/engine-bridge/), so this works offline on PGlite (`file:<dir>`, `memory:`) and on PostgreSQL
 * (`postgres://…`). Idempotent: a second run applies nothing and resolves.
 *
 * Never run it while another process has the same PGlite data directory open (PGlite has no lock).
 */
export interface MigrateDeployOptions {
  /** Folder holding prisma.config.ts and node_modules. Default: process.cwd(). */
  cwd?: string;
  /** Explicit Prisma config file (passed as --config). Default: the CLI's own discovery in `cwd`. */
  configFile?: string;
  /** Echo the CLI's output to this process's stdout/stderr as it arrives. Default: false. */
  echo?: boolean;
  /** Extra environment variables for the CLI. */
  env?: NodeJS.ProcessEnv;
  /** Kill the CLI after this many milliseconds. Default: 5 minutes. */
  timeoutMs?: number;
}

export interface PrismaCliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class MigrateDeployError extends Error {
  constructor(
    message: string,
    readonly result: PrismaCliResult,
  ) {
    super(message);
    this.name = "MigrateDeployError";
  }
}

/** Locate node_modules/.bin/prisma from `cwd` upwards. */
export function prismaBin(cwd: string = process.cwd()): string {
  let dir = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(dir, "node_modules", ".bin", process.platform === "win32" ? "prisma.cmd" : "prisma");
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find node_modules/.bin/prisma from ${cwd}`);
    dir = parent;
  }
}

/** Run the Prisma CLI with `args`; resolves with its exit code and output (never rejects on exit code). */
export function runPrismaCli(args: string[], options: MigrateDeployOptions & { databaseUrl?: string } = {}): Promise<PrismaCliResult> {
  const cwd = options.cwd ?? process.cwd();
  const env: NodeJS.ProcessEnv = {
    // The CLI child gets the whole environment (PATH, HOME, …), not only Meyar's settings.
    ...process.env,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
    ...options.env,
  };
  if (options.databaseUrl !== undefined) env.DATABASE_URL = options.databaseUrl;
  const fullArgs = options.configFile ? [...args, "--config", options.configFile] : args;

  return new Promise((resolve, reject) => {
    const child = spawn(prismaBin(cwd), fullArgs, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      if (options.echo) process.stdout.write(chunk);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    const timer = setTimeout(() => child.kill("SIGTERM"), options.timeoutMs ?? 5 * 60_000);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

/**
 * Apply all pending migrations (prisma/migrations) to `databaseUrl` (default: $DATABASE_URL, else the
 * config's default `file:.data/pglite`). Rejects with the CLI's own error message when it fails.
 */
export async function migrateDeploy(databaseUrl?: string, options: MigrateDeployOptions = {}): Promise<void> {
  const result = await runPrismaCli(["migrate", "deploy"], { ...options, databaseUrl: databaseUrl ?? env().DATABASE_URL });
  if (result.code !== 0) {
    const output = `${result.stderr}\n${result.stdout}`.trim();
    throw new MigrateDeployError(`prisma migrate deploy failed (exit ${result.code}):\n${output}`, result);
  }
}
