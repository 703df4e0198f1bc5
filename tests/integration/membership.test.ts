// Organisations and members end to end on a real database: create, invite, accept, change
// roles, remove — with the owner rules and the single-use, expiring invitation link.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganization, updateOrganization } from "../../lib/features/org/organizations.ts";
import { acceptInvitation, inviteMember, revokeInvitation } from "../../lib/features/org/invitations.ts";
import { hashToken } from "../../lib/platform/security/tokens.ts";
import { changeRole, removeMember } from "../../lib/features/org/members.ts";
import type { SessionUser } from "../../lib/platform/access/access.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

describe.each(enginesUnderTest())("organisations and members on %s", (engine) => {
  let t: TestDatabase;
  let founder: SessionUser;
  let joiner: SessionUser;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    const mk = (email: string, name: string) =>
      t.db.user.create({ data: { email, name, passwordHash: "x" }, select: { id: true, email: true, name: true } });
    founder = await mk("founder@gamma.example", "Founder");
    joiner = await mk("joiner@gamma.example", "Joiner");
  });
  afterAll(async () => t?.dispose());

  const membershipOf = (userId: string) => t.db.membership.findFirstOrThrow({ where: { userId, organization: { slug: "gamma-bank" } } });

  it("creates a bank with its creator as owner, and rejects bad input with field messages and no write", async () => {
    const bad = await createOrganization(t.db, founder, { name: "G", slug: "Not A Slug", kind: "BANK" });
    expect(bad).toMatchObject({ ok: false, status: 422 });
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["name", "ownership", "region", "sizeBand", "slug"]);
    expect(await t.db.organization.count()).toBe(0);

    const reserved = await createOrganization(t.db, founder, { name: "Gamma", slug: "sign-in", kind: "CONSULTANCY" });
    expect(reserved).toMatchObject({ ok: false, status: 422 });

    const created = await createOrganization(t.db, founder, {
      name: "Gamma Bank",
      slug: "gamma-bank",
      kind: "BANK",
      ownership: "PRIVATE",
      sizeBand: "SMALL",
      region: "Gulf",
    });
    expect(created).toEqual({ ok: true, data: { slug: "gamma-bank" }, message: "Gamma Bank created." });
    expect((await membershipOf(founder.id)).role).toBe("OWNER");

    const dup = await createOrganization(t.db, joiner, { name: "Other", slug: "gamma-bank", kind: "CONSULTANCY" });
    expect(dup).toMatchObject({ ok: false, status: 409, fieldErrors: { slug: [expect.stringContaining("taken")] } });
  });

  it("invites by a single-use link that only the invited address can accept", async () => {
    const inv = await inviteMember.invoke(t.db, founder, "gamma-bank", { email: "Joiner@Gamma.example", role: "ANALYST" });
    if (!inv.ok) throw new Error(inv.error);
    const stored = await t.db.invitation.findFirstOrThrow({ where: { email: "joiner@gamma.example" } });
    expect(stored.tokenHash).toBe(hashToken(inv.data.token));
    expect(stored.tokenHash).not.toContain(inv.data.token);

    expect(await acceptInvitation(t.db, founder, inv.data.token)).toMatchObject({ ok: false, status: 403 });
    expect(await acceptInvitation(t.db, joiner, inv.data.token + "x")).toMatchObject({ ok: false, status: 404 });
    const [first, second] = await Promise.all([
      acceptInvitation(t.db, joiner, inv.data.token),
      acceptInvitation(t.db, joiner, inv.data.token),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect((await membershipOf(joiner.id)).role).toBe("ANALYST");
    expect(await acceptInvitation(t.db, joiner, inv.data.token)).toMatchObject({ ok: false, status: 404 });
  });

  it("refuses expired and revoked links", async () => {
    const late = await inviteMember.invoke(t.db, founder, "gamma-bank", { email: "late@gamma.example", role: "VIEWER" });
    if (!late.ok) throw new Error(late.error);
    await t.db.invitation.updateMany({ where: { email: "late@gamma.example" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const lateUser = await t.db.user.create({
      data: { email: "late@gamma.example", name: "Late", passwordHash: "x" },
      select: { id: true, email: true, name: true },
    });
    expect(await acceptInvitation(t.db, lateUser, late.data.token)).toMatchObject({ ok: false, status: 404 });

    const revoked = await inviteMember.invoke(t.db, founder, "gamma-bank", { email: "late@gamma.example", role: "VIEWER" });
    if (!revoked.ok) throw new Error(revoked.error);
    const row = await t.db.invitation.findFirstOrThrow({ where: { tokenHash: hashToken(revoked.data.token) } });
    expect(await revokeInvitation.invoke(t.db, founder, "gamma-bank", { invitationId: row.id })).toMatchObject({ ok: true });
    expect(await acceptInvitation(t.db, lateUser, revoked.data.token)).toMatchObject({ ok: false, status: 404 });
    expect(await revokeInvitation.invoke(t.db, founder, "gamma-bank", { invitationId: row.id })).toMatchObject({ ok: false, status: 404 });
  });

  it("keeps the owner role for owners to give, and never removes the last owner", async () => {
    const joinerMembership = await membershipOf(joiner.id);
    const founderMembership = await membershipOf(founder.id);
    await changeRole.invoke(t.db, founder, "gamma-bank", { membershipId: joinerMembership.id, role: "ADMIN" });
    expect(await changeRole.invoke(t.db, joiner, "gamma-bank", { membershipId: joinerMembership.id, role: "OWNER" })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await changeRole.invoke(t.db, joiner, "gamma-bank", { membershipId: founderMembership.id, role: "VIEWER" })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await inviteMember.invoke(t.db, joiner, "gamma-bank", { email: "boss@gamma.example", role: "OWNER" })).toMatchObject({
      ok: false,
      status: 403,
    });

    expect(await changeRole.invoke(t.db, founder, "gamma-bank", { membershipId: founderMembership.id, role: "ADMIN" })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await removeMember.invoke(t.db, founder, "gamma-bank", { membershipId: founderMembership.id })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect((await membershipOf(founder.id)).role).toBe("OWNER");

    // Two owners demoting each other at once: the row lock lets only one through.
    await changeRole.invoke(t.db, founder, "gamma-bank", { membershipId: joinerMembership.id, role: "OWNER" });
    const results = await Promise.all([
      changeRole.invoke(t.db, founder, "gamma-bank", { membershipId: joinerMembership.id, role: "VIEWER" }),
      changeRole.invoke(t.db, joiner, "gamma-bank", { membershipId: founderMembership.id, role: "VIEWER" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await t.db.membership.count({ where: { organization: { slug: "gamma-bank" }, role: "OWNER" } })).toBe(1);
  });

  it("removes a member, whose access ends at once, and records it in the audit trail", async () => {
    const owner = (
      await t.db.membership.findFirstOrThrow({ where: { organization: { slug: "gamma-bank" }, role: "OWNER" }, include: { user: true } })
    ).user;
    const other = owner.id === founder.id ? joiner : founder;
    const target = await membershipOf(other.id);
    const ownerUser = { id: owner.id, email: owner.email, name: owner.name };
    expect(await removeMember.invoke(t.db, ownerUser, "gamma-bank", { membershipId: target.id })).toMatchObject({ ok: true });
    expect(await updateOrganization.invoke(t.db, other, "gamma-bank", { name: "Hijacked" })).toMatchObject({ ok: false, status: 404 });
    const actions = (
      await t.db.auditEvent.findMany({ where: { organization: { slug: "gamma-bank" } }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "org.created",
        "member.invited",
        "member.joined",
        "member.role-changed",
        "member.invitation-revoked",
        "member.removed",
      ]),
    );
  });

  it("validates the bank profile on update without a partial write", async () => {
    const owner = (
      await t.db.membership.findFirstOrThrow({ where: { organization: { slug: "gamma-bank" }, role: "OWNER" }, include: { user: true } })
    ).user;
    const before = await t.db.organization.findUniqueOrThrow({ where: { slug: "gamma-bank" } });
    const r = await updateOrganization.invoke(t.db, owner, "gamma-bank", { name: "Gamma Renamed", ownership: "PRIVATE" });
    expect(r).toMatchObject({ ok: false, status: 422, fieldErrors: { sizeBand: expect.any(Array), region: expect.any(Array) } });
    expect(await t.db.organization.findUniqueOrThrow({ where: { slug: "gamma-bank" } })).toEqual(before);
  });
});
