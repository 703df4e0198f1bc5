// A finished demo assessment for Atlas Bank (demo): 30 FICTITIOUS respondents whose answers are
// drawn from a documented model, so the dashboard has realistic data on first start.
//
// Model: each factor has a bank-level true maturity μ_f (fixed profile below, else drawn in
// [2.3, 3.8]); a respondent adds a personal bias b ~ N(0, 0.3), managers a further +0.35
// (managers rate their own programmes higher, as the seeds' manager/employee surveys suggest);
// each item adds noise ε ~ N(0, 0.7). The answer is round(μ_f + b + ε) clamped to 1..5,
// mirrored (6 − x) for reverse-worded items; "don't know" with probability 4% (managers) or 7%.
import type { Db } from "../lib/platform/db/connect.ts";
import type { Prisma } from "../lib/platform/db/generated/client.ts";
import { allFactors, latestFramework, type ModuleKey } from "../lib/domain/instrument/index.ts";
import { mulberry32, type Rng } from "../lib/domain/statistics/index.ts";
import { issueRespondentToken } from "../lib/features/assessments/respondent-links.ts";
import { ensureFrameworksStored } from "../lib/features/assessments/framework-store.ts";

export const DEMO_ASSESSMENT_NAME = "Digital CX baseline 2026 (demo)";
const MODULES: ModuleKey[] = ["cx", "ecrm"];

// A bank strong on channels and outcomes but weak on foundations: the roadmap and the
// consistency check (outcomes rated above their drivers) then have something to say.
const PROFILE: Record<string, number> = {
  infrastructure: 2.6,
  "information-system": 2.5,
  training: 2.2,
  motivation: 2.4,
  "management-planning": 2.8,
  "support-protection": 3.2,
  "digital-banking": 3.7,
  interactions: 3.9,
  marketing: 3.5,
  performance: 3.3,
};

/** Answered inconsistently in the demo: its statements do not hang together (alpha < 0.7). */
const NOISY_FACTOR = "substitution";

function normal(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

export function demoAnswers(seed = 2026, count = 30) {
  const rng = mulberry32(seed);
  const factors = allFactors(latestFramework, MODULES);
  const truth = new Map(factors.map((f) => [f.key, PROFILE[f.key] ?? 2.3 + 1.5 * rng()]));
  return Array.from({ length: count }, (_, i) => {
    const group = i < count * 0.4 ? "managers" : "employees";
    const bias = 0.3 * normal(rng) + (group === "managers" ? 0.35 : 0);
    const dontKnow = group === "managers" ? 0.04 : 0.07;
    const answers: Record<string, number | null> = {};
    for (const f of factors) {
      // Each respondent sees each factor a little differently (a trait shared by its statements, which is
      // what makes them hang together), plus item noise. One factor is deliberately noisier, so that the
      // reliability flags have something realistic to say.
      const view = 0.55 * normal(rng);
      const noise = f.key === NOISY_FACTOR ? 1.1 : 0.5;
      for (const item of f.items) {
        if (rng() < dontKnow) {
          answers[item.key] = null;
          continue;
        }
        const x = Math.min(5, Math.max(1, Math.round((truth.get(f.key) ?? 3) + bias + view + noise * normal(rng))));
        answers[item.key] = item.reverse ? 6 - x : x;
      }
    }
    return {
      email: `${group === "managers" ? "manager" : "employee"}${String(i + 1).padStart(count > 99 ? 3 : 2, "0")}@atlas-bank.example`,
      group,
      answers,
    };
  });
}

export async function seedDemoAssessment(db: Db, organizationId: string, createdById: string | null): Promise<void> {
  const exists = await db.assessment.findFirst({ where: { organizationId, name: DEMO_ASSESSMENT_NAME }, select: { id: true } });
  if (exists) return;
  await ensureFrameworksStored(db);
  const closedAt = new Date("2026-10-31T17:00:00Z");
  await db.$transaction(async (tx) => {
    const assessment = await tx.assessment.create({
      data: {
        organizationId,
        name: DEMO_ASSESSMENT_NAME,
        frameworkVersion: latestFramework.version,
        modules: MODULES,
        groups: ["managers", "employees"],
        status: "CLOSED",
        createdById,
        createdAt: new Date("2026-10-01T08:00:00Z"),
        closedAt,
      },
    });
    const answers: Prisma.AnswerCreateManyInput[] = [];
    for (const [i, r] of demoAnswers().entries()) {
      const { tokenHash, tokenSealed } = issueRespondentToken();
      const started = new Date(Date.UTC(2026, 9, 2 + (i % 20), 9, 0));
      const respondent = await tx.respondent.create({
        data: {
          assessmentId: assessment.id,
          organizationId,
          email: r.email,
          group: r.group,
          tokenHash,
          tokenSealed,
          startedAt: started,
          submittedAt: new Date(started.getTime() + 40 * 60_000),
        },
      });
      for (const [itemKey, value] of Object.entries(r.answers))
        answers.push({ respondentId: respondent.id, itemKey, value, answeredAt: started });
    }
    await tx.answer.createMany({ data: answers });
  });
}
