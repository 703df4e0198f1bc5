// Where the access matrix tries each organisation action: the organisation it must not touch, who
// intrudes, where roles are climbed, the input, and the wrong-kind and revoked-grant variants.
import type { Role } from "../../../lib/platform/db/generated/client.ts";
import type { SessionUser } from "../../../lib/platform/access/access.ts";
import type { AnyOrgAction } from "../../../lib/features/action-registry/registry.ts";
import type { PortfolioCast } from "./portfolio-fixtures.ts";

const FW = "meyar-2026.1";

export interface Ids {
  bRegulatorGrantId: string;
  /** An initiative of bank B. */
  bInitiativeId: string;
  /** A what-if scenario of bank B. */
  bScenarioId: string;
  studyId: string;
  expertId: string;
}

/** Where each action is tried: the organisation it must not touch, who intrudes, and where roles are climbed. */
export interface Scenario {
  victim: { id: string; slug: string };
  intruders: Record<Role, SessionUser>;
  ladder: { id: string; slug: string; members: Record<Role, SessionUser> };
  input: Record<string, string>;
  /** A member (ADMIN) of an organisation of a kind the action does not exist for, on its own address. */
  wrongKind?: { id: string; slug: string; admin: SessionUser };
  /** The same input aimed at a bank whose grant to the consultancy was revoked. */
  revoked?: { bankId: string; input: Record<string, string> };
}

export function scenarioFor(action: AnyOrgAction, cast: PortfolioCast, ids: Ids): Scenario {
  const bankSide = { victim: cast.orgB, intruders: cast.a, ladder: { ...cast.orgA, members: cast.a } };
  const consultancy = { id: cast.consultancy.id, slug: cast.consultancy.slug };
  const consultancySide = { victim: consultancy, intruders: cast.a, ladder: { ...consultancy, members: cast.consultancy.members } };
  const north = cast.clients[0];
  if (!north) throw new Error("cast");
  const bank = (input: Record<string, string>): Scenario => ({ ...bankSide, input });
  switch (action.name) {
    case "org.update":
      return bank({ name: "Renamed", ownership: "PRIVATE", sizeBand: "SMALL", region: "Elsewhere" });
    case "org.anonymity-threshold":
      return bank({ threshold: "9" });
    case "org.two-factor-policy":
      return bank({ required: "false" });
    case "org.default-language":
      return bank({ locale: "fa" });
    case "member.reset-two-factor":
    case "member.issue-password-reset":
      return bank({ membershipId: cast.bViewerMembershipId });
    case "member.invite":
      return bank({ email: "someone@example.com", role: "VIEWER" });
    case "member.revoke-invitation":
      return bank({ invitationId: cast.bPendingInvitationId });
    case "member.change-role":
      return bank({ membershipId: cast.bViewerMembershipId, role: "ADMIN" });
    case "member.remove":
      return bank({ membershipId: cast.bViewerMembershipId });
    case "assessment.create":
      return bank({ name: "Intruder assessment", frameworkVersion: FW, modules: "cx,ecrm", groups: "managers,employees" });
    case "assessment.add-respondents":
      return bank({ assessmentId: cast.bAssessmentId, list: "someone@example.com,managers" });
    case "assessment.remind":
    case "assessment.close":
    case "assessment.reopen":
    case "assessment.publish":
      return bank({ assessmentId: cast.bAssessmentId });
    case "assessment.schedule":
      return bank({
        assessmentId: cast.bAssessmentId,
        deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        daysBefore: "3",
      });
    case "assessment.revoke-respondent":
    case "assessment.reissue-link":
      return bank({ assessmentId: cast.bAssessmentId, respondentId: cast.bRespondentId });
    case "billing.checkout":
      return bank({ plan: "professional" });
    case "billing.portal":
      return bank({});
    case "api-key.create":
      return bank({ name: "Intruder key", scope: "READ_WRITE" });
    case "api-key.revoke":
      return bank({ keyId: cast.bApiKeyId });
    case "initiative.create":
    case "initiative.create-from-roadmap":
    case "initiative.update":
    case "initiative.change-status":
    case "initiative.delete": {
      // The plan is a bank's: a consultancy's member on its own address gets 404 (kinds: BANK).
      const wrongKind = { ...consultancy, admin: cast.consultancy.members.ADMIN };
      const input: Record<string, Record<string, string>> = {
        "initiative.create": { title: "Intruder initiative", factorKeys: "training" },
        "initiative.create-from-roadmap": { assessmentId: cast.bAssessmentId, factorKey: "training" },
        "initiative.update": { initiativeId: ids.bInitiativeId, title: "Hijacked" },
        "initiative.change-status": { initiativeId: ids.bInitiativeId, status: "DROPPED" },
        "initiative.delete": { initiativeId: ids.bInitiativeId },
      };
      return { ...bank(input[action.name] ?? {}), wrongKind };
    }
    case "what-if.project":
    case "what-if.compare":
    case "what-if.save":
    case "what-if.rename":
    case "what-if.delete":
    case "what-if.to-initiatives": {
      // What-ifs live on a bank's results page next to its plan: a consultancy's member gets 404 (kinds: BANK).
      const wrongKind = { ...consultancy, admin: cast.consultancy.members.ADMIN };
      const scenario = { scenarioId: ids.bScenarioId };
      const input: Record<string, Record<string, string>> = {
        "what-if.project": { assessmentId: cast.bAssessmentId, targets: '{"training":3}' },
        "what-if.compare": { first: ids.bScenarioId, second: `${ids.bScenarioId}-other` },
        "what-if.save": { assessmentId: cast.bAssessmentId, name: "Intruder scenario", targets: '{"training":3}' },
        "what-if.rename": { ...scenario, name: "Hijacked" },
      };
      return { ...bank(input[action.name] ?? scenario), wrongKind };
    }
    case "grant.create":
    case "grant.revoke": {
      const input: Record<string, string> =
        action.name === "grant.create" ? { kind: "CONSULTANCY", granteeSlug: cast.consultancy.slug } : { grantId: ids.bRegulatorGrantId };
      return { ...bank(input), wrongKind: { ...consultancy, admin: cast.consultancy.members.ADMIN } };
    }
    case "portfolio.create-assessment":
    case "portfolio.add-respondents": {
      const input = (b: { slug: string; assessmentId: string }): Record<string, string> =>
        action.name === "portfolio.create-assessment"
          ? { bank: b.slug, name: "Intruder client assessment", frameworkVersion: FW, modules: "cx,ecrm", groups: "managers" }
          : { bank: b.slug, assessmentId: b.assessmentId, list: "someone@example.com,managers" };
      return {
        ...consultancySide,
        input: input(north),
        wrongKind: { ...cast.orgA, admin: cast.a.ADMIN },
        revoked: { bankId: cast.formerClient.id, input: input(cast.formerClient) },
      };
    }
    default: {
      if (!action.name.startsWith("ism-study."))
        throw new Error(`no scenario for action ${action.name}: add one so the access matrix covers it`);
      const study = { studyId: ids.studyId };
      const input: Record<string, Record<string, string>> = {
        "ism-study.create": { name: "Intruder study", factorSource: "instrument" },
        "ism-study.add-experts": { ...study, list: "New Expert, new@experts.example" },
        "ism-study.revoke-expert": { ...study, expertId: ids.expertId },
        "ism-study.adopt": { ...study, rule: "majority" },
        "ism-study.reset-model": {},
      };
      const regulator = { id: cast.regulator.id, slug: cast.regulator.slug };
      return { ...consultancySide, input: input[action.name] ?? study, wrongKind: { ...regulator, admin: cast.regulator.members.ADMIN } };
    }
  }
}
