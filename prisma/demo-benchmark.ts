// Demo benchmark pool: published assessments of the FICTITIOUS institutions for three yearly rounds,
// scored by the real engine from simulated answers. The answers are stored with their fictitious
// respondents, so every published assessment has results on its own page that agree with the pool
// (the pool itself holds scores only). The random model is documented in docs/BENCHMARK.md §Demo data:
//
//   institution latent maturity  θ_i = 2.75 + size_i + ownership_i + N(0, 0.35²)
//       size: SMALL −0.25, MEDIUM 0, LARGE +0.25; ownership: STATE −0.20, PRIVATE +0.05
//   yearly growth                g_i ~ N(0.12, 0.10²) per round after 2024
//   factor effect                δ_f = 0.10 · (ISM level − 4) for e-CRM factors (foundations, at the
//                                bottom of the published hierarchy, mature before the outcomes they
//                                drive); N(0, 0.15²) fixed per factor for CX and CKM factors
//   institution × factor         u_if ~ N(0, 0.30²), fixed across rounds
//   respondents                  8–17 per assessment; bias N(0, 0.3²), managers +0.3;
//                                item answer round(θ_i + g_i·(r − 2024) + δ_f + u_if + bias + N(0, 0.7²))
//                                clamped to 1..5, mirrored for reverse items, "don't know" 5 %
//   participation                2026 all, 2025 85 %, 2024 70 %; 60 % include the optional CKM module
import type { Db } from "../lib/platform/db/connect.ts";
import { allFactors, latestFramework, type LikertAnswer, type ModuleKey } from "../lib/domain/instrument/index.ts";
import { scoreAssessment, type ResponseInput } from "../lib/domain/scoring/index.ts";
import { mulberry32, type Rng } from "../lib/domain/statistics/index.ts";
import { ensureFrameworksStored } from "../lib/features/assessments/framework-store.ts";
import { issueRespondentToken } from "../lib/features/assessments/respondent-links.ts";
import { randomUUID } from "node:crypto";
import { insertPoolEntry } from "../lib/features/benchmark/pool.ts";
import { scoreVector } from "../lib/features/benchmark/metrics.ts";

export const DEMO_ROUNDS = [2024, 2025, 2026] as const;
const PARTICIPATION: Record<number, number> = { 2024: 0.7, 2025: 0.85, 2026: 1 };
const SIZE_EFFECT = { SMALL: -0.25, MEDIUM: 0, LARGE: 0.25 } as const;
const OWNERSHIP_EFFECT = { STATE: -0.2, PRIVATE: 0.05 } as const;

export interface DemoPoolInstitution {
  id: string;
  slug: string;
  ownership: "PRIVATE" | "STATE";
  sizeBand: "SMALL" | "MEDIUM" | "LARGE";
  region: string;
  /** Rounds to publish regardless of the participation draw (e.g. the demo bank's previous round). */
  rounds?: readonly number[];
  /** Its own answer model instead of the pool's (the demo bank: its assessment's model, another seed). */
  simulate?: (round: number) => ResponseInput[];
}

function normal(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const factorEffects = (() => {
  const rng = mulberry32(4242);
  return new Map(
    allFactors(latestFramework).map((f) => [f.key, f.publishedLevel !== undefined ? 0.1 * (f.publishedLevel - 4) : 0.15 * normal(rng)]),
  );
})();

/** The simulated respondents of one institution's assessment in one round (deterministic). */
export function simulateResponses(
  inst: Pick<DemoPoolInstitution, "slug" | "ownership" | "sizeBand">,
  round: number,
  modules: readonly ModuleKey[],
): ResponseInput[] {
  const base = mulberry32(seedOf(inst.slug));
  const theta = 2.75 + SIZE_EFFECT[inst.sizeBand] + OWNERSHIP_EFFECT[inst.ownership] + 0.35 * normal(base);
  const growth = 0.12 + 0.1 * normal(base);
  const factors = allFactors(latestFramework, modules);
  const idio = new Map(allFactors(latestFramework).map((f) => [f.key, 0.3 * normal(base)]));
  const rng = mulberry32(seedOf(`${inst.slug}:${round}`));
  const count = 8 + Math.floor(rng() * 10);
  return Array.from({ length: count }, (_, i) => {
    const group = i % 3 === 0 ? "managers" : "employees";
    const bias = 0.3 * normal(rng) + (group === "managers" ? 0.3 : 0);
    const answers: Record<string, LikertAnswer> = {};
    for (const f of factors) {
      const mu = theta + growth * (round - DEMO_ROUNDS[0]) + (factorEffects.get(f.key) ?? 0) + (idio.get(f.key) ?? 0) + bias;
      for (const item of f.items) {
        if (rng() < 0.05) {
          answers[item.key] = null;
          continue;
        }
        const x = Math.min(5, Math.max(1, Math.round(mu + 0.7 * normal(rng)))) as 1 | 2 | 3 | 4 | 5;
        answers[item.key] = (item.reverse ? 6 - x : x) as LikertAnswer;
      }
    }
    return { respondentId: `${inst.slug}-${round}-${i}`, group, answers };
  });
}

const demoRespondentEmail = (slug: string, group: string, i: number) =>
  `${group === "managers" ? "manager" : "employee"}${String(i + 1).padStart(2, "0")}@${slug}.example`;

export const demoPoolAssessmentName = (round: number) => `Digital CX assessment ${round} (demo)`;

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** The fictitious respondents and their answers, submitted before the round closed. */
async function insertRespondents(
  tx: Tx,
  assessmentId: string,
  inst: Pick<DemoPoolInstitution, "id" | "slug">,
  round: number,
  responses: ResponseInput[],
): Promise<void> {
  const submittedAt = new Date(Date.UTC(round, 3, 20, 10));
  const rows = responses.map((r, i) => {
    const { tokenHash, tokenSealed } = issueRespondentToken();
    return {
      id: `demo_${randomUUID()}`,
      assessmentId,
      organizationId: inst.id,
      email: demoRespondentEmail(inst.slug, r.group, i),
      group: r.group,
      tokenHash,
      tokenSealed,
      startedAt: submittedAt,
      submittedAt,
    };
  });
  await tx.respondent.createMany({ data: rows });
  // One array-unnest statement per assessment: a row-per-parameter insert makes the seed minutes slower.
  const ids: string[] = [];
  const keys: string[] = [];
  const values: (number | null)[] = [];
  responses.forEach((r, i) => {
    for (const [itemKey, value] of Object.entries(r.answers)) {
      ids.push(rows[i]!.id);
      keys.push(itemKey);
      values.push(value ?? null);
    }
  });
  await tx.$executeRaw`
    INSERT INTO "Answer" ("respondentId", "itemKey", value, version, "answeredAt", "updatedAt")
    SELECT r, k, v, 1, ${submittedAt}, ${submittedAt} FROM unnest(${ids}::text[], ${keys}::text[], ${values}::int[]) AS t(r, k, v)`;
}

/** Publishes the demo pool; idempotent (an institution's round already present is left alone). */
export async function seedDemoBenchmark(db: Db, institutions: readonly DemoPoolInstitution[]): Promise<number> {
  await ensureFrameworksStored(db);
  const existing = await db.assessment.findMany({
    where: { organizationId: { in: institutions.map((i) => i.id) }, name: { in: DEMO_ROUNDS.map(demoPoolAssessmentName) } },
    select: { id: true, organizationId: true, name: true, _count: { select: { respondents: true } } },
  });
  const have = new Map(existing.map((a) => [`${a.organizationId}:${a.name}`, a]));
  let created = 0;
  for (const inst of institutions) {
    const draw = mulberry32(seedOf(`${inst.slug}:participation`));
    const withCkm = draw() < 0.6;
    for (const round of DEMO_ROUNDS) {
      const participates = inst.rounds ? inst.rounds.includes(round) : draw() < (PARTICIPATION[round] ?? 1);
      const name = demoPoolAssessmentName(round);
      const modules: ModuleKey[] = withCkm && !inst.rounds ? ["cx", "ecrm", "ckm"] : ["cx", "ecrm"];
      const stored = have.get(`${inst.id}:${name}`);
      if (!participates) continue;
      const responses = inst.simulate?.(round) ?? simulateResponses(inst, round, modules);
      // Installs seeded before the answers were stored: give the published assessment its respondents.
      if (stored) {
        if (stored._count.respondents === 0) await db.$transaction((tx) => insertRespondents(tx, stored.id, inst, round, responses));
        continue;
      }
      const scores = scoreAssessment({ framework: latestFramework, modules, responses }, { bootstrap: false });
      const publishedAt = new Date(Date.UTC(round, 4, 15, 12));
      await db.$transaction(async (tx) => {
        const a = await tx.assessment.create({
          data: {
            organizationId: inst.id,
            name,
            frameworkVersion: latestFramework.version,
            modules,
            groups: ["managers", "employees"],
            status: "PUBLISHED",
            createdAt: new Date(Date.UTC(round, 2, 1)),
            closedAt: new Date(Date.UTC(round, 3, 30)),
            publishedAt,
          },
        });
        await insertRespondents(tx, a.id, inst, round, responses);
        await insertPoolEntry(tx, {
          assessmentId: a.id,
          organizationId: inst.id,
          frameworkVersion: latestFramework.version,
          round,
          profile: { ownership: inst.ownership, sizeBand: inst.sizeBand, region: inst.region },
          scores: scoreVector(latestFramework, scores.overall),
          publishedAt,
        });
      });
      created++;
    }
  }
  return created;
}
