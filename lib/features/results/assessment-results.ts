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
import { resultsKey, storedOrComputed } from "./stored-results.ts";
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
  const assessment = await db.assessment.findFirst({
    where: { id: assessmentId, organizationId: ownerId },
    include: { organization: { select: { anonymityThreshold: true } } },
  });
  const framework = assessment ? getFramework(assessment.frameworkVersion) : undefined;
  if (!assessment || !framework) return null;
  const { organization, ...row } = assessment;
  const modelOrgs = caller.client ? [caller.org.id, caller.client.id] : [caller.org.id];
  const [responses, model] = await Promise.all([
    loadSubmittedResponses(db as Db, ownerId, assessment.id),
    ismModelInUse(db as Db, modelOrgs),
  ]);
  // The respondents' bank sets the threshold: it protects the bank's staff whoever reads the results.
  return { assessment: row, framework, responses, model, anonymityThreshold: effectiveThreshold(organization.anonymityThreshold) };
}

/** Pure: the dashboard's view model from loaded inputs. */
export function computeLoadedResults(inputs: ResultsInputs, options: ResultsOptions = {}): LoadedResults {
  const { assessment, framework, responses, model, anonymityThreshold } = inputs;
  const results = computeAssessmentResults({
    framework,
    modules: assessment.modules as ModuleKey[],
    groups: assessment.groups,
    responses,
    ismModel: model.model,
    anonymityThreshold,
    ...(options.target ? { target: { overallLevel: options.target } } : {}),
    ...(options.intervals === false ? { intervals: false } : {}),
  });
  return { assessment, framework, results, submitted: responses.length, model };
}

/**
 * The results of an assessment for a caller, computed once per change and stored (stored-results.ts):
 * the key is read from cheap queries, and the answers are loaded and scored only when no stored
 * results match it.
 */
export async function loadAssessmentResults(
  db: Db,
  caller: ResultsCaller,
  assessmentId: string,
  options: ResultsOptions = {},
): Promise<LoadedResults | null> {
  const ownerId = caller.client?.id ?? caller.org.id;
  const found = await db.assessment.findFirst({
    where: { id: assessmentId, organizationId: ownerId },
    include: { organization: { select: { anonymityThreshold: true } } },
  });
  const framework = found ? getFramework(found.frameworkVersion) : undefined;
  if (!found || !framework) return null;
  const { organization, ...assessment } = found;
  const modelOrgs = caller.client ? [caller.org.id, caller.client.id] : [caller.org.id];
  const model = await ismModelInUse(db, modelOrgs);
  const anonymityThreshold = effectiveThreshold(organization.anonymityThreshold);
  const variant = [modelOrgs.join(","), options.target ?? "-", options.intervals === false ? "points" : "intervals"].join("|");
  const key = await resultsKey(db, {
    assessmentId,
    status: assessment.status,
    anonymityThreshold,
    options: variant,
    modelKey: `${model.kind}|${model.adoptedAt?.toISOString() ?? "-"}|${model.label}`,
  });
  const { results, submitted } = await storedOrComputed(db, { assessmentId, organizationId: ownerId, variant, key }, async () => {
    const responses = await loadSubmittedResponses(db, ownerId, assessmentId);
    const computed = computeLoadedResults({ assessment, framework, responses, model, anonymityThreshold }, options);
    return { results: computed.results, submitted: computed.submitted };
  });
  return { assessment, framework, results, submitted, model };
}
