// Harbor Savings (demo) is on the Free plan by operator assignment (lib/features/billing: assignedPlan wins
// over MEYAR_DEFAULT_PLAN), with one open assessment holding the Free plan's five respondents, so
// the plan limits can be seen and tested on a machine without Stripe. All of it is FICTITIOUS.
import type { Db } from "../lib/platform/db/connect.ts";
import { latestFramework } from "../lib/domain/instrument/index.ts";
import { issueRespondentToken } from "../lib/features/assessments/respondent-links.ts";
import { ensureFrameworksStored } from "../lib/features/assessments/framework-store.ts";
import { FREE_DEMO_ASSESSMENT } from "./demo-data.ts";

const RESPONDENTS = [
  ["manager01@harbor-savings.example", "managers"],
  ["manager02@harbor-savings.example", "managers"],
  ["employee01@harbor-savings.example", "employees"],
  ["employee02@harbor-savings.example", "employees"],
  ["employee03@harbor-savings.example", "employees"],
] as const;

export async function seedFreeDemoBank(db: Db, organizationId: string, ownerId: string | null): Promise<void> {
  await db.billingAccount.upsert({ where: { organizationId }, update: {}, create: { organizationId, assignedPlan: "free" } });
  const exists = await db.assessment.findFirst({ where: { organizationId, name: FREE_DEMO_ASSESSMENT }, select: { id: true } });
  if (exists) return;
  await ensureFrameworksStored(db);
  await db.$transaction(async (tx) => {
    const assessment = await tx.assessment.create({
      data: {
        organizationId,
        name: FREE_DEMO_ASSESSMENT,
        frameworkVersion: latestFramework.version,
        modules: ["cx", "ecrm"],
        groups: ["managers", "employees"],
        createdById: ownerId,
      },
    });
    await tx.respondent.createMany({
      data: RESPONDENTS.map(([email, group]) => {
        const { tokenHash, tokenSealed } = issueRespondentToken();
        return { assessmentId: assessment.id, organizationId, email, group, tokenHash, tokenSealed };
      }),
    });
  });
}
