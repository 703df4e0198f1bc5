// A consultancy with one member per role, two client banks that granted it access (with answered,
// closed assessments), a former client whose grant was revoked, and a regulator: the cast of the
// portfolio and ISM-study tests.
import type { Db } from "../../../lib/platform/db/connect.ts";
import type { SessionUser } from "../../../lib/platform/access/access.ts";
import type { OrgKind, Role } from "../../../lib/platform/db/generated/client.ts";
import { seedClosedDemoAssessment } from "../../../prisma/demo-client-assessments.ts";
import { createCast, type Cast } from "./fixtures.ts";

const NO_PASSWORD = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$invalid";
const ROLES = ["OWNER", "ADMIN", "ANALYST", "VIEWER"] as const;

export interface OrgWithMembers {
  id: string;
  slug: string;
  members: Record<Role, SessionUser>;
}

export interface PortfolioCast extends Cast {
  consultancy: OrgWithMembers;
  /** A second consultancy with no grants at all. */
  otherConsultancy: OrgWithMembers;
  regulator: OrgWithMembers;
  clients: { id: string; slug: string; name: string; assessmentId: string }[];
  formerClient: { id: string; slug: string; assessmentId: string };
}

async function orgWithMembers(db: Db, slug: string, name: string, kind: OrgKind): Promise<OrgWithMembers> {
  const org = await db.organization.create({ data: { slug, name, kind, region: "Gulf" } });
  const members = {} as Record<Role, SessionUser>;
  for (const role of ROLES) {
    members[role] = await db.user.create({
      data: { email: `${role.toLowerCase()}@${slug}.example`, name: `${name} ${role}`, passwordHash: NO_PASSWORD },
      select: { id: true, email: true, name: true },
    });
    await db.membership.create({ data: { organizationId: org.id, userId: members[role].id, role } });
  }
  return { id: org.id, slug, members };
}

/** A CLOSED assessment with `count` submitted respondents whose answers follow the demo model. */
export async function seedClosedAssessment(db: Db, organizationId: string, name: string, seed: number, count = 8): Promise<string> {
  return seedClosedDemoAssessment(db, organizationId, { name, seed, count, emailDomain: "respondent.example" });
}

export async function createPortfolioCast(db: Db): Promise<PortfolioCast> {
  const cast = await createCast(db);
  const consultancy = await orgWithMembers(db, "gamma-advisory", "Gamma Advisory", "CONSULTANCY");
  const otherConsultancy = await orgWithMembers(db, "omega-advisory", "Omega Advisory", "CONSULTANCY");
  const regulator = await orgWithMembers(db, "delta-supervision", "Delta Supervision", "REGULATOR");
  const clients = [];
  for (const [k, [slug, name]] of [
    ["north-bank", "North Bank"],
    ["south-bank", "South Bank"],
  ].entries()) {
    const bank = await db.organization.create({
      data: { slug: slug as string, name: name as string, kind: "BANK", ownership: "PRIVATE", sizeBand: "MEDIUM", region: "Gulf" },
    });
    await db.accessGrant.create({ data: { kind: "CONSULTANCY", grantorOrgId: bank.id, granteeOrgId: consultancy.id } });
    const assessmentId = await seedClosedAssessment(db, bank.id, `${name} baseline`, 100 + k);
    clients.push({ id: bank.id, slug: bank.slug, name: bank.name, assessmentId });
  }
  const former = await db.organization.create({
    data: { slug: "west-bank", name: "West Bank", kind: "BANK", ownership: "STATE", sizeBand: "LARGE", region: "Levant" },
  });
  await db.accessGrant.create({
    data: { kind: "CONSULTANCY", grantorOrgId: former.id, granteeOrgId: consultancy.id, revokedAt: new Date() },
  });
  // Beta Bank (cast.orgB) reports to the regulator but never granted the consultancy anything.
  await db.accessGrant.create({ data: { kind: "REGULATOR", grantorOrgId: cast.orgB.id, granteeOrgId: regulator.id } });
  const formerAssessmentId = await seedClosedAssessment(db, former.id, "West baseline", 200, 4);
  return {
    ...cast,
    consultancy,
    otherConsultancy,
    regulator,
    clients,
    formerClient: { id: former.id, slug: former.slug, assessmentId: formerAssessmentId },
  };
}
