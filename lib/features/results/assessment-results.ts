// The one loader of an assessment's results. Every output (dashboard, executive PDF, CSV/JSON exports,
// API v1, portfolio comparison, benchmark publication) goes through it, so they all use the same
// answers, the same ISM model in force, the same target and the same anonymity threshold.
//
// Loading (this file: database) and computing (lib/view/results/compute-results.ts: pure) are kept
// apart on purpose: `ResultsInputs` plus the options is everything the computation depends on, so a
// stored-results cache can later key on assessment id + model key + answers version.
import type { Db } from "../../platform/db/connect.ts";
import type { Assessment } from "../../platform/db/generated/client.ts";
import { getFramework, type FrameworkDef, type ModuleKey } from "../../domain/instrument/index.ts";
import type { ResponseInput } from "../../domain/scoring/index.ts";
import { loadSubmittedResponses } from "./responses.ts";
import { ismModelInUse, type IsmModelInUse } from "./adopted-model.ts";
import { computeAssessmentResults, type AssessmentResults } from "../../view/results/compute-results.ts";
import { effectiveThreshold } from "../../view/results/anonymity.ts";
import type { TargetLevel } from "../../view/results/target.ts";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Who asks. `org` is the caller's organisation. For a bank's own assessment that is all; a consultancy
 * reading a client bank's assessment passes `client` (the bank), after checking its grant: the
 * assessment must belong to `client`, and the consultancy's adopted model applies first, then the bank's.
 */
export interface ResultsCaller {
  org: { id: string };
  client?: { id: string };
}

export interface ResultsOptions {
  /** The roadmap's target level (parse `?target=` with parseTargetParam); null/absent: one level up. */
  target?: TargetLevel | null;
  /** False skips the bootstrap intervals (overviews that show point scores only). */
  intervals?: boolean;
}

/** Everything the computation depends on, loaded from the database. */
export interface ResultsInputs {
  assessment: Assessment;
  framework: FrameworkDef;
  responses: ResponseInput[];
  model: IsmModelInUse;
  anonymityThreshold: number;
}

export interface LoadedResults {
  assessment: Assessment;
  framework: FrameworkDef;
  results: AssessmentResults;
  submitted: number;
  model: IsmModelInUse;
}

/** Null when the assessment is not the owner's (callers answer 404) or its framework is unknown. */
export async function loadResultsInputs(db: Db | Tx, caller: ResultsCaller, assessmentId: string): Promise<ResultsInputs | null> {
  const ownerId = caller.client?.id ?? caller.org.id;
  const assessment = await db.assessment.findFirst({ where: { id: assessmentId, organizationId: ownerId }, include: { organization: { select: { anonymityThreshold: true } } } });
  const framework = assessment ? getFramework(assessment.frameworkVersion) : undefined;
  if (!assessment || !framework) return null;
  const { organization, ...row } = assessment;
  const modelOrgs = caller.client ? [caller.org.id, caller.client.id] : [caller.org.id];
  const [responses, model] = await Promise.all([loadSubmittedResponses(db as Db, ownerId, assessment.id), ismModelInUse(db as Db, modelOrgs)]);
  // The respondents' bank sets the threshold: it protects the bank's staff whoever reads the results.
  return { assessment: row, framework, responses, model, anonymityThreshold: effectiveThreshold(organization.anonymityThreshold) };
}

/** Pure: the dashboard's view model from loaded inputs. */
export function computeLoadedResults(inputs: ResultsInputs, options: ResultsOptions = {}): LoadedResults {
  const { assessment, framework, responses, model, anonymityThreshold } = inputs;
  const results = computeAssessmentResults({
    framework, modules: assessment.modules as ModuleKey[], groups: assessment.groups, responses,
    ismModel: model.model, anonymityThreshold,
    ...(options.target ? { target: { overallLevel: options.target } } : {}),
    ...(options.intervals === false ? { intervals: false } : {}),
  });
  return { assessment, framework, results, submitted: responses.length, model };
}

export async function loadAssessmentResults(db: Db, caller: ResultsCaller, assessmentId: string, options: ResultsOptions = {}): Promise<LoadedResults | null> {
  const inputs = await loadResultsInputs(db, caller, assessmentId);
  return inputs ? computeLoadedResults(inputs, options) : null;
}
