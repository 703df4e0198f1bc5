// One client assessment's results, computed by the same engine as the bank's own dashboard.
import type { Db } from "../../platform/db/connect.ts";
import { loadSubmittedResponses } from "../assessments/responses.ts";
import { getFramework, type ModuleKey } from "../../domain/instrument/index.ts";
import type { IsmResult } from "../../domain/ism/index.ts";
import { computeAssessmentResults, type AssessmentResults } from "../../view/results/compute-results.ts";

export interface AssessmentRow {
  id: string;
  organizationId: string;
  frameworkVersion: string;
  modules: string[];
  groups: string[];
}

export async function clientAssessmentResults(
  db: Db, a: AssessmentRow, options: { intervals?: boolean; ismModel?: IsmResult } = {},
): Promise<AssessmentResults | null> {
  const framework = getFramework(a.frameworkVersion);
  if (!framework) return null;
  const responses = await loadSubmittedResponses(db, a.organizationId, a.id);
  return computeAssessmentResults({
    framework, modules: a.modules as ModuleKey[], groups: a.groups, responses,
    ...(options.intervals === false ? { intervals: false } : {}),
    ...(options.ismModel ? { ismModel: options.ismModel } : {}),
  });
}
