// Every organisation-scoped action (the one registry, lib/features/action-registry/registry.ts) × caller:
// a member of another organisation gets 404 and changes nothing; a role below the action's minimum
// gets 403 and changes nothing; nobody signed in gets 401; an organisation of a kind the action
// does not exist for gets 404; a portfolio action aimed at a bank whose grant was revoked gets 404.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../lib/platform/access/access.ts";
import type { Db } from "../../lib/platform/db/connect.ts";
import { orgActions } from "../../lib/features/action-registry/registry.ts";
import { hasRole } from "../../lib/platform/access/roles.ts";
import { snapshotOrg } from "./support/fixtures.ts";
import { scenarioFor, type Ids } from "./support/access-scenarios.ts";
import { createPortfolioCast, type PortfolioCast } from "./support/portfolio-fixtures.ts";
import { issueExpertToken } from "../../lib/features/ism-studies/expert-links.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";
import { AccessError } from "../../lib/platform/access/access.ts";
import { guardOrg } from "../../lib/features/access/guard.ts";
import { SECTOR } from "../../lib/features/access/requirements.ts";
import { resolveSectorInstitution } from "../../lib/features/supervision/institution-view.ts";
import { sectorTimeSeries } from "../../lib/features/supervision/time-series.ts";

const ROLES = ["OWNER", "ADMIN", "ANALYST", "VIEWER"] as const;

/** The organisation's own rows plus the cross-organisation tables (grants, ISM studies) it appears in. */
async function snapshot(db: Db, organizationId: string): Promise<string> {
  const ofMembers = { user: { memberships: { some: { organizationId } } } };
  const [own, grants, studies, experts, adopted, resetLinks, factors, sessions] = await Promise.all([
    snapshotOrg(db, organizationId),
    db.accessGrant.findMany({
      where: { OR: [{ grantorOrgId: organizationId }, { granteeOrgId: organizationId }] },
      orderBy: { id: "asc" },
    }),
    db.ismStudy.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.ismExpert.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.adoptedIsmModel.findMany({ where: { organizationId } }),
    // Members' sign-in security (owner actions reach these): reset links, second factors, sessions.
    db.passwordResetToken.findMany({ where: ofMembers, orderBy: { id: "asc" } }),
    db.twoFactor.findMany({ where: ofMembers, orderBy: { userId: "asc" } }),
    db.session.findMany({ where: ofMembers, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ own, grants, studies, experts, adopted, resetLinks, factors, sessions });
}

describe.each(enginesUnderTest())("access matrix on %s", (engine) => {
  let t: TestDatabase;
  let cast: PortfolioCast;
  const ids = {} as Ids;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createPortfolioCast(t.db);
    ids.bRegulatorGrantId = (
      await t.db.accessGrant.findFirstOrThrow({ where: { grantorOrgId: cast.orgB.id, granteeOrgId: cast.regulator.id } })
    ).id;
    const study = await t.db.ismStudy.create({
      data: {
        organizationId: cast.consultancy.id,
        name: "Gamma panel",
        factorKeys: ["infrastructure", "training", "motivation"],
        factorNames: ["Infrastructure", "Training", "Motivation"],
      },
    });
    ids.studyId = study.id;
    ids.bInitiativeId = (
      await t.db.initiative.create({ data: { organizationId: cast.orgB.id, title: "Beta CRM rollout", factorKeys: ["training"] } })
    ).id;
    ids.bScenarioId = (
      await t.db.whatIfScenario.create({
        data: { organizationId: cast.orgB.id, assessmentId: cast.bAssessmentId, name: "Beta stretch", targets: { training: 4 } },
      })
    ).id;
    const { tokenHash, tokenSealed } = issueExpertToken();
    ids.expertId = (
      await t.db.ismExpert.create({
        data: {
          studyId: study.id,
          organizationId: cast.consultancy.id,
          email: "expert@experts.example",
          name: "Expert",
          tokenHash,
          tokenSealed,
        },
      })
    ).id;
  });
  afterAll(async () => t?.dispose());

  it("covers the membership, settings, assessment, billing, API-key, grant, portfolio, ISM-study, action-plan and what-if actions", () => {
    expect(orgActions.map((a) => a.name).sort()).toEqual([
      "api-key.create",
      "api-key.revoke",
      "assessment.add-respondents",
      "assessment.close",
      "assessment.create",
      "assessment.publish",
      "assessment.reissue-link",
      "assessment.remind",
      "assessment.reopen",
      "assessment.revoke-respondent",
      "assessment.schedule",
      "billing.checkout",
      "billing.portal",
      "grant.create",
      "grant.revoke",
      "initiative.change-status",
      "initiative.create",
      "initiative.create-from-roadmap",
      "initiative.delete",
      "initiative.update",
      "ism-study.add-experts",
      "ism-study.adopt",
      "ism-study.close",
      "ism-study.create",
      "ism-study.reopen",
      "ism-study.reset-model",
      "ism-study.revoke-expert",
      "member.change-role",
      "member.invite",
      "member.issue-password-reset",
      "member.remove",
      "member.reset-two-factor",
      "member.revoke-invitation",
      "org.anonymity-threshold",
      "org.default-language",
      "org.two-factor-policy",
      "org.update",
      "portfolio.add-respondents",
      "portfolio.create-assessment",
      "what-if.compare",
      "what-if.delete",
      "what-if.project",
      "what-if.rename",
      "what-if.save",
      "what-if.to-initiatives",
    ]);
    expect(new Set(orgActions.map((a) => a.name)).size).toBe(orgActions.length);
  });

  describe.each(orgActions.map((a) => [a.name, a] as const))("%s", (_name, action) => {
    const s = () => scenarioFor(action, cast, ids);

    it("answers 404 to every member of another organisation and changes nothing there", async () => {
      const { victim, intruders, input } = s();
      const before = await snapshot(t.db, victim.id);
      for (const role of ROLES) {
        const result = await action.invoke(t.db, intruders[role], victim.slug, input);
        expect(result, `${role} of another organisation`).toMatchObject({ ok: false, status: 404 });
      }
      expect(await snapshot(t.db, victim.id)).toBe(before);
    });

    it("answers 401 when nobody is signed in", async () => {
      const { victim, input } = s();
      const before = await snapshot(t.db, victim.id);
      expect(await action.invoke(t.db, null, victim.slug, input)).toMatchObject({ ok: false, status: 401 });
      expect(await snapshot(t.db, victim.id)).toBe(before);
    });

    it("refuses roles below its minimum with 403 and no change, and a VIEWER can never change anything", async () => {
      const { ladder, input } = s();
      const before = await snapshot(t.db, ladder.id);
      for (const role of ["ADMIN", "ANALYST", "VIEWER"] as const) {
        if (hasRole(role, action.minRole)) continue;
        expect(await action.invoke(t.db, ladder.members[role], ladder.slug, input), role).toMatchObject({ ok: false, status: 403 });
      }
      if (action.mutates) expect(action.minRole).not.toBe("VIEWER");
      expect(await snapshot(t.db, ladder.id)).toBe(before);
    });

    it("does not exist (404) for organisations of another kind, and never for a revoked grant", async () => {
      const { wrongKind, revoked, ladder } = s();
      if (!wrongKind && !revoked) {
        expect(action.kinds, `${action.name} declares no kinds, so it exists for every organisation`).toBeUndefined();
        return;
      }
      if (wrongKind) {
        expect(action.kinds, action.name).toBeDefined();
        const before = await snapshot(t.db, wrongKind.id);
        expect(await action.invoke(t.db, wrongKind.admin, wrongKind.slug, s().input)).toMatchObject({ ok: false, status: 404 });
        expect(await snapshot(t.db, wrongKind.id)).toBe(before);
      }
      if (revoked) {
        const before = [await snapshot(t.db, revoked.bankId), await snapshot(t.db, ladder.id)];
        for (const role of ["OWNER", "ADMIN"] as const) {
          expect(await action.invoke(t.db, ladder.members[role], ladder.slug, revoked.input), `${role} on a revoked client`).toMatchObject({
            ok: false,
            status: 404,
          });
        }
        expect([await snapshot(t.db, revoked.bankId), await snapshot(t.db, ladder.id)]).toEqual(before);
      }
    });
  });

  it("an unknown organisation and a real one the caller is not in are indistinguishable", async () => {
    const first = orgActions[0];
    if (!first) throw new Error("no actions");
    const [unknown, other] = await Promise.all([
      first.invoke(t.db, cast.a.OWNER, "no-such-bank", {}),
      first.invoke(t.db, cast.a.OWNER, cast.orgB.slug, {}),
    ]);
    expect(unknown).toEqual(other);
  });

  it("a record id of organisation B cannot be reached through organisation A's address", async () => {
    const before = await snapshot(t.db, cast.orgB.id);
    const { changeRole, removeMember } = await import("../../lib/features/org/members.ts");
    const { revokeInvitation } = await import("../../lib/features/org/invitations.ts");
    const { reopenAssessment, revokeRespondent } = await import("../../lib/features/assessments/manage.ts");
    const { revokeApiKey } = await import("../../lib/features/api-keys/keys.ts");
    const { revokeGrant } = await import("../../lib/features/grants/actions.ts");
    const owner = cast.a.OWNER;
    expect(await changeRole.invoke(t.db, owner, cast.orgA.slug, { membershipId: cast.bViewerMembershipId, role: "ADMIN" })).toMatchObject({
      status: 404,
    });
    expect(await removeMember.invoke(t.db, owner, cast.orgA.slug, { membershipId: cast.bViewerMembershipId })).toMatchObject({
      status: 404,
    });
    expect(await revokeInvitation.invoke(t.db, owner, cast.orgA.slug, { invitationId: cast.bPendingInvitationId })).toMatchObject({
      status: 404,
    });
    expect(await reopenAssessment.invoke(t.db, owner, cast.orgA.slug, { assessmentId: cast.bAssessmentId })).toMatchObject({ status: 404 });
    expect(
      await revokeRespondent.invoke(t.db, owner, cast.orgA.slug, { assessmentId: cast.bAssessmentId, respondentId: cast.bRespondentId }),
    ).toMatchObject({ status: 404 });
    expect(await revokeApiKey.invoke(t.db, owner, cast.orgA.slug, { keyId: cast.bApiKeyId })).toMatchObject({ status: 404 });
    expect(await revokeGrant.invoke(t.db, owner, cast.orgA.slug, { grantId: ids.bRegulatorGrantId })).toMatchObject({ status: 404 });
    const { updateInitiative, changeInitiativeStatus, deleteInitiative } = await import("../../lib/features/action-plan/actions.ts");
    const initiative = { initiativeId: ids.bInitiativeId };
    expect(await updateInitiative.invoke(t.db, owner, cast.orgA.slug, { ...initiative, title: "Hijacked" })).toMatchObject({ status: 404 });
    expect(await changeInitiativeStatus.invoke(t.db, owner, cast.orgA.slug, { ...initiative, status: "DONE" })).toMatchObject({
      status: 404,
    });
    expect(await deleteInitiative.invoke(t.db, owner, cast.orgA.slug, initiative)).toMatchObject({ status: 404 });
    expect(await snapshot(t.db, cast.orgB.id)).toBe(before);
  });

  // Pages and routes beyond the action registry: the regulator's drill-down /[org]/sector/[bank] (the
  // sector guard, then a live REGULATOR grant) and /[org]/sector/time-series.csv (the sector guard; rows
  // only of institutions reporting by a live grant).
  it("the sector drill-down page and time-series CSV: only the regulator, only for a bank with a live grant", async () => {
    const status = async (p: Promise<unknown>) =>
      p.then(
        () => 200,
        (e: unknown) => {
          if (e instanceof AccessError) return e.status;
          throw e;
        },
      );
    const page = (user: SessionUser | null, orgSlug: string, bankSlug: string) =>
      status(resolveSectorInstitution(t.db, user, orgSlug, bankSlug));
    const csv = (user: SessionUser | null, orgSlug: string) => status(guardOrg(t.db, { user }, orgSlug, SECTOR));
    const before = await snapshot(t.db, cast.orgB.id);
    for (const role of ROLES) {
      const regulator = cast.regulator.members[role];
      expect(await page(regulator, cast.regulator.slug, cast.orgB.slug), `regulator ${role} on a reporting bank`).toBe(200);
      expect(await csv(regulator, cast.regulator.slug), `regulator ${role} CSV`).toBe(200);
      // Never granted, unknown, a client of a consultancy (but not of this regulator): all 404.
      expect(await page(regulator, cast.regulator.slug, cast.orgA.slug), `regulator ${role} on an ungranted bank`).toBe(404);
      expect(await page(regulator, cast.regulator.slug, "no-such-bank"), `regulator ${role} on no bank`).toBe(404);
      expect(await page(regulator, cast.regulator.slug, cast.formerClient.slug), `regulator ${role} on a consultancy's client`).toBe(404);
      // A consultancy and a bank on their own addresses; a bank's member on the regulator's.
      expect(await page(cast.consultancy.members[role], cast.consultancy.slug, cast.orgB.slug), `consultancy ${role}`).toBe(404);
      expect(await csv(cast.consultancy.members[role], cast.consultancy.slug), `consultancy ${role} CSV`).toBe(404);
      expect(await page(cast.a[role], cast.orgA.slug, cast.orgA.slug), `bank ${role}`).toBe(404);
      expect(await csv(cast.a[role], cast.orgA.slug), `bank ${role} CSV`).toBe(404);
      expect(await page(cast.a[role], cast.regulator.slug, cast.orgB.slug), `outsider ${role}`).toBe(404);
      expect(await csv(cast.a[role], cast.regulator.slug), `outsider ${role} CSV`).toBe(404);
    }
    expect(await page(cast.bOwner, cast.orgB.slug, cast.orgB.slug), "the reporting bank itself").toBe(404);
    expect(await page(null, cast.regulator.slug, cast.orgB.slug)).toBe(401);
    expect(await csv(null, cast.regulator.slug)).toBe(401);
    // A revoked REGULATOR grant: not found, and out of the time series.
    await t.db.accessGrant.create({
      data: { kind: "REGULATOR", grantorOrgId: cast.formerClient.id, granteeOrgId: cast.regulator.id, revokedAt: new Date() },
    });
    expect(await page(cast.regulator.members.OWNER, cast.regulator.slug, cast.formerClient.slug), "revoked").toBe(404);
    expect((await sectorTimeSeries(t.db, cast.regulator.id)).some((r) => r.slug === cast.formerClient.slug)).toBe(false);
    expect(await snapshot(t.db, cast.orgB.id)).toBe(before);
  });

  it("an ISM study of one consultancy cannot be reached through another's address", async () => {
    const { revokeIsmExpert, closeIsmStudy } = await import("../../lib/features/ism-studies/manage.ts");
    const before = await snapshot(t.db, cast.consultancy.id);
    const other = cast.otherConsultancy;
    expect(await closeIsmStudy.invoke(t.db, other.members.OWNER, other.slug, { studyId: ids.studyId })).toMatchObject({ status: 404 });
    expect(
      await revokeIsmExpert.invoke(t.db, other.members.OWNER, other.slug, { studyId: ids.studyId, expertId: ids.expertId }),
    ).toMatchObject({ status: 404 });
    expect(await snapshot(t.db, cast.consultancy.id)).toBe(before);
  });
});
