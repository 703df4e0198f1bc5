// Publishing puts an assessment's scores into the benchmark pool. It lives with assessments so that
// lib/features/benchmark never reads answers; the scores come through the one results loader, so the
// pool holds the dashboard's figures and obeys the anonymity threshold.
import "server-only";
import { insertPoolEntry, roundOf, type Tx } from "../benchmark/pool.ts";
import { scoreVector } from "../benchmark/metrics.ts";
import { computeLoadedResults, loadResultsInputs } from "../results/assessment-results.ts";

export class BelowAnonymityThreshold extends Error {
  constructor(
    readonly threshold: number,
    readonly submitted: number,
  ) {
    super(
      `Publishing needs at least ${threshold} submitted questionnaires (${submitted} so far), so that no respondent's answers can be read off the scores.`,
    );
  }
}

/**
 * Scores a closed assessment through the one results loader and writes its pool entry, in the same
 * transaction as publishing. Throws BelowAnonymityThreshold below the bank's threshold.
 */
export async function writePoolEntryForAssessment(tx: Tx, organizationId: string, assessmentId: string, publishedAt: Date): Promise<void> {
  const inputs = await loadResultsInputs(tx, { org: { id: organizationId } }, assessmentId);
  if (!inputs) throw new Error("Assessment or framework not found.");
  const { results } = computeLoadedResults(inputs, { intervals: false });
  if (results.status === "withheld" || inputs.responses.length < inputs.anonymityThreshold) {
    throw new BelowAnonymityThreshold(inputs.anonymityThreshold, inputs.responses.length);
  }
  const org = await tx.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { ownership: true, sizeBand: true, region: true },
  });
  await insertPoolEntry(tx, {
    assessmentId,
    organizationId,
    frameworkVersion: inputs.framework.version,
    round: roundOf(inputs.assessment),
    profile: org,
    scores: scoreVector(inputs.framework, results),
    publishedAt,
  });
}
