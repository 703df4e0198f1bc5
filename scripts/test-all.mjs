// `npm test`: every check, in order — typecheck, lint, format, unit, integration (PGlite, plus PostgreSQL
// when DATABASE_URL names a server), then Playwright end-to-end in Chromium. Stops at the first
// failing stage and ends with one line "Tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, mkdirSync } from "node:fs";

const only = process.argv.slice(2);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
mkdirSync("test-results", { recursive: true });

const stages = [
  { name: "typecheck", cmd: ["npx", "tsc", "--noEmit", "-p", "."] },
  { name: "lint", cmd: ["npx", "eslint", "."] },
  { name: "format", cmd: ["npx", "prettier", "--check", "--log-level", "warn", "."] },
  {
    name: "unit",
    cmd: ["npx", "vitest", "run", "--project", "unit", "--reporter=default", "--reporter=json", "--outputFile=test-results/unit.json"],
    report: "test-results/unit.json",
    kind: "vitest",
  },
  {
    name: "integration",
    cmd: [
      "npx",
      "vitest",
      "run",
      "--project",
      "integration",
      "--reporter=default",
      "--reporter=json",
      "--outputFile=test-results/integration.json",
    ],
    report: "test-results/integration.json",
    kind: "vitest",
  },
  { name: "e2e", cmd: ["npx", "playwright", "test"], report: "test-results/e2e-results.json", kind: "playwright" },
].filter((s) => only.length === 0 || only.includes(s.name));

function counts(stage) {
  if (!stage.report || !existsSync(stage.report)) return { passed: 0, failed: 0 };
  const r = JSON.parse(readFileSync(stage.report, "utf8"));
  if (stage.kind === "vitest") return { passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0 };
  const s = r.stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0) };
}

let passed = 0;
let failed = 0;
for (const stage of stages) {
  if (stage.report) rmSync(stage.report, { force: true });
  const started = Date.now();
  console.log(`\n=== ${stage.name} ===`);
  const result = spawnSync(stage.cmd[0], stage.cmd.slice(1), { stdio: "inherit", env });
  const c = counts(stage);
  passed += c.passed;
  failed += c.failed;
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (result.status !== 0) {
    console.log(`=== ${stage.name} FAILED after ${seconds} s ===`);
    console.log(`Tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
  console.log(`=== ${stage.name} ok (${seconds} s${stage.report ? `, ${c.passed} passed` : ""}) ===`);
}
console.log(`Tests: ${passed} passed, ${failed} failed`);
