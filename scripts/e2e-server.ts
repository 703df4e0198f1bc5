// The server Playwright tests run against: the production build on a fresh, seeded database
// (a new PGlite folder by default; the database DATABASE_URL names when it is a server).
import { rmSync } from "node:fs";
import { spawn } from "node:child_process";
import { prepare } from "./prepare.ts";
import { embeddedDatabase, env } from "../lib/platform/env.ts";

if (embeddedDatabase()) {
  rmSync(".data/e2e", { recursive: true, force: true });
  process.env.DATABASE_URL = "file:.data/e2e";
}
// The specs sign in as the demo users, on PostgreSQL too (where demo data is off by default).
process.env.MEYAR_DEMO_DATA = "true";
await prepare();
const port = env().E2E_PORT ?? "3100";
const server = spawn("npx", ["tsx", "scripts/serve.ts"], { stdio: "inherit", env: { ...process.env, PORT: port } });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
