// An assessment with submitted, realistic answers (lib/view/results/test-data.ts), plus a non-submitted and
// a revoked respondent that every figure must ignore. For the report, export and API tests.
import type { Db } from "../../../lib/platform/db/connect.ts";
import type { Prisma } from "../../../lib/platform/db/generated/client.ts";
import { ensureFrameworksStored } from "../../../lib/features/assessments/framework-store.ts";
import { issueRespondentToken } from "../../../lib/features/assessments/respondent-links.ts";
import { latestFramework, type ModuleKey } from "../../../lib/domain/instrument/index.ts";
import { generateResponses } from "../../../lib/view/results/test-data.ts";

export async function createScoredAssessment(
  db: Db,
  organizationId: string,
  opts: { name?: string; managers?: number; employees?: number; createdAt?: Date } = {},
): Promise<{ id: string; emails: string[] }> {
  await ensureFrameworksStored(db);
  const modules: ModuleKey[] = ["cx", "ecrm"];
  const assessment = await db.assessment.create({
    data: {
      organizationId,
      name: opts.name ?? "Scored baseline",
      frameworkVersion: latestFramework.version,
      modules,
      groups: ["managers", "employees"],
      status: "CLOSED",
      ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
    },
  });
  const responses = generateResponses({
    framework: latestFramework,
    modules,
    groups: { managers: opts.managers ?? 6, employees: opts.employees ?? 9 },
    groupBias: { managers: 0.4 },
    seed: 7,
  });
  const emails: string[] = [];
  const answers: Prisma.AnswerCreateManyInput[] = [];
  const answeredAt = new Date("2026-11-01T10:00:00Z");
  for (const [i, r] of responses.entries()) {
    const email = `person${i + 1}@${organizationId}.example`;
    emails.push(email);
    const respondent = await db.respondent.create({
      data: {
        assessmentId: assessment.id,
        organizationId,
        email,
        group: r.group,
        ...token(),
        startedAt: answeredAt,
        submittedAt: answeredAt,
      },
    });
    for (const [itemKey, value] of Object.entries(r.answers)) answers.push({ respondentId: respondent.id, itemKey, value, answeredAt });
  }
  // Neither of these may show up anywhere: one never submitted, one revoked after submitting.
  const pending = await db.respondent.create({
    data: {
      assessmentId: assessment.id,
      organizationId,
      email: "pending@example.org",
      group: "managers",
      ...token(),
      startedAt: answeredAt,
    },
  });
  const revoked = await db.respondent.create({
    data: {
      assessmentId: assessment.id,
      organizationId,
      email: "revoked@example.org",
      group: "employees",
      ...token(),
      submittedAt: answeredAt,
      revokedAt: answeredAt,
    },
  });
  for (const id of [pending.id, revoked.id])
    answers.push({ respondentId: id, itemKey: "cx.macro-digital-policies.1", value: 1, answeredAt });
  await db.answer.createMany({ data: answers, skipDuplicates: true });
  return { id: assessment.id, emails };
}

function token() {
  const { tokenHash, tokenSealed } = issueRespondentToken();
  return { tokenHash, tokenSealed };
}
