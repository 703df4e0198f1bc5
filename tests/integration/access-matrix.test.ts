// Every organisation-scoped action (lib/features/org/actions.ts) × caller: a member of another organisation
// gets 404 and changes nothing; a role below the action's minimum gets 403 and changes nothing;
// nobody signed in gets 401.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orgActions } from "../../lib/features/org/actions.ts";
import { hasRole } from "../../lib/platform/access/roles.ts";
import { createCast, snapshotOrg, type Cast } from "./support/fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

/** A valid input for each action, aimed at organisation B's own records. */
function inputFor(name: string, cast: Cast): Record<string, string> {
  switch (name) {
    case "org.update": return { name: "Renamed", ownership: "PRIVATE", sizeBand: "SMALL", region: "Elsewhere" };
    case "member.invite": return { email: "someone@example.com", role: "VIEWER" };
    case "member.revoke-invitation": return { invitationId: cast.bPendingInvitationId };
    case "member.change-role": return { membershipId: cast.bViewerMembershipId, role: "ADMIN" };
    case "member.remove": return { membershipId: cast.bViewerMembershipId };
    case "assessment.create": return { name: "Intruder assessment", frameworkVersion: "meyar-2026.1", modules: "cx,ecrm", groups: "managers,employees" };
    case "assessment.add-respondents": return { assessmentId: cast.bAssessmentId, list: "someone@example.com,managers" };
    case "assessment.remind":
    case "assessment.close":
    case "assessment.reopen":
    case "assessment.publish": return { assessmentId: cast.bAssessmentId };
    case "assessment.revoke-respondent": return { assessmentId: cast.bAssessmentId, respondentId: cast.bRespondentId };
    case "assessment.reissue-link": return { assessmentId: cast.bAssessmentId, respondentId: cast.bRespondentId };
    case "billing.checkout": return { plan: "professional" };
    case "billing.portal": return {};
    case "api-key.create": return { name: "Intruder key", scope: "READ_WRITE" };
    case "api-key.revoke": return { keyId: cast.bApiKeyId };
    default: throw new Error(`no test input for action ${name}: add one so the access matrix covers it`);
  }
}

describe.each(enginesUnderTest())("access matrix on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
  });
  afterAll(async () => t?.dispose());

  it("covers the membership, settings and assessment actions", () => {
    expect(orgActions.map((a) => a.name).sort()).toEqual([
      "api-key.create", "api-key.revoke",
      "assessment.add-respondents", "assessment.close", "assessment.create", "assessment.publish", "assessment.reissue-link",
      "assessment.remind", "assessment.reopen", "assessment.revoke-respondent", "billing.checkout", "billing.portal",
      "member.change-role", "member.invite", "member.remove", "member.revoke-invitation", "org.update",
    ]);
  });

  describe.each(orgActions.map((a) => [a.name, a] as const))("%s", (_name, action) => {
    it("answers 404 to every member of another organisation and changes nothing there", async () => {
      const before = await snapshotOrg(t.db, cast.orgB.id);
      for (const role of ["OWNER", "ADMIN", "ANALYST", "VIEWER"] as const) {
        const result = await action.invoke(t.db, cast.a[role], cast.orgB.slug, inputFor(action.name, cast));
        expect(result, `${role} of A on B`).toMatchObject({ ok: false, status: 404 });
      }
      expect(await snapshotOrg(t.db, cast.orgB.id)).toBe(before);
    });

    it("answers 401 when nobody is signed in", async () => {
      const before = await snapshotOrg(t.db, cast.orgB.id);
      expect(await action.invoke(t.db, null, cast.orgB.slug, inputFor(action.name, cast))).toMatchObject({ ok: false, status: 401 });
      expect(await snapshotOrg(t.db, cast.orgB.id)).toBe(before);
    });

    it("refuses roles below its minimum with 403 and no change, and a VIEWER can never change anything", async () => {
      const before = await snapshotOrg(t.db, cast.orgA.id);
      for (const role of ["ADMIN", "ANALYST", "VIEWER"] as const) {
        if (hasRole(role, action.minRole)) continue;
        const result = await action.invoke(t.db, cast.a[role], cast.orgA.slug, inputFor(action.name, cast));
        expect(result, role).toMatchObject({ ok: false, status: 403 });
      }
      if (action.mutates) expect(action.minRole).not.toBe("VIEWER");
      expect(await snapshotOrg(t.db, cast.orgA.id)).toBe(before);
    });
  });

  it("an unknown organisation and a real one the caller is not in are indistinguishable", async () => {
    const [unknown, other] = await Promise.all([
      orgActions[0].invoke(t.db, cast.a.OWNER, "no-such-bank", {}),
      orgActions[0].invoke(t.db, cast.a.OWNER, cast.orgB.slug, {}),
    ]);
    expect(unknown).toEqual(other);
  });

  it("a record id of organisation B cannot be reached through organisation A's address", async () => {
    const before = await snapshotOrg(t.db, cast.orgB.id);
    const { changeRole, removeMember } = await import("../../lib/features/org/members.ts");
    const { revokeInvitation } = await import("../../lib/features/org/invitations.ts");
    const { reopenAssessment, revokeRespondent } = await import("../../lib/features/assessments/manage.ts");
    const owner = cast.a.OWNER;
    expect(await changeRole.invoke(t.db, owner, cast.orgA.slug, { membershipId: cast.bViewerMembershipId, role: "ADMIN" })).toMatchObject({ status: 404 });
    expect(await removeMember.invoke(t.db, owner, cast.orgA.slug, { membershipId: cast.bViewerMembershipId })).toMatchObject({ status: 404 });
    expect(await revokeInvitation.invoke(t.db, owner, cast.orgA.slug, { invitationId: cast.bPendingInvitationId })).toMatchObject({ status: 404 });
    expect(await reopenAssessment.invoke(t.db, owner, cast.orgA.slug, { assessmentId: cast.bAssessmentId })).toMatchObject({ status: 404 });
    expect(await revokeRespondent.invoke(t.db, owner, cast.orgA.slug, { assessmentId: cast.bAssessmentId, respondentId: cast.bRespondentId })).toMatchObject({ status: 404 });
    const { revokeApiKey } = await import("../../lib/features/api-keys/keys.ts");
    expect(await revokeApiKey.invoke(t.db, owner, cast.orgA.slug, { keyId: cast.bApiKeyId })).toMatchObject({ status: 404 });
    expect(await snapshotOrg(t.db, cast.orgB.id)).toBe(before);
  });
});
