// One loader for every consumer of an assessment's numbers outside the dashboard page (PDF, CSV/JSON
// exports, API v1): the same query and the same engine call, so every figure matches the dashboard.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { Assessment, Organization } from "../../platform/db/generated/client.ts";
import { getFramework, type FrameworkDef, type MaturityLevel, type ModuleKey } from "../../domain/instrument/index.ts";
import { loadSubmittedResponses } from "../assessments/responses.ts";
import { computeAssessmentResults, type AssessmentResults } from "../../view/results/compute-results.ts";

export interface LoadedResults {
  assessment: Assessment;
  framework: FrameworkDef;
  results: AssessmentResults;
  submitted: number;
}

/** Target level from a query string: an integer 2–5, else the engine's default (one level up). */
export function parseTargetLevel(raw: string | null | undefined): { overallLevel: MaturityLevel } | undefined {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n >= 2 && n <= 5 ? { overallLevel: n as MaturityLevel } : undefined;
}

/** Null when the assessment is not the organisation's (callers answer 404) or its framework is unknown. */
export async function loadAssessmentResults(
  db: Db, org: Pick<Organization, "id">, assessmentId: string, target?: { overallLevel: MaturityLevel },
): Promise<LoadedResults | null> {
  const assessment = await db.assessment.findFirst({ where: { id: assessmentId, organizationId: org.id } });
  const framework = assessment ? getFramework(assessment.frameworkVersion) : undefined;
  if (!assessment || !framework) return null;
  const responses = await loadSubmittedResponses(db, org.id, assessment.id);
  const results = computeAssessmentResults({
    framework, modules: assessment.modules as ModuleKey[], groups: assessment.groups, responses, ...(target ? { target } : {}),
  });
  return { assessment, framework, results, submitted: responses.length };
}
