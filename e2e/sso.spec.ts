// Single sign-on with OpenID Connect, end to end against a real OIDC server (oidc-provider) that this
// spec starts on loopback, and an instance of Meyar configured for it (its own PostgreSQL database,
// the production build the e2e server made). Through the browser: a new person of a mapped domain
// signs in, gets an account without a password and a membership with the default role, a
// server-side session record and the organisation's language; signing out ends the session; a
// foreign domain and an unverified address are refused and nothing is created. Nothing leaves
// 127.0.0.1.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Browser, type Page } from "@playwright/test";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";
import pg from "pg";
import { createPrismaClient, type Db } from "../lib/platform/db/connect.ts";
import { run, waitUntilUp } from "./support-instance.ts";

const ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const dbName = `meyar_e2e_sso_${process.pid}_${Date.now()}`;
const url = `postgresql://postgres@127.0.0.1:5432/${dbName}`;
const SECRET = "e2e-sso-secret-0123456789abcdef0123";
const CLIENT_ID = "meyar-e2e";
const CLIENT_SECRET = "e2e-oidc-client-secret-0123456789";
const SSO_NAME = "Atlas Bank SSO";

// The identity provider's people: the login typed on its (development) login page is the subject.
const ACCOUNTS: Record<string, { email: string; email_verified: boolean; name: string }> = {
  ana: { email: "ana.new@atlas-bank.example", email_verified: true, name: "Ana New" },
  cyrus: { email: "cyrus@cedar-bank.example", email_verified: true, name: "Cyrus Cedar" },
  eve: { email: "eve@foreign.example", email_verified: true, name: "Eve Foreign" },
  uma: { email: "uma@atlas-bank.example", email_verified: false, name: "Uma Unverified" },
};

let idp: Server;
let app: ChildProcess | undefined;
let appBase = "";
let db: Db;
let closeDb: () => Promise<void>;

async function adminSql(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(sql).finally(() => c.end());
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // The OIDC server first (its issuer URL carries its port), then Meyar pointed at it.
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  idp = createServer((req, res) => handle(req, res));
  await new Promise<void>((r) => idp.listen(0, "127.0.0.1", r));
  const issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
  const appPort = await freePort();
  // The app is served on 127.0.0.1 but addressed as localhost (still loopback): Next's request URLs
  // spell every loopback host "localhost", so the redirect URI Auth.js sends with the token request
  // is localhost's, and the one registered at the IdP and in AUTH_URL must be the same.
  appBase = `http://localhost:${appPort}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${appBase}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    cookies: { keys: ["e2e-oidc-cookie-signing-key-0123456789"] },
    findAccount: (_ctx, id) => {
      const person = ACCOUNTS[id];
      return person ? { accountId: id, claims: () => ({ sub: id, ...person }) } : undefined;
    },
  });
  handle = provider.callback();
  // The IdP's refusals, for a failure's post-mortem.
  const report = (event: string) => (ctx: KoaContextWithOIDC, err: Error & { error_detail?: string }) =>
    console.log(
      `[idp] ${event} ${ctx.path}: ${err.message} (${err.error_detail ?? ""}) redirect_uri=${String(ctx.oidc?.params?.redirect_uri)}`,
    );
  provider.on("grant.error", report("grant.error"));
  provider.on("server_error", report("server_error"));
  provider.on("authorization.error", report("authorization.error"));

  await adminSql(`CREATE DATABASE "${dbName}"`);
  const env = {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: SECRET,
    MEYAR_DEMO_DATA: "true",
    MEYAR_SKIP_BUILD: "1",
    AUTH_URL: appBase,
    AUTH_OIDC_ISSUER: issuer,
    AUTH_OIDC_CLIENT_ID: CLIENT_ID,
    AUTH_OIDC_CLIENT_SECRET: CLIENT_SECRET,
    AUTH_OIDC_NAME: SSO_NAME,
    AUTH_OIDC_DOMAINS: "atlas-bank.example=atlas-bank:ANALYST, cedar-bank.example=cedar-bank:VIEWER",
  };
  await run("npx", ["tsx", "scripts/prepare.ts"], env);
  mkdirSync("test-results", { recursive: true });
  const log = openSync("test-results/sso-app.log", "w");
  app = spawn("npx", ["tsx", "scripts/serve.ts"], {
    env: { ...env, PORT: String(appPort), BIND_ADDRESS: "127.0.0.1", MEYAR_WORKERS: "1" },
    // The server's output, for a failure's post-mortem (it never contains the client secret).
    stdio: ["ignore", log, log],
    detached: true,
  });
  await waitUntilUp(`http://127.0.0.1:${appPort}`);

  process.env.AUTH_SECRET = SECRET;
  ({ prisma: db, close: closeDb } = createPrismaClient(url));
  // Atlas Bank requires two-factor (an SSO sign-in satisfies it: the IdP decides MFA); Cedar Bank's
  // pages open in Persian until a person chooses otherwise.
  await db.organization.update({ where: { slug: "atlas-bank" }, data: { requireTwoFactor: true } });
  await db.organization.update({ where: { slug: "cedar-bank" }, data: { defaultLocale: "fa" } });
});

test.afterAll(async () => {
  await closeDb?.();
  if (app?.pid) process.kill(-app.pid, "SIGTERM");
  await new Promise<void>((r) => (idp ? idp.close(() => r()) : r()));
  await new Promise((r) => setTimeout(r, 1500));
  await adminSql(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
});

/** Clicks "Sign in with …" and signs in at the identity provider's login and consent pages. */
async function signInAtIdp(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: appBase })).newPage();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Sign in with ${SSO_NAME}` }).click();
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  return page;
}

test("a new person of a mapped domain signs in with SSO: account without password, default role, session record; sign-out ends it", async ({
  browser,
  playwright,
}) => {
  const page = await signInAtIdp(browser, "ana");
  await expect(page).toHaveURL(/\/orgs$/);
  await expect(page.getByText("Atlas Bank").first()).toBeVisible();

  const user = await db.user.findUniqueOrThrow({
    where: { email: "ana.new@atlas-bank.example" },
    select: { id: true, name: true, passwordHash: true, emailVerifiedAt: true, oidcSubject: true, memberships: true, sessions: true },
  });
  expect(user).toMatchObject({ name: "Ana New", passwordHash: null, oidcSubject: expect.stringMatching(/ ana$/) });
  expect(user.emailVerifiedAt).not.toBeNull();
  expect(user.memberships.map((m) => m.role)).toEqual(["ANALYST"]);
  expect(user.sessions).toHaveLength(1);
  expect(user.sessions[0]).toMatchObject({ method: "oidc", revokedAt: null });

  // Atlas Bank requires two-factor; the SSO session is admitted (the identity provider's MFA applies).
  await page.goto("/atlas-bank");
  await expect(page).toHaveURL(/\/atlas-bank/);
  await expect(page.getByText(/requires two-factor authentication/)).toHaveCount(0);

  const cookie = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
  expect(cookie).toBeTruthy();
  const header = { cookie: `${cookie?.name}=${cookie?.value}` };
  const other = await playwright.request.newContext();
  expect((await other.get(`${appBase}/orgs`, { headers: header, maxRedirects: 0 })).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  const ended = await db.session.findUniqueOrThrow({ where: { id: user.sessions[0]!.id } });
  expect(ended.revokedAt).not.toBeNull();
  // The cookie copied before signing out opens nothing.
  expect((await other.get(`${appBase}/orgs`, { headers: header, maxRedirects: 0 })).status()).not.toBe(200);
  await other.dispose();
  await page.context().close();
});

test("SSO sign-in sets the language cookie from the organisation's default, like a password sign-in", async ({ browser }) => {
  const page = await signInAtIdp(browser, "cyrus");
  await expect(page).toHaveURL(/\/orgs$/);
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === "meyar-locale")?.value).toBe("fa");
  const m = await db.membership.findFirstOrThrow({
    where: { user: { email: "cyrus@cedar-bank.example" } },
    include: { organization: true },
  });
  expect(m).toMatchObject({ role: "VIEWER", organization: { slug: "cedar-bank" } });
  await page.context().close();
});

test("a foreign domain is refused with a clear message, and nothing is created", async ({ browser }) => {
  const page = await signInAtIdp(browser, "eve");
  await expect(page).toHaveURL(/\/sign-in\?sso=domain/);
  // Next's route announcer is an (empty) alert too: pick the sign-in page's own.
  await expect(page.getByRole("alert").filter({ hasText: "not open to your e-mail address's domain" })).toBeVisible();
  expect(await db.user.count({ where: { email: "eve@foreign.example" } })).toBe(0);
  const refusal = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.sso-refused" }, orderBy: { createdAt: "desc" } });
  expect(refusal.detail).toMatchObject({ reason: "domain", domain: "foreign.example" });
  expect((await page.context().cookies()).find((c) => c.name === "authjs.session-token")).toBeUndefined();
  await page.context().close();
});

test("an address the identity provider has not verified is refused, even in a mapped domain", async ({ browser }) => {
  const page = await signInAtIdp(browser, "uma");
  await expect(page).toHaveURL(/\/sign-in\?sso=unverified/);
  await expect(page.getByRole("alert").filter({ hasText: "did not confirm that your e-mail address is verified" })).toBeVisible();
  expect(await db.user.count({ where: { email: "uma@atlas-bank.example" } })).toBe(0);
  await page.context().close();
});
