// From the experts' judgements to one model: each finished expert's answers become an SSIM, the
// engine aggregates them (lib/domain/ism/aggregate.ts) and analyses the result (levels, MICMAC).
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import { aggregateSsims, analyseSsim, type AggregatedSsim, type AggregationRule, type IsmResult } from "../../domain/ism/index.ts";
import { panelAgreementView, type PanelAgreementView } from "../../view/ism/panel-agreement.ts";
import { pairCount, ssimFromJudgements } from "./factors.ts";

export interface StudyRef {
  id: string;
  factorKeys: string[];
  factorNames: string[];
}

export interface ExpertProgress {
  id: string;
  name: string;
  email: string;
  answered: number;
  total: number;
  finished: boolean;
  revoked: boolean;
  startedAt: Date | null;
  tokenSealed: string;
}

/** Every expert of the study with how many pairs they have judged. Scoped by organisation. */
export async function expertProgress(db: Db, organizationId: string, study: StudyRef): Promise<ExpertProgress[]> {
  const total = pairCount(study.factorKeys.length);
  const experts = await db.ismExpert.findMany({
    where: { studyId: study.id, organizationId },
    orderBy: [{ createdAt: "asc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      startedAt: true,
      revokedAt: true,
      tokenSealed: true,
      _count: { select: { judgements: true } },
    },
  });
  return experts.map((e) => ({
    id: e.id,
    name: e.name,
    email: e.email,
    startedAt: e.startedAt,
    tokenSealed: e.tokenSealed,
    answered: Math.min(e._count.judgements, total),
    total,
    finished: e._count.judgements >= total,
    revoked: e.revokedAt !== null,
  }));
}

/** The SSIMs of the experts who judged every pair (revoked experts never count), in invitation order. */
export async function finishedExpertSsims(
  db: Db,
  organizationId: string,
  study: StudyRef,
): Promise<{ expertId: string; ssim: string[] }[]> {
  const n = study.factorKeys.length;
  const experts = await db.ismExpert.findMany({
    where: { studyId: study.id, organizationId, revokedAt: null },
    orderBy: [{ createdAt: "asc" }, { email: "asc" }],
    select: { id: true, judgements: { select: { i: true, j: true, letter: true } } },
  });
  return experts.flatMap((e) => {
    const ssim = ssimFromJudgements(n, e.judgements);
    return ssim ? [{ expertId: e.id, ssim }] : [];
  });
}

export type StudyAggregation =
  { ok: true; aggregate: AggregatedSsim; model: IsmResult; panel: PanelAgreementView } | { ok: false; reason: string };

export function analyseAggregate(study: StudyRef, aggregate: AggregatedSsim): IsmResult {
  return analyseSsim(study.factorKeys, aggregate.ssim, { factorNames: study.factorNames });
}

export async function aggregateStudy(db: Db, organizationId: string, study: StudyRef, rule: AggregationRule): Promise<StudyAggregation> {
  const ssims = await finishedExpertSsims(db, organizationId, study);
  if (ssims.length === 0) return { ok: false, reason: "No expert has judged every pair yet, so there is nothing to aggregate." };
  const aggregate = aggregateSsims(
    study.factorKeys,
    ssims.map((s) => s.ssim),
    rule,
  );
  const panel = panelAgreementView(
    study.factorKeys,
    study.factorNames,
    ssims.map((s) => s.ssim),
    rule,
  );
  return { ok: true, aggregate, model: analyseAggregate(study, aggregate), panel };
}
