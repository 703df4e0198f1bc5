// Two organisations with one user per role in A and an owner in B: the cast of the access tests.
import type { Db } from "../../../lib/platform/db/connect.ts";
import type { SessionUser } from "../../../lib/platform/access/access.ts";
import type { Role } from "../../../lib/platform/db/generated/client.ts";
import { ensureFrameworksStored } from "../../../lib/features/assessments/framework-store.ts";
import { issueRespondentToken } from "../../../lib/features/assessments/respondent-links.ts";
import { latestFramework } from "../../../lib/domain/instrument/index.ts";

// A precomputed scrypt hash keeps fixtures fast; these users never sign in with a password.
const NO_PASSWORD = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$invalid";

export interface Cast {
  orgA: { id: string; slug: string };
  orgB: { id: string; slug: string };
  a: Record<Role, SessionUser>;
  bOwner: SessionUser;
  bViewerMembershipId: string;
  bPendingInvitationId: string;
  bAssessmentId: string;
  bRespondentId: string;
  bApiKeyId: string;
}

async function user(db: Db, email: string, name: string): Promise<SessionUser> {
  return db.user.create({ data: { email, name, passwordHash: NO_PASSWORD }, select: { id: true, email: true, name: true } });
}

export async function createCast(db: Db): Promise<Cast> {
  const orgA = await db.organization.create({
    data: { slug: "alpha-bank", name: "Alpha Bank", kind: "BANK", ownership: "PRIVATE", sizeBand: "MEDIUM", region: "Gulf" },
  });
  const orgB = await db.organization.create({
    data: { slug: "beta-bank", name: "Beta Bank", kind: "BANK", ownership: "STATE", sizeBand: "LARGE", region: "Levant" },
  });
  const a = {} as Record<Role, SessionUser>;
  for (const role of ["OWNER", "ADMIN", "ANALYST", "VIEWER"] as const) {
    a[role] = await user(db, `${role.toLowerCase()}@alpha.example`, `Alpha ${role}`);
    await db.membership.create({ data: { organizationId: orgA.id, userId: a[role].id, role } });
  }
  const bOwner = await user(db, "owner@beta.example", "Beta Owner");
  await db.membership.create({ data: { organizationId: orgB.id, userId: bOwner.id, role: "OWNER" } });
  const bViewer = await user(db, "viewer@beta.example", "Beta Viewer");
  const m = await db.membership.create({ data: { organizationId: orgB.id, userId: bViewer.id, role: "VIEWER" } });
  const inv = await db.invitation.create({
    data: {
      organizationId: orgB.id,
      email: "new@beta.example",
      role: "VIEWER",
      tokenHash: "b".repeat(64),
      expiresAt: new Date(Date.now() + 86_400_000),
      invitedById: bOwner.id,
    },
  });
  await ensureFrameworksStored(db);
  const assessment = await db.assessment.create({
    data: {
      organizationId: orgB.id,
      name: "Beta baseline",
      frameworkVersion: latestFramework.version,
      modules: ["cx", "ecrm"],
      groups: ["managers", "employees"],
      status: "CLOSED",
    },
  });
  const respondent = await db.respondent.create({
    data: { assessmentId: assessment.id, organizationId: orgB.id, email: "r1@beta.example", group: "managers", ...sealedToken() },
  });
  const apiKey = await db.apiKey.create({
    data: {
      organizationId: orgB.id,
      name: "Beta warehouse",
      scope: "READ",
      prefix: "myr_beta00",
      keyHash: "c".repeat(64),
      createdById: bOwner.id,
    },
  });
  return {
    orgA,
    orgB,
    a,
    bOwner,
    bViewerMembershipId: m.id,
    bPendingInvitationId: inv.id,
    bAssessmentId: assessment.id,
    bRespondentId: respondent.id,
    bApiKeyId: apiKey.id,
  };
}

function sealedToken() {
  const { tokenHash, tokenSealed } = issueRespondentToken();
  return { tokenHash, tokenSealed };
}

/** Everything that belongs to an organisation, to prove a refused request changed nothing. */
export async function snapshotOrg(db: Db, organizationId: string) {
  const [org, memberships, invitations, audit, assessments, respondents, answers, apiKeys, initiatives, scenarios, jobs] =
    await Promise.all([
      db.organization.findUnique({ where: { id: organizationId } }),
      db.membership.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
      db.invitation.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
      db.auditEvent.count({ where: { organizationId } }),
      db.assessment.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
      db.respondent.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
      db.answer.count({ where: { respondent: { organizationId } } }),
      db.apiKey.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
      db.initiative.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
      db.whatIfScenario.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
      db.scheduledJob.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    ]);
  return JSON.stringify({ org, memberships, invitations, audit, assessments, respondents, answers, apiKeys, initiatives, scenarios, jobs });
}
