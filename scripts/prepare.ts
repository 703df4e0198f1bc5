// Runs before `npm start`: makes a fresh checkout servable and leaves an existing one alone.
// 1. an AUTH_SECRET for this installation (only when none is configured);
// 2. pending migrations applied to whichever database DATABASE_URL selects;
// 3. demo data seeded on the embedded database unless MEYAR_DEMO_DATA=false, on PostgreSQL only
//    with MEYAR_DEMO_DATA=true (idempotent; skipped when already present);
// 4. a production build when none exists or the sources changed since the last one.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { createPrismaClient } from "../lib/platform/db/connect.ts";
import { databaseUrl } from "../lib/platform/db/database-url.ts";
import { demoDataWanted, env, loadEnv } from "../lib/platform/env.ts";
import { migrateDeploy } from "../lib/platform/db/migrate.ts";
import { pendingMigrations } from "./pending-migrations.ts";
import { sourceFingerprint } from "./source-fingerprint.ts";
import { DEMO_USERS } from "../prisma/demo-data.ts";
import { DEMO_ASSESSMENT_NAME } from "../prisma/demo-assessment.ts";
import { seedDemo } from "../prisma/seed.ts";
import { ensureFrameworksStored } from "../lib/features/assessments/framework-store.ts";

const started = Date.now();
const log = (msg: string) => console.log(`[meyar] ${msg} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

function ensureAuthSecret(): void {
  if (env().AUTH_SECRET) return;
  const file = ".data/auth-secret";
  if (existsSync(file)) {
    // Set for this process and the server it starts (env() notices the change).
    process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
    return;
  }
  mkdirSync(".data", { recursive: true });
  writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
  log("generated an AUTH_SECRET for this installation in .data/auth-secret");
}

async function migrateAndSeed(): Promise<void> {
  const url = databaseUrl();
  const pending = await pendingMigrations(url);
  if (pending.length > 0) {
    log(`applying ${pending.length} migration(s): ${pending.join(", ")}`);
    await migrateDeploy(url, { echo: false });
    log("database is up to date");
  }
  const { prisma, close } = createPrismaClient(url);
  try {
    await ensureFrameworksStored(prisma);
    if (!demoDataWanted()) return;
    const present = await prisma.user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } });
    const demoAssessments = await prisma.assessment.count({ where: { name: DEMO_ASSESSMENT_NAME } });
    // An install seeded before the benchmark pool existed gets the demo pool too.
    const demoPool = await prisma.benchmarkEntry.count({ where: { organization: { isDemo: true } } });
    if (present < DEMO_USERS.length || demoAssessments === 0 || demoPool === 0) {
      const r = await seedDemo(prisma);
      log(`seeded demo data: ${r.organizations} fictitious organisations, ${r.users} demo users`);
    }
  } finally {
    await close();
  }
}

function ensureBuild(): void {
  const stamp = ".next/meyar-source-fingerprint";
  const fingerprint = sourceFingerprint();
  if (existsSync(".next/BUILD_ID") && existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint) return;
  log("building the production bundle (first start or changed sources)");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed");
  writeFileSync(stamp, fingerprint);
  log("build ready");
}

export async function prepare(): Promise<void> {
  loadEnv();
  ensureAuthSecret();
  await migrateAndSeed();
  if (env().MEYAR_SKIP_BUILD !== "1") ensureBuild();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await prepare();
  log("starting the server");
}
