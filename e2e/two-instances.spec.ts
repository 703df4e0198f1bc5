// Two instances of Meyar's server (the first a cluster of two workers, as `npm start` runs on
// PostgreSQL) against one PostgreSQL database, as behind a load balancer: a session opened on one is
// honoured by the other and ended on both by signing out; answers saved through one are read through
// the other; bad-link limits count across both. Nothing is kept in one process that the others need.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Browser } from "@playwright/test";
import pg from "pg";
import { createPrismaClient } from "../lib/platform/db/connect.ts";
import { issueRespondentToken } from "../lib/features/assessments/respondent-links.ts";
import { allItems, latestFramework } from "../lib/domain/instrument/index.ts";
import { DEMO, PASSWORD } from "./support.ts";
import { run, waitUntilUp } from "./support-instance.ts";

const ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const dbName = `meyar_e2e_two_${process.pid}_${Date.now()}`;
const url = `postgresql://postgres@127.0.0.1:5432/${dbName}`;
const PORTS = [Number(process.env.E2E_TWO_PORT_A ?? 3131), Number(process.env.E2E_TWO_PORT_B ?? 3132)] as const;
const [A, B] = PORTS.map((p) => `http://127.0.0.1:${p}`) as [string, string];
// Both instances must share the installation secret (sessions and sealed links are signed with it).
const SECRET = "e2e-two-instances-secret-0123456789abcdef";
const servers: ChildProcess[] = [];
let token = "";
const items = allItems(latestFramework, ["cx"])
  .slice(0, 6)
  .map((i) => i.key);

async function adminSql(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(sql).finally(() => c.end());
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await adminSql(`CREATE DATABASE "${dbName}"`);
  const env = { ...process.env, DATABASE_URL: url, AUTH_SECRET: SECRET, MEYAR_DEMO_DATA: "true", MEYAR_SKIP_BUILD: "1" };
  await run("npx", ["tsx", "scripts/prepare.ts"], env);
  PORTS.forEach((port, i) => {
    const child = spawn("npx", ["tsx", "scripts/serve.ts"], {
      env: { ...env, PORT: String(port), BIND_ADDRESS: "127.0.0.1", MEYAR_WORKERS: i === 0 ? "2" : "1" },
      stdio: "ignore",
      detached: true,
    });
    servers.push(child);
  });
  await Promise.all([waitUntilUp(A), waitUntilUp(B)]);

  process.env.AUTH_SECRET = SECRET;
  const { prisma, close } = createPrismaClient(url);
  try {
    const org = await prisma.organization.findUniqueOrThrow({ where: { slug: "atlas-bank" } });
    const a = await prisma.assessment.create({
      data: {
        organizationId: org.id,
        name: "Two instances",
        frameworkVersion: latestFramework.version,
        modules: ["cx"],
        groups: ["managers"],
      },
    });
    const t = issueRespondentToken();
    token = t.token;
    await prisma.respondent.create({
      data: {
        assessmentId: a.id,
        organizationId: org.id,
        email: "two@atlas-bank.example",
        group: "managers",
        tokenHash: t.tokenHash,
        tokenSealed: t.tokenSealed,
      },
    });
  } finally {
    await close();
  }
});

test.afterAll(async () => {
  for (const s of servers) if (s.pid) process.kill(-s.pid, "SIGTERM");
  await new Promise((r) => setTimeout(r, 1500));
  await adminSql(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
});

/** Signs the demo owner in through the sign-in form of one instance and returns the session cookie. */
async function sessionCookie(browser: Browser, base: string): Promise<string> {
  // The credentials callback accepts only the single-use challenge the form's first step issues (a
  // password alone never opens a session), so sign in as a person does.
  const page = await browser.newPage({ baseURL: base });
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(DEMO.owner.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/orgs$/);
  const cookie = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
  await page.close();
  if (!cookie) throw new Error("no session cookie after sign-in");
  return `${cookie.name}=${cookie.value}`;
}

test("a session opened on one instance works on the other, and signing out ends it on both", async ({ browser, playwright }) => {
  const page = await browser.newPage({ baseURL: A });
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(DEMO.owner.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/orgs$/);
  const cookie = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
  expect(cookie).toBeTruthy();
  const header = { cookie: `${cookie?.name}=${cookie?.value}` };

  const other = await playwright.request.newContext();
  const onB = await other.get(`${B}/orgs`, { headers: header, maxRedirects: 0 });
  expect(onB.status()).toBe(200);
  expect(await onB.text()).toContain("Atlas Bank");

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  // The cookie copied before signing out no longer opens anything, on either instance.
  for (const base of [A, B]) {
    const after = await other.get(`${base}/orgs`, { headers: header, maxRedirects: 0 });
    expect(after.status(), base).not.toBe(200);
  }
  await other.dispose();
  await page.close();
});

test("answers saved through one instance are read through the other", async ({ playwright }) => {
  const api = await playwright.request.newContext();
  const answeredAt = new Date(Date.now() - 1000).toISOString();
  const batch = await api.post(`${A}/api/respond/${token}/answers`, {
    data: { answers: items.map((itemKey, i) => ({ itemKey, value: (i % 5) + 1, answeredAt })) },
  });
  expect(batch.status()).toBe(200);
  const one = await api.post(`${B}/api/respond/${token}/answers`, {
    data: { itemKey: items[0], value: 5, answeredAt: new Date().toISOString() },
  });
  expect(await one.json()).toMatchObject({ itemKey: items[0], value: 5, version: 2, applied: true });
  for (const base of [A, B]) {
    const read = (await (await api.get(`${base}/api/respond/${token}/answers`)).json()) as { answers: Record<string, { value: number }> };
    expect(Object.keys(read.answers).sort()).toEqual([...items].sort());
    expect(read.answers[items[0] ?? ""]?.value).toBe(5);
  }
  await api.dispose();
});

test("bad-link limits count across both instances, and a valid link is still served", async ({ playwright }) => {
  const api = await playwright.request.newContext();
  const statuses: number[] = [];
  for (let i = 0; i < 32; i++) {
    const res = await api.get(`${i % 2 ? B : A}/api/respond/${"x".repeat(43)}${i}/answers`);
    statuses.push(res.status());
  }
  // 30 misses per address are answered "unknown"; further misses, on either instance, "too many".
  expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
  expect(statuses.slice(30)).toEqual([429, 429]);
  expect((await api.get(`${B}/api/respond/${token}/answers`)).status()).toBe(200);
  await api.dispose();
});

test("signing in on either instance after signing out still works (sessions are shared rows)", async ({ browser, playwright }) => {
  const ctx = await playwright.request.newContext();
  const cookie = await sessionCookie(browser, B);
  expect((await ctx.get(`${A}/orgs`, { headers: { cookie }, maxRedirects: 0 })).status()).toBe(200);
  await ctx.dispose();
});
