// Closed demo assessments for the demo consultancy's two client banks (FICTITIOUS respondents),
// so that the portfolio's comparison has data on first start. Answers follow the documented model
// of demo-assessment.ts (demoAnswers) with a different seed per bank; idempotent by name.
import type { Db } from "../lib/platform/db/connect.ts";
import { latestFramework } from "../lib/domain/instrument/index.ts";
import { issueRespondentToken } from "../lib/features/assessments/respondent-links.ts";
import { ensureFrameworksStored } from "../lib/features/assessments/framework-store.ts";
import { demoAnswers } from "./demo-assessment.ts";

export const CLIENT_DEMO_ASSESSMENTS = [
  { slug: "cedar-bank", name: "Digital CX review 2026 (demo)", seed: 3101, count: 18 },
  { slug: "harbor-bank", name: "Digital CX review 2026 (demo)", seed: 3202, count: 22 },
] as const;

/** A CLOSED assessment (cx + e-CRM) whose `count` respondents all submitted answers drawn with `seed`. */
export async function seedClosedDemoAssessment(
  db: Db,
  organizationId: string,
  args: { name: string; seed: number; count: number; emailDomain: string; closedAt?: Date },
): Promise<string> {
  const exists = await db.assessment.findFirst({ where: { organizationId, name: args.name }, select: { id: true } });
  if (exists) return exists.id;
  await ensureFrameworksStored(db);
  const closedAt = args.closedAt ?? new Date("2026-11-15T17:00:00Z");
  return db.$transaction(async (tx) => {
    const a = await tx.assessment.create({
      data: {
        organizationId,
        name: args.name,
        frameworkVersion: latestFramework.version,
        modules: ["cx", "ecrm"],
        groups: ["managers", "employees"],
        status: "CLOSED",
        createdAt: new Date(closedAt.getTime() - 30 * 86_400_000),
        closedAt,
      },
    });
    for (const r of demoAnswers(args.seed, args.count)) {
      const { tokenHash, tokenSealed } = issueRespondentToken();
      const started = new Date(closedAt.getTime() - 10 * 86_400_000);
      const respondent = await tx.respondent.create({
        data: {
          assessmentId: a.id,
          organizationId,
          email: r.email.replace(/@.*$/, `@${args.emailDomain}`),
          group: r.group,
          tokenHash,
          tokenSealed,
          startedAt: started,
          submittedAt: new Date(started.getTime() + 40 * 60_000),
        },
      });
      await tx.answer.createMany({
        data: Object.entries(r.answers).map(([itemKey, value]) => ({ respondentId: respondent.id, itemKey, value, answeredAt: started })),
      });
    }
    return a.id;
  });
}

export async function seedClientDemoAssessments(db: Db, orgIdOf: (slug: string) => string): Promise<void> {
  for (const c of CLIENT_DEMO_ASSESSMENTS) {
    await seedClosedDemoAssessment(db, orgIdOf(c.slug), { name: c.name, seed: c.seed, count: c.count, emailDomain: `${c.slug}.example` });
  }
}
