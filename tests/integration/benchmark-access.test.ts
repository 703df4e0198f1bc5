// Access matrix of the benchmark, sector and grant routes and actions: every role of every kind of
// organisation, non-members and nobody signed in, and a revoked grant. Extends access-matrix.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/platform/db/connect.ts";
import type { OrgKind, Role } from "../../lib/platform/db/generated/client.ts";
import { AccessError, type SessionUser } from "../../lib/platform/access/access.ts";
import { hasRole } from "../../lib/platform/access/roles.ts";
import { guardOrg } from "../../lib/features/access/guard.ts";
import { BENCHMARK, SECTOR } from "../../lib/features/access/requirements.ts";
import { loadSector } from "../../lib/features/supervision/sector-view.ts";
import { grantAccess, revokeGrant } from "../../lib/features/grants/actions.ts";
import { actionsNamed } from "../../lib/features/action-registry/registry.ts";

const grantActions = actionsNamed("grant.");
import { activeGrant, grantedInstitutionBySlug, grantedInstitutions, liveGrantsGiven } from "../../lib/features/grants/grants.ts";
import { latestFramework } from "../../lib/domain/instrument/index.ts";
import { benchmarkMetrics } from "../../lib/features/benchmark/metrics.ts";
import { insertPoolEntry } from "../../lib/features/benchmark/pool.ts";
import { snapshotOrg } from "./support/fixtures.ts";
import { ensureFrameworksStored } from "../../lib/features/assessments/framework-store.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

// The pages' own declared requirements (kind and plan), through the one guard.
const openBenchmark = (db: Db, user: SessionUser | null, slug: string) => guardOrg(db, { user }, slug, BENCHMARK);
const openSector = (db: Db, user: SessionUser | null, slug: string) => guardOrg(db, { user }, slug, SECTOR);

const ROLES = ["OWNER", "ADMIN", "ANALYST", "VIEWER"] as const;
const KINDS = ["BANK", "CONSULTANCY", "REGULATOR"] as const;
const NO_PASSWORD = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$invalid";

interface Org {
  id: string;
  slug: string;
  kind: OrgKind;
  users: Record<Role, SessionUser>;
}

async function org(db: Db, slug: string, kind: OrgKind): Promise<Org> {
  const o = await db.organization.create({
    data: { slug, name: `${slug} name`, kind, ...(kind === "BANK" ? { ownership: "PRIVATE", sizeBand: "MEDIUM", region: "Gulf" } : {}) },
  });
  const users = {} as Record<Role, SessionUser>;
  for (const role of ROLES) {
    users[role] = await db.user.create({
      data: { email: `${role.toLowerCase()}@${slug}.example`, name: `${slug} ${role}`, passwordHash: NO_PASSWORD },
      select: { id: true, email: true, name: true },
    });
    await db.membership.create({ data: { organizationId: o.id, userId: users[role].id, role } });
  }
  return { id: o.id, slug, kind, users };
}

async function outcome(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    if (e instanceof AccessError) return e.status;
    throw e;
  }
}

async function publishScore(db: Db, bankId: string, round: number, overall: number) {
  const a = await db.assessment.create({
    data: {
      organizationId: bankId,
      name: `r${round}`,
      frameworkVersion: latestFramework.version,
      modules: ["cx", "ecrm"],
      groups: ["managers"],
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  const scores = benchmarkMetrics(latestFramework).map((m) => (m.kind === "overall" || m.key === "factor:training" ? overall : null));
  await insertPoolEntry(db, {
    assessmentId: a.id,
    organizationId: bankId,
    frameworkVersion: latestFramework.version,
    round,
    profile: { ownership: "PRIVATE", sizeBand: "MEDIUM", region: "Gulf" },
    scores,
    publishedAt: new Date(Date.UTC(round, 5, 1)),
  });
}

describe.each(enginesUnderTest())("benchmark, sector and grant access on %s", (engine) => {
  let t: TestDatabase;
  const orgs = {} as Record<OrgKind, Org>;
  let otherBank: Org;
  let otherRegulator: Org;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    await ensureFrameworksStored(t.db);
    for (const kind of KINDS) orgs[kind] = await org(t.db, `the-${kind.toLowerCase()}`, kind);
    otherBank = await org(t.db, "other-bank", "BANK");
    otherRegulator = await org(t.db, "other-regulator", "REGULATOR");
  });
  afterAll(async () => t?.dispose());

  const pages = [
    { name: "benchmark page /[org]/benchmark", open: openBenchmark, kind: "BANK" as const },
    { name: "sector page and CSV /[org]/sector", open: openSector, kind: "REGULATOR" as const },
  ];

  describe.each(pages.map((p) => [p.name, p] as const))("%s", (_name, page) => {
    it("opens for every role of its own kind of organisation, and for no other kind (404)", async () => {
      for (const kind of KINDS) {
        for (const role of ROLES) {
          const status = await outcome(page.open(t.db, orgs[kind].users[role], orgs[kind].slug));
          expect(status, `${role} of ${kind}`).toBe(kind === page.kind ? 200 : 404);
        }
      }
    });
    it("answers 404 to members of any other organisation and 401 to nobody", async () => {
      const target = page.kind === "BANK" ? otherBank : otherRegulator;
      for (const kind of KINDS)
        for (const role of ROLES)
          expect(await outcome(page.open(t.db, orgs[kind].users[role], target.slug)), `${role} of ${kind}`).toBe(404);
      expect(await outcome(page.open(t.db, null, target.slug))).toBe(401);
      expect(await outcome(page.open(t.db, target.users.VIEWER, "no-such-org"))).toBe(404);
    });
  });

  it("lists exactly the grant actions", () => {
    expect(grantActions.map((a) => a.name).sort()).toEqual(["grant.create", "grant.revoke"]);
    for (const a of grantActions) expect(a).toMatchObject({ minRole: "ADMIN", mutates: true });
  });

  it("grant.create: a bank's owner and admin may; analyst and viewer 403; other kinds 404; outsiders 404; nobody 401 — and refusals change nothing", async () => {
    const input = { kind: "REGULATOR", granteeSlug: orgs.REGULATOR.slug };
    for (const kind of KINDS) {
      for (const role of ROLES) {
        const before = await snapshotOrg(t.db, orgs[kind].id);
        const result = await grantAccess.invoke(t.db, orgs[kind].users[role], orgs[kind].slug, input);
        const allowed = kind === "BANK" && hasRole(role, "ADMIN");
        if (allowed) {
          expect(result.ok || (!result.ok && result.status === 409), `${role} of ${kind}`).toBe(true);
        } else {
          // Below ADMIN: 403. An ADMIN of a consultancy or regulator: the action does not exist there (404).
          expect(result, `${role} of ${kind}`).toMatchObject({ ok: false, status: hasRole(role, "ADMIN") ? 404 : 403 });
          expect(await snapshotOrg(t.db, orgs[kind].id)).toBe(before);
        }
      }
    }
    const before = await snapshotOrg(t.db, otherBank.id);
    for (const kind of KINDS)
      for (const role of ROLES) {
        expect(
          await grantAccess.invoke(t.db, orgs[kind].users[role], otherBank.slug, input),
          `${role} of ${kind} on another bank`,
        ).toMatchObject({ ok: false, status: 404 });
      }
    expect(await grantAccess.invoke(t.db, null, otherBank.slug, input)).toMatchObject({ ok: false, status: 401 });
    expect(await snapshotOrg(t.db, otherBank.id)).toBe(before);
    // One live grant, recorded in both organisations' audit trails.
    expect(await t.db.accessGrant.count({ where: { grantorOrgId: orgs.BANK.id, revokedAt: null } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { organizationId: orgs.BANK.id, action: "grant.created" } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { organizationId: orgs.REGULATOR.id, action: "grant.received" } })).toBe(1);
  });

  it("grant.create refuses a grantee of the wrong kind or an unknown one with a clear message", async () => {
    const owner = orgs.BANK.users.OWNER;
    const cases = [
      { kind: "REGULATOR", granteeSlug: orgs.CONSULTANCY.slug },
      { kind: "CONSULTANCY", granteeSlug: orgs.REGULATOR.slug },
      { kind: "CONSULTANCY", granteeSlug: otherBank.slug },
      { kind: "CONSULTANCY", granteeSlug: "nobody-here" },
    ];
    for (const input of cases) {
      const result = await grantAccess.invoke(t.db, owner, orgs.BANK.slug, input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, status: 422 });
      if (!result.ok) expect(result.fieldErrors?.granteeSlug?.[0]).toMatch(/^No (consultancy|regulator) has the address/);
    }
    expect(await grantAccess.invoke(t.db, owner, orgs.BANK.slug, { kind: "AUDITOR", granteeSlug: "x" })).toMatchObject({
      ok: false,
      status: 422,
    });
    expect(await t.db.accessGrant.count({ where: { grantorOrgId: orgs.BANK.id } })).toBe(1);
  });

  it("the regulator sees a granting bank's scores by name, and loses it when the grant is revoked", async () => {
    await publishScore(t.db, orgs.BANK.id, 2025, 2.2);
    await publishScore(t.db, orgs.BANK.id, 2026, 2.9);
    await publishScore(t.db, otherBank.id, 2026, 3.8); // never granted
    const seen = await loadSector(t.db, orgs.REGULATOR.id);
    expect(seen.round).toBe(2026);
    expect(seen.ranking.map((r) => r.slug)).toEqual([orgs.BANK.slug]);
    expect(seen.ranking[0]).toMatchObject({ overall: 2.9, previous: { round: 2025, overall: 2.2 } });
    expect(seen.ranking[0]?.change).toBeCloseTo(0.7, 12);
    expect(JSON.stringify(seen)).not.toContain(otherBank.slug);
    // Another regulator, never granted, sees nothing.
    expect((await loadSector(t.db, otherRegulator.id)).ranking).toEqual([]);

    const [grant] = await liveGrantsGiven(t.db, orgs.BANK.id);
    if (!grant) throw new Error("no grant");
    // Only the granting bank's owner/admin may revoke; others are refused and nothing changes.
    for (const role of ["ANALYST", "VIEWER"] as const)
      expect(await revokeGrant.invoke(t.db, orgs.BANK.users[role], orgs.BANK.slug, { grantId: grant.id })).toMatchObject({ status: 403 });
    expect(await revokeGrant.invoke(t.db, otherBank.users.OWNER, otherBank.slug, { grantId: grant.id })).toMatchObject({ status: 404 });
    expect(await revokeGrant.invoke(t.db, orgs.REGULATOR.users.OWNER, orgs.REGULATOR.slug, { grantId: grant.id })).toMatchObject({
      status: 404,
    });
    expect(await revokeGrant.invoke(t.db, null, orgs.BANK.slug, { grantId: grant.id })).toMatchObject({ status: 401 });
    expect(await activeGrant(t.db, { kind: "REGULATOR", grantorOrgId: orgs.BANK.id, granteeOrgId: orgs.REGULATOR.id })).not.toBeNull();

    expect(await revokeGrant.invoke(t.db, orgs.BANK.users.ADMIN, orgs.BANK.slug, { grantId: grant.id })).toMatchObject({ ok: true });
    // Revoked: denied everywhere, and revoking again is 404.
    expect(await revokeGrant.invoke(t.db, orgs.BANK.users.OWNER, orgs.BANK.slug, { grantId: grant.id })).toMatchObject({ status: 404 });
    expect(await activeGrant(t.db, { kind: "REGULATOR", grantorOrgId: orgs.BANK.id, granteeOrgId: orgs.REGULATOR.id })).toBeNull();
    expect(await grantedInstitutions(t.db, orgs.REGULATOR.id, "REGULATOR")).toEqual([]);
    expect(await grantedInstitutionBySlug(t.db, orgs.REGULATOR.id, "REGULATOR", orgs.BANK.slug)).toBeNull();
    const after = await loadSector(t.db, orgs.REGULATOR.id);
    expect(after.ranking).toEqual([]);
    expect(after.reporting).toBe(0);
    expect(await t.db.auditEvent.count({ where: { organizationId: orgs.BANK.id, action: "grant.revoked" } })).toBe(1);
    // The sector page itself still opens for the regulator (empty), never for the bank.
    expect(await outcome(openSector(t.db, orgs.REGULATOR.users.VIEWER, orgs.REGULATOR.slug))).toBe(200);

    // Granted again: visible again.
    expect(
      await grantAccess.invoke(t.db, orgs.BANK.users.OWNER, orgs.BANK.slug, { kind: "REGULATOR", granteeSlug: orgs.REGULATOR.slug }),
    ).toMatchObject({ ok: true });
    expect((await loadSector(t.db, orgs.REGULATOR.id)).ranking.map((r) => r.slug)).toEqual([orgs.BANK.slug]);
  });

  it("a consultancy grant does not make a bank visible to a regulator", async () => {
    expect(
      await grantAccess.invoke(t.db, otherBank.users.OWNER, otherBank.slug, { kind: "CONSULTANCY", granteeSlug: orgs.CONSULTANCY.slug }),
    ).toMatchObject({ ok: true });
    expect((await loadSector(t.db, orgs.REGULATOR.id)).ranking.map((r) => r.slug)).not.toContain(otherBank.slug);
    expect(await grantedInstitutions(t.db, orgs.CONSULTANCY.id, "CONSULTANCY")).toHaveLength(1);
  });
});
