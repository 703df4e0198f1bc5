// The organisation's "members must use two-factor" policy, and an owner resetting a member's second
// factor or issuing a one-time reset link — on a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetPassword } from "../../lib/platform/auth/password-reset.ts";
import { createSession, userOfSession } from "../../lib/platform/auth/sessions.ts";
import { beginSignIn } from "../../lib/platform/auth/sign-in.ts";
import { turnOffTwoFactor } from "../../lib/platform/auth/account-security.ts";
import { issueMemberPasswordReset, resetMemberTwoFactor, setTwoFactorPolicy } from "../../lib/features/org/account-security.ts";
import { updateOrganization } from "../../lib/features/org/organizations.ts";
import type { SessionUser } from "../../lib/platform/access/access.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";
import { account, enrol } from "./support/accounts.ts";

describe.each(enginesUnderTest())("the two-factor policy and owners' powers on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  describe("the organisation's two-factor policy and the owners' powers", () => {
    let owner: SessionUser;
    let member: SessionUser;
    let shared: SessionUser;
    let org: { id: string; slug: string };
    let memberMembership: string;
    let sharedMembership: string;
    beforeAll(async () => {
      owner = await account(t.db, "Olga Owner", "olga@atlas.example", "violet canyon drumbeat");
      member = await account(t.db, "Milo Member", "milo@atlas.example", "amber glacier notebook");
      shared = await account(t.db, "Sara Shared", "sara@atlas.example", "silver pepper lighthouse");
      org = await t.db.organization.create({
        data: { slug: "atlas", name: "Atlas Bank", kind: "BANK", ownership: "PRIVATE", sizeBand: "LARGE", region: "Gulf" },
      });
      const other = await t.db.organization.create({ data: { slug: "other-bank", name: "Other Bank", kind: "BANK" } });
      await t.db.membership.create({ data: { organizationId: org.id, userId: owner.id, role: "OWNER" } });
      memberMembership = (await t.db.membership.create({ data: { organizationId: org.id, userId: member.id, role: "ADMIN" } })).id;
      sharedMembership = (await t.db.membership.create({ data: { organizationId: org.id, userId: shared.id, role: "VIEWER" } })).id;
      await t.db.membership.create({ data: { organizationId: other.id, userId: shared.id, role: "OWNER" } });
    });

    it("lets an owner require two-factor only once the owner uses it, and audits the change", async () => {
      expect(await setTwoFactorPolicy.invoke(t.db, owner, org.slug, { required: "true" })).toMatchObject({ ok: false, status: 409 });
      expect(await setTwoFactorPolicy.invoke(t.db, member, org.slug, { required: "true" })).toMatchObject({ ok: false, status: 403 });
      await enrol(t.db, owner, new Date());
      expect(await setTwoFactorPolicy.invoke(t.db, owner, org.slug, { required: "true" })).toMatchObject({ ok: true });
      expect((await t.db.organization.findUniqueOrThrow({ where: { id: org.id } })).requireTwoFactor).toBe(true);
      expect(await t.db.auditEvent.count({ where: { organizationId: org.id, action: "org.two-factor-policy-changed" } })).toBe(1);
    });

    it("sends a member without two-factor to set it up at sign-in, and the guard refuses them until then", async () => {
      const started = await beginSignIn(t.db, { email: "milo@atlas.example", password: "amber glacier notebook" }, null);
      expect(started).toMatchObject({ ok: true, needsCode: false, setupRequired: true });
      const refused = await updateOrganization.invoke(t.db, member, org.slug, {
        name: "Atlas Bank",
        ownership: "PRIVATE",
        sizeBand: "LARGE",
        region: "Gulf",
      });
      expect(refused).toMatchObject({ ok: false, status: 403, error: expect.stringMatching(/requires two-factor/) });
      expect(await turnOffTwoFactor(t.db, owner, { password: "violet canyon drumbeat" })).toMatchObject({ ok: false, status: 409 });
      const { secret } = await enrol(t.db, member, new Date());
      const allowed = await updateOrganization.invoke(t.db, member, org.slug, {
        name: "Atlas Bank",
        ownership: "PRIVATE",
        sizeBand: "LARGE",
        region: "Gulf",
      });
      expect(allowed).toMatchObject({ ok: true });
      const next = await beginSignIn(t.db, { email: "milo@atlas.example", password: "amber glacier notebook" }, null);
      expect(next).toMatchObject({ ok: true, needsCode: true, setupRequired: false });
      expect(secret).toHaveLength(32);
    });

    it("lets an owner reset a member's second factor: sessions end, it is audited, and the member must set up again", async () => {
      const sid = await createSession(t.db, member.id, {});
      const { sessionVersion } = await t.db.user.findUniqueOrThrow({ where: { id: member.id }, select: { sessionVersion: true } });
      expect(await resetMemberTwoFactor.invoke(t.db, member, org.slug, { membershipId: memberMembership })).toMatchObject({ status: 403 });
      expect(await resetMemberTwoFactor.invoke(t.db, owner, org.slug, { membershipId: memberMembership })).toMatchObject({ ok: true });
      expect(await t.db.twoFactor.count({ where: { userId: member.id } })).toBe(0);
      expect(await userOfSession(t.db, { uid: member.id, sv: sessionVersion, sid })).toBeNull();
      expect(await t.db.auditEvent.findFirst({ where: { organizationId: org.id, action: "member.two-factor-reset" } })).toMatchObject({
        actorUserId: owner.id,
        target: member.id,
      });
      expect(await beginSignIn(t.db, { email: "milo@atlas.example", password: "amber glacier notebook" }, null)).toMatchObject({
        setupRequired: true,
      });
      expect(await resetMemberTwoFactor.invoke(t.db, owner, org.slug, { membershipId: memberMembership })).toMatchObject({ status: 409 });
    });

    it("refuses to touch an account that also belongs to another organisation, or one's own", async () => {
      await enrol(t.db, shared, new Date());
      expect(await resetMemberTwoFactor.invoke(t.db, owner, org.slug, { membershipId: sharedMembership })).toMatchObject({
        ok: false,
        status: 409,
      });
      expect(await issueMemberPasswordReset.invoke(t.db, owner, org.slug, { membershipId: sharedMembership })).toMatchObject({
        ok: false,
        status: 409,
      });
      expect(await t.db.twoFactor.count({ where: { userId: shared.id, enabledAt: { not: null } } })).toBe(1);
      expect(await t.db.passwordResetToken.count({ where: { userId: shared.id } })).toBe(0);
      const own = await t.db.membership.findFirstOrThrow({ where: { userId: owner.id, organizationId: org.id } });
      expect(await resetMemberTwoFactor.invoke(t.db, owner, org.slug, { membershipId: own.id })).toMatchObject({ status: 409 });
    });

    it("lets an owner issue a one-time reset link for a member, shown once and stored only as a hash", async () => {
      expect(await issueMemberPasswordReset.invoke(t.db, member, org.slug, { membershipId: memberMembership })).toMatchObject({
        status: 403,
      });
      const issued = await issueMemberPasswordReset.invoke(t.db, owner, org.slug, { membershipId: memberMembership });
      expect(issued).toMatchObject({ ok: true, data: { link: expect.stringMatching(/\/reset-password\/[\w-]{40,}$/) } });
      if (!issued.ok) return;
      const token = issued.data.link.split("/").pop()!;
      const row = await t.db.passwordResetToken.findFirstOrThrow({ where: { userId: member.id, usedAt: null } });
      expect(row).toMatchObject({ issuedById: owner.id });
      expect(JSON.stringify(row)).not.toContain(token);
      const audit = await t.db.auditEvent.findFirstOrThrow({ where: { organizationId: org.id, action: "member.password-reset-issued" } });
      expect(JSON.stringify(audit)).not.toContain(token);
      expect(await resetPassword(t.db, { token, newPassword: "marble falcon harvest" }, null)).toMatchObject({ ok: true });
      expect(await resetPassword(t.db, { token, newPassword: "marble falcon harvest 2" }, null)).toMatchObject({ status: 410 });
      expect(await t.db.auditEvent.findFirst({ where: { actorUserId: member.id, action: "auth.password-reset" } })).toMatchObject({
        detail: { via: "owner-issued-link" },
      });
    });
  });
});
