// Fault test: the database restarts in the middle of a respondent's session. Answers given before,
// during and after the outage are all stored; meanwhile the respondent sees that saving is being
// retried (never an error page), and the answers stay on screen.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/platform/db/connect.ts";
import { migrateDeploy } from "../lib/platform/db/migrate.ts";
import { ensureFrameworksStored } from "../lib/features/assessments/framework-store.ts";
import { issueRespondentToken } from "../lib/features/assessments/respondent-links.ts";
import { allItems, latestFramework } from "../lib/domain/instrument/index.ts";
import { SERVER_RETRY_MESSAGE } from "../lib/client/questionnaire/save-queue.ts";
import { createPrivatePostgres, type PrivatePostgres } from "./support-private-postgres.ts";

const PG_PORT = Number(process.env.E2E_FAULT_PG_PORT ?? 54_329);
const APP_PORT = Number(process.env.E2E_FAULT_APP_PORT ?? 3199);
const items = allItems(latestFramework, ["cx"])
  .slice(0, 9)
  .map((i) => i.key);

let pg: PrivatePostgres;
let server: ChildProcess;
let link: string;
let respondentId: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  process.env.AUTH_SECRET ??= "e2e-fault-test-secret-0123456789abcdef";
  pg = createPrivatePostgres(PG_PORT);
  await migrateDeploy(pg.url);
  const { prisma, close } = createPrismaClient(pg.url);
  await ensureFrameworksStored(prisma);
  const org = await prisma.organization.create({
    data: { slug: "fault-bank", name: "Fault Bank", kind: "BANK", ownership: "PRIVATE", sizeBand: "SMALL", region: "Test" },
  });
  const a = await prisma.assessment.create({
    data: {
      organizationId: org.id,
      name: "Outage drill",
      frameworkVersion: latestFramework.version,
      modules: ["cx"],
      groups: ["managers"],
    },
  });
  const t = issueRespondentToken();
  respondentId = (
    await prisma.respondent.create({
      data: {
        assessmentId: a.id,
        organizationId: org.id,
        email: "drill@fault.example",
        group: "managers",
        tokenHash: t.tokenHash,
        tokenSealed: t.tokenSealed,
      },
    })
  ).id;
  await close();
  link = `http://127.0.0.1:${APP_PORT}/respond/${t.token}`;
  server = spawn("npx", ["next", "start", "-p", String(APP_PORT)], {
    env: { ...process.env, DATABASE_URL: pg.url },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${APP_PORT}/api/health`)).ok) break;
    } catch {
      /* starting */
    }
    if (i > 240) throw new Error("fault-test server did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  pg?.destroy();
});

test("answers survive a database restart mid-session", async ({ page }) => {
  test.setTimeout(120_000);
  const answer = (key: string, label: string) =>
    page.locator(`[id="item-${key}"]`).getByRole("radio", { name: label, exact: true }).check();
  await page.goto(link);
  for (const key of items.slice(0, 3)) await answer(key, "Agree");
  await expect(page.getByTestId("save-status")).toHaveText("All answers saved");

  pg.stop();
  for (const key of items.slice(3, 6)) await answer(key, "Disagree");
  await expect(page.getByTestId("save-status")).toHaveText(SERVER_RETRY_MESSAGE, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outage drill");
  await expect(page.locator(`[id="item-${items[4]}"]`).getByRole("radio", { name: "Disagree", exact: true })).toBeChecked();

  pg.start();
  for (const key of items.slice(6, 9)) await answer(key, "Strongly agree");
  await page
    .getByRole("button", { name: "Try again now" })
    .click({ timeout: 5_000 })
    .catch(() => {
      /* already retried on its own */
    });
  await expect(page.getByTestId("save-status")).toHaveText("All answers saved", { timeout: 45_000 });

  const { prisma, close } = createPrismaClient(pg.url);
  const stored = await prisma.answer.findMany({ where: { respondentId }, orderBy: { itemKey: "asc" } });
  await close();
  const expected = Object.fromEntries(items.map((k, i) => [k, i < 3 ? 4 : i < 6 ? 2 : 5]));
  expect(Object.fromEntries(stored.map((a) => [a.itemKey, a.value]))).toEqual(expected);
  expect(stored.every((a) => a.version === 1)).toBe(true);
});
