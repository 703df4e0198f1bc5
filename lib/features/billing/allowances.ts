// How much of a plan limit is left, read before a form is shown (lib/view/billing/limit-notices.ts
// turns it into sentences). The actions check the same limits again under a lock when submitted.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { Allowance } from "../../view/billing/limit-notices.ts";
import { planInForce } from "../entitlements/entitlements.ts";

/** Open assessments of a bank against its plan; null when the plan has no such limit. */
export async function openAssessmentsAllowance(db: Db, org: { id: string }): Promise<Allowance | null> {
  const { plan } = await planInForce(db, org);
  const max = plan.limits.openAssessments;
  if (max === null) return null;
  return { planName: plan.name, max, used: await db.assessment.count({ where: { organizationId: org.id, status: "OPEN" } }) };
}

/** Respondents of one assessment (revoked ones count) against the plan of who pays (`payer`); null when unlimited. */
export async function respondentsAllowance(
  db: Db,
  payer: { id: string },
  assessment: { id: string; organizationId: string },
): Promise<Allowance | null> {
  const { plan } = await planInForce(db, payer);
  const max = plan.limits.respondentsPerAssessment;
  if (max === null) return null;
  const used = await db.respondent.count({ where: { assessmentId: assessment.id, organizationId: assessment.organizationId } });
  return { planName: plan.name, max, used };
}
