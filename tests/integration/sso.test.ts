// Single sign-on with OpenID Connect (issue 17) on a real database: what an identity provider's
// profile creates, links or is refused (lib/platform/auth/oidc-sign-in.ts), the session record it
// opens, the two-factor policy for SSO sessions, and that an account without a password stays so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInWithOidc, type OidcSignInContext } from "../../lib/platform/auth/oidc-sign-in.ts";
import { parseDomainMap } from "../../lib/platform/auth/oidc-policy.ts";
import { changePassword, checkCredentials, NO_PASSWORD } from "../../lib/platform/auth/accounts.ts";
import { createSession, userOfSession } from "../../lib/platform/auth/sessions.ts";
import { issuePasswordResetToken, requestPasswordReset, resetPassword } from "../../lib/platform/auth/password-reset.ts";
import { AccessError, resolveOrgAccess } from "../../lib/platform/access/access.ts";
import type { MailMessage } from "../../lib/platform/mail/mailer.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";
import { account, enrol, T0 } from "./support/accounts.ts";

const ISSUER = "https://login.atlas-bank.example";
const parsed = parseDomainMap("atlas-bank.example=atlas:ANALYST, ghost.example=no-such-org:VIEWER");
if (!parsed.ok) throw new Error(parsed.problem);
const ctx: OidcSignInContext = { issuer: ISSUER, domains: parsed.domains, ip: "198.51.100.7", userAgent: "Mozilla/5.0 sso-test" };
const person = (sub: string, email: string, extra: Record<string, unknown> = {}) => ({
  sub,
  email,
  email_verified: true,
  name: `Person ${sub}`,
  ...extra,
});

describe.each(enginesUnderTest())("single sign-on on %s", (engine) => {
  let t: TestDatabase;
  let atlas: { id: string; slug: string };
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    atlas = await t.db.organization.create({ data: { slug: "atlas", name: "Atlas Bank", kind: "BANK", requireTwoFactor: true } });
  });
  afterAll(async () => t?.dispose());

  const usersNamed = (email: string) => t.db.user.count({ where: { email } });

  it("a first sign-in creates the account without a password, a membership with the default role and an SSO session", async () => {
    const r = await signInWithOidc(t.db, person("sub-ana", "Ana@Atlas-Bank.example"), ctx);
    expect(r).toMatchObject({
      ok: true,
      account: "created",
      user: { email: "ana@atlas-bank.example", name: "Person sub-ana", sessionVersion: 0 },
    });
    if (!r.ok) return;
    const user = await t.db.user.findUniqueOrThrow({
      where: { id: r.user.id },
      include: { memberships: true, sessions: true },
      omit: { passwordHash: false },
    });
    expect(user).toMatchObject({ passwordHash: null, oidcSubject: `${ISSUER} sub-ana`, emailVerifiedAt: expect.any(Date) });
    expect(user.memberships).toMatchObject([{ organizationId: atlas.id, role: "ANALYST" }]);
    expect(user.sessions).toMatchObject([
      { id: r.sessionId, method: "oidc", ip: "198.51.100.7", userAgent: "Mozilla/5.0 sso-test", revokedAt: null },
    ]);
    // The session is a server-side record like a password sign-in's, marked as single sign-on.
    expect(await userOfSession(t.db, { uid: r.user.id, sv: 0, sid: r.sessionId })).toEqual({
      id: r.user.id,
      email: "ana@atlas-bank.example",
      name: "Person sub-ana",
      singleSignOn: true,
    });
    const actions = await t.db.auditEvent.findMany({ where: { actorUserId: r.user.id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["member.joined-by-sso", "auth.signed-in"]);
    expect(actions[1]!.detail).toEqual({ ip: "198.51.100.7", method: "sso" });
    // No password opens it.
    expect(await checkCredentials(t.db, { email: "ana@atlas-bank.example", password: "" }, null)).toMatchObject({ ok: false });
    expect(await checkCredentials(t.db, { email: "ana@atlas-bank.example", password: "anything at all" }, null)).toMatchObject({
      ok: false,
    });
  });

  it("a returning person keeps the role an owner gave; a membership an owner removed is not given back", async () => {
    const first = await signInWithOidc(t.db, person("sub-ben", "ben@atlas-bank.example"), ctx);
    if (!first.ok) throw new Error("refused");
    await t.db.membership.updateMany({ where: { userId: first.user.id }, data: { role: "ADMIN" } });
    const again = await signInWithOidc(t.db, person("sub-ben", "ben@atlas-bank.example"), ctx);
    expect(again).toMatchObject({ ok: true, account: "returning", user: { id: first.user.id } });
    expect(await t.db.membership.findMany({ where: { userId: first.user.id }, select: { role: true } })).toEqual([{ role: "ADMIN" }]);
    await t.db.membership.deleteMany({ where: { userId: first.user.id } });
    expect(await signInWithOidc(t.db, person("sub-ben", "ben@atlas-bank.example"), ctx)).toMatchObject({ ok: true });
    expect(await t.db.membership.count({ where: { userId: first.user.id } })).toBe(0);
    expect(await t.db.session.count({ where: { userId: first.user.id, method: "oidc" } })).toBe(3);
  });

  it("links an existing confirmed account by its verified address: password and an existing membership's role kept", async () => {
    const olga = await account(t.db, "Olga Owner", "olga@atlas-bank.example", "violet canyon drumbeat");
    await t.db.user.update({ where: { id: olga.id }, data: { emailVerifiedAt: T0 } });
    await t.db.membership.create({ data: { organizationId: atlas.id, userId: olga.id, role: "OWNER" } });
    const r = await signInWithOidc(t.db, person("sub-olga", "olga@atlas-bank.example"), ctx);
    expect(r).toMatchObject({ ok: true, account: "linked", user: { id: olga.id } });
    expect(await t.db.membership.findMany({ where: { userId: olga.id }, select: { role: true } })).toEqual([{ role: "OWNER" }]);
    expect(await checkCredentials(t.db, { email: olga.email, password: "violet canyon drumbeat" }, null)).toMatchObject({ ok: true });
    const linked = await t.db.auditEvent.findFirstOrThrow({ where: { actorUserId: olga.id, action: "auth.sso-linked" } });
    expect(linked.detail).toMatchObject({ passwordRemoved: false });
  });

  it("an account nobody confirmed (perhaps registered by someone else in advance) loses its password, second factor and sessions", async () => {
    const squatter = await account(t.db, "Not Pat", "pat@atlas-bank.example", "squatted orchard lantern");
    await enrol(t.db, squatter, new Date());
    const old = await createSession(t.db, squatter.id, {});
    const r = await signInWithOidc(t.db, person("sub-pat", "pat@atlas-bank.example"), ctx);
    expect(r).toMatchObject({ ok: true, account: "linked", user: { id: squatter.id, sessionVersion: 1 } });
    const user = await t.db.user.findUniqueOrThrow({
      where: { id: squatter.id },
      include: { twoFactor: true, recoveryCodes: true },
      omit: { passwordHash: false },
    });
    expect(user).toMatchObject({ passwordHash: null, twoFactor: null, recoveryCodes: [], emailVerifiedAt: expect.any(Date) });
    expect(await userOfSession(t.db, { uid: squatter.id, sv: 0, sid: old })).toBeNull();
    expect(await checkCredentials(t.db, { email: squatter.email, password: "squatted orchard lantern" }, null)).toMatchObject({
      ok: false,
    });
    // The membership the mapping gives is new.
    expect(await t.db.membership.findMany({ where: { userId: squatter.id }, select: { role: true } })).toEqual([{ role: "ANALYST" }]);
  });

  it("refuses an address the identity provider did not verify: nothing created, an existing account not linked", async () => {
    expect(await signInWithOidc(t.db, person("sub-uma", "uma@atlas-bank.example", { email_verified: false }), ctx)).toEqual({
      ok: false,
      reason: "unverified",
    });
    expect(await usersNamed("uma@atlas-bank.example")).toBe(0);
    const vic = await account(t.db, "Vic", "vic@atlas-bank.example", "copper meadow whistle");
    expect(await signInWithOidc(t.db, person("sub-vic", "vic@atlas-bank.example", { email_verified: "true" }), ctx)).toMatchObject({
      ok: false,
      reason: "unverified",
    });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: vic.id }, omit: { passwordHash: false } })).toMatchObject({
      oidcSubject: null,
      passwordHash: expect.any(String),
    });
    expect(await t.db.session.count({ where: { userId: vic.id } })).toBe(0);
  });

  it("refuses a foreign domain, audited with the domain only; nothing created", async () => {
    const before = await t.db.user.count();
    expect(await signInWithOidc(t.db, person("sub-eve", "eve@foreign.example"), ctx)).toEqual({ ok: false, reason: "domain" });
    expect(await t.db.user.count()).toBe(before);
    const refusal = await t.db.auditEvent.findFirstOrThrow({ where: { action: "auth.sso-refused" }, orderBy: { createdAt: "desc" } });
    expect(refusal).toMatchObject({ organizationId: null, actorUserId: null });
    expect(refusal.detail).toEqual({ ip: "198.51.100.7", reason: "domain", domain: "foreign.example" });
    expect(JSON.stringify(refusal)).not.toContain("eve@");
  });

  it("refuses a mapping to an organisation that does not exist, creating nothing", async () => {
    expect(await signInWithOidc(t.db, person("sub-gus", "gus@ghost.example"), ctx)).toEqual({ ok: false, reason: "organization" });
    expect(await usersNamed("gus@ghost.example")).toBe(0);
  });

  it("refuses a different identity of the same provider with an already linked address (a reissued address)", async () => {
    const r = await signInWithOidc(t.db, person("sub-someone-new", "ana@atlas-bank.example"), ctx);
    expect(r).toEqual({ ok: false, reason: "other-identity" });
    expect(await t.db.user.findUniqueOrThrow({ where: { email: "ana@atlas-bank.example" } })).toMatchObject({
      oidcSubject: `${ISSUER} sub-ana`,
    });
  });

  it("two first sign-ins of one person at the same moment make one account", async () => {
    const both = await Promise.all([
      signInWithOidc(t.db, person("sub-twin", "twin@atlas-bank.example"), ctx),
      signInWithOidc(t.db, person("sub-twin", "twin@atlas-bank.example"), ctx),
    ]);
    expect(both.every((r) => r.ok)).toBe(true);
    expect(await usersNamed("twin@atlas-bank.example")).toBe(1);
    expect(await t.db.membership.count({ where: { user: { email: "twin@atlas-bank.example" } } })).toBe(1);
  });

  it("the organisation's two-factor policy admits an SSO session (the IdP decides MFA), not a password one without a second factor", async () => {
    const ana = await t.db.user.findUniqueOrThrow({
      where: { email: "ana@atlas-bank.example" },
      select: { id: true, email: true, name: true },
    });
    const sso = await resolveOrgAccess(t.db, { user: { ...ana, singleSignOn: true } }, "atlas");
    expect(sso).toMatchObject({ role: "ANALYST" });
    const byPassword = resolveOrgAccess(t.db, { user: ana }, "atlas");
    await expect(byPassword).rejects.toBeInstanceOf(AccessError);
    await expect(byPassword).rejects.toMatchObject({ reason: "two-factor-required" });
  });

  it("an account without a password gets no password: no reset e-mail, an owner's link refused, no password change", async () => {
    const ana = await t.db.user.findUniqueOrThrow({
      where: { email: "ana@atlas-bank.example" },
      select: { id: true, email: true, name: true },
    });
    const sent: MailMessage[] = [];
    const mailer = { send: async (m: MailMessage) => void sent.push(m) };
    expect(await requestPasswordReset(t.db, { email: ana.email }, null, { mailer })).toMatchObject({ ok: true });
    expect(sent).toEqual([]);
    const token = await issuePasswordResetToken(t.db, ana.id, { ttlMs: 60_000 });
    expect(await resetPassword(t.db, { token, newPassword: "granite harbour lantern" }, null)).toMatchObject({
      ok: false,
      status: 409,
      error: NO_PASSWORD,
    });
    expect(await changePassword(t.db, ana, { currentPassword: "x", newPassword: "granite harbour lantern" })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: ana.id }, select: { passwordHash: true } })).toEqual({ passwordHash: null });
  });
});
