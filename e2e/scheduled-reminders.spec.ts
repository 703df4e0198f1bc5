// Automatic reminders with the clock in the test's hands (e2e/support-clock-server.ts), on a private
// instance — a cluster of two server processes on PostgreSQL, each running the job worker — e-mailing
// a real local SMTP server: the bank sets a closing date and a reminder 7 days before it on the
// assessment page; the reminder falls due while the server is down, is sent once after the restart to
// the one respondent who has not submitted, and is not sent again after a second restart.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { createPrismaClient } from "../lib/platform/db/connect.ts";
import { issueRespondentToken } from "../lib/features/assessments/respondent-links.ts";
import { latestFramework } from "../lib/domain/instrument/index.ts";
import { startSmtpSink } from "../tests/integration/support/smtp-sink.ts";
import { DEMO, PASSWORD } from "./support.ts";
import { run, waitUntilUp } from "./support-instance.ts";

const ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const dbName = `meyar_e2e_reminders_${process.pid}_${Date.now()}`;
const url = `postgresql://postgres@127.0.0.1:5432/${dbName}`;
const PORT = Number(process.env.E2E_REMINDERS_PORT ?? 3133);
const BASE = `http://127.0.0.1:${PORT}`;
const SECRET = "e2e-scheduled-reminders-secret-0123456789";
const DAY = 86_400_000;
const dir = mkdtempSync(path.join(os.tmpdir(), "meyar-clock-"));
const clockFile = path.join(dir, "now");
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let server: ChildProcess | undefined;
let env: NodeJS.ProcessEnv;
let assessmentId = "";

async function adminSql(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(sql).finally(() => c.end());
}

async function startServer(): Promise<void> {
  server = spawn("npx", ["tsx", "e2e/support-clock-server.ts", clockFile], { env, stdio: "ignore", detached: true });
  await waitUntilUp(BASE);
}

/** Stops the instance (SIGTERM: each process finishes the job in hand) and waits until it is gone. */
async function stopServer(): Promise<void> {
  const s = server;
  if (!s?.pid) return;
  const gone = new Promise((resolve) => s.once("exit", resolve));
  process.kill(-s.pid, "SIGTERM");
  await gone;
  server = undefined;
}

const setClock = (at: Date) => writeFileSync(clockFile, at.toISOString());

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  smtp = await startSmtpSink();
  await adminSql(`CREATE DATABASE "${dbName}"`);
  env = {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: SECRET,
    MEYAR_DEMO_DATA: "true",
    MEYAR_SKIP_BUILD: "1",
    SMTP_URL: smtp.url,
    MEYAR_JOBS_POLL_SECONDS: "1",
    PORT: String(PORT),
    BIND_ADDRESS: "127.0.0.1",
    MEYAR_WORKERS: "2",
  };
  await run("npx", ["tsx", "scripts/prepare.ts"], env);
  process.env.AUTH_SECRET = SECRET;
  const { prisma, close } = createPrismaClient(url);
  try {
    const org = await prisma.organization.findUniqueOrThrow({ where: { slug: "atlas-bank" } });
    const a = await prisma.assessment.create({
      data: {
        organizationId: org.id,
        name: "Scheduled reminders",
        frameworkVersion: latestFramework.version,
        modules: ["cx"],
        groups: ["managers"],
      },
    });
    assessmentId = a.id;
    const people = [
      { email: "waiting@atlas-bank.example" },
      { email: "finished@atlas-bank.example", submittedAt: new Date() },
      { email: "revoked@atlas-bank.example", revokedAt: new Date() },
    ];
    for (const p of people) {
      const { tokenHash, tokenSealed } = issueRespondentToken();
      await prisma.respondent.create({
        data: { assessmentId: a.id, organizationId: org.id, group: "managers", tokenHash, tokenSealed, ...p },
      });
    }
  } finally {
    await close();
  }
  setClock(new Date());
  await startServer();
});

test.afterAll(async () => {
  await stopServer().catch(() => undefined);
  await smtp?.stop();
  await adminSql(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  rmSync(dir, { recursive: true, force: true });
});

test("a scheduled reminder is sent exactly once across restarts", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await browser.newPage({ baseURL: BASE });
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(DEMO.owner.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/orgs$/);
  await page.goto(`/atlas-bank/assessments/${assessmentId}`);
  const closing = new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10);
  await page.getByLabel("Closing date", { exact: true }).fill(closing);
  await page.getByRole("checkbox", { name: "7 days before the closing date" }).check();
  await page.getByRole("button", { name: "Save schedule" }).click();
  await expect(page.getByText("Schedule saved.")).toBeVisible();
  const reminderAt = new Date(new Date(`${closing}T23:59:59Z`).getTime() - 7 * DAY);
  await expect(page.getByTestId("schedule-next-reminder")).toContainText(reminderAt.toISOString().slice(0, 16).replace("T", " "));
  await expect(page.getByTestId("schedule-closes")).toContainText(`${closing} 23:59 UTC`);

  // Down while the reminder falls due; after the restart it goes out once, to the one who has not submitted.
  await stopServer();
  expect(smtp.received).toHaveLength(0);
  setClock(new Date(reminderAt.getTime() + 60_000));
  await startServer();
  await expect.poll(() => smtp.received.length, { timeout: 20_000 }).toBe(1);
  expect(smtp.received[0]?.to).toEqual(["waiting@atlas-bank.example"]);

  // Restarted again a minute later: a few polls of both processes send nothing more.
  await stopServer();
  setClock(new Date(reminderAt.getTime() + 2 * 60_000));
  await startServer();
  await new Promise((r) => setTimeout(r, 4000));
  expect(smtp.received).toHaveLength(1);

  // The session lives in the database, so the same browser is still signed in after the restarts.
  await page.goto(`/atlas-bank/assessments/${assessmentId}`);
  await expect(page.getByTestId("schedule-sent")).toHaveText("1 scheduled reminder sent");
  await page.close();
});
