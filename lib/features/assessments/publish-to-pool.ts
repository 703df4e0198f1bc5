// Publishing puts an assessment's scores into the benchmark pool. It lives with assessments (which
// own answers) so that lib/features/benchmark never reads answers and the two folders import one way.
import "server-only";
import { requireFramework, type ModuleKey } from "../../domain/instrument/index.ts";
import { scoreAssessment } from "../../domain/scoring/index.ts";
import { insertPoolEntry, roundOf, type Tx } from "../benchmark/pool.ts";
import { scoreVector } from "../benchmark/metrics.ts";
import { loadSubmittedResponses } from "./responses.ts";

/** Scores a closed assessment with the engine and writes its pool entry (same transaction as publishing). */
export async function writePoolEntryForAssessment(tx: Tx, organizationId: string, assessmentId: string, publishedAt: Date): Promise<void> {
  const assessment = await tx.assessment.findFirstOrThrow({ where: { id: assessmentId, organizationId }, include: { organization: true } });
  const framework = requireFramework(assessment.frameworkVersion);
  const responses = await loadSubmittedResponses(tx, organizationId, assessmentId);
  const scores = scoreAssessment({ framework, modules: assessment.modules as ModuleKey[], responses }, { bootstrap: false });
  const { ownership, sizeBand, region } = assessment.organization;
  await insertPoolEntry(tx, {
    assessmentId, organizationId, frameworkVersion: framework.version, round: roundOf(assessment),
    profile: { ownership, sizeBand, region }, scores: scoreVector(framework, scores.overall), publishedAt,
  });
}
