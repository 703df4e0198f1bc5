// One client assessment's results for a consultancy: the one results loader (lib/features/results),
// with the consultancy as caller and the bank as the client, so the same model and threshold apply.
import type { Db } from "../../platform/db/connect.ts";
import type { AssessmentResults } from "../../view/results/compute-results.ts";
import { loadAssessmentResults, type ResultsOptions } from "../results/assessment-results.ts";

export async function clientAssessmentResults(
  db: Db,
  consultancyOrgId: string,
  a: { id: string; organizationId: string },
  options: ResultsOptions = {},
): Promise<AssessmentResults | null> {
  const loaded = await loadAssessmentResults(db, { org: { id: consultancyOrgId }, client: { id: a.organizationId } }, a.id, options);
  return loaded?.results ?? null;
}
