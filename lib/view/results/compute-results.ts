// The results dashboard's view model for one assessment: scoring, perception gap, reliability, the ISM
// level diagram, MICMAC and the roadmap, in one pure call. Output is plain JSON-safe data (types.ts).

import { MATURITY_LEVEL_NAMES, type FrameworkDef, type MaturityLevel, type ModuleKey } from "../../domain/instrument/types";
import type { IsmResult } from "../../domain/ism/types";
import { levelForScore, perceptionGap, scoreAssessment, toPercent, type ResponseInput, type ScoreValue } from "../../domain/scoring";
import type { Interval } from "../../domain/scoring/bootstrap-ci";
import { DEFAULT_BOOTSTRAP_SAMPLES, DEFAULT_BOOTSTRAP_SEED, DEFAULT_CONFIDENCE_LEVEL } from "../../domain/statistics/bootstrap";
import { buildIsmViews } from "./ism-view";
import { reliabilityRows } from "./reliability-view";
import { buildRoadmapView } from "./roadmap-view";
import { roadmapFactorScores } from "../../domain/roadmap";
import { defaultTargetLevel } from "./target";
import { bandWithheldReason, effectiveThreshold, groupWithheldNote, withheldMessage } from "./anonymity";
import { displayedScore } from "./format";
import { displayName } from "../role-names";
import { measurementQuality, type BandView, type GapTestView } from "./measurement-quality";
import type {
  AssessmentResults,
  CategoryResult,
  FactorResult,
  GapItem,
  GroupSummary,
  IntervalView,
  ModuleResult,
  RadarPoint,
  ScoreView,
} from "./types";

export type { AssessmentResults } from "./types";

export interface ComputeResultsInput {
  framework: FrameworkDef;
  modules: ModuleKey[];
  /** The assessment's respondent groups, in display order, e.g. ["managers", "employees"]. */
  groups: string[];
  responses: ResponseInput[];
  /** The ISM model in force (the organisation's adopted panel model, else the published reference model). Required: no silent default. */
  ismModel: IsmResult;
  /** Minimum submitted questionnaires before any figure is shown (and per group); see anonymity.ts. */
  anonymityThreshold: number;
  /** Default: one level above the current overall level, capped at 5. */
  target?: { overallLevel: MaturityLevel };
  benchmarkMedians?: Record<string, number>;
  /** False skips the bootstrap intervals (e.g. for portfolio overviews that show point scores only). */
  intervals?: boolean;
  /** Bootstrap seed and number of replicates (defaults of the scoring engine). */
  seed?: number;
  bootstrapSamples?: number;
}

/** The module whose factors the ISM model places (the level diagram and the roadmap's hierarchy). */
const ROADMAP_MODULE: ModuleKey = "ecrm";
const TOP_GAPS = 5;

/** Level of the figure as displayed (two decimals), so the level shown always agrees with the number (docs/SCORING.md). */
function shownLevel(mean: number | null): MaturityLevel | null {
  return mean === null ? null : levelForScore(displayedScore(mean));
}

function view(v: ScoreValue): ScoreView {
  const level = shownLevel(v.mean);
  return { mean: v.mean, percent: v.percent, level, levelName: level === null ? null : MATURITY_LEVEL_NAMES[level] };
}

const NO_SCORE: ScoreView = { mean: null, percent: null, level: null, levelName: null };

function intervalView(iv: Interval | null | undefined, respondents: number, threshold: number): IntervalView | null {
  if (iv === null || iv === undefined || !Number.isFinite(iv.lower) || !Number.isFinite(iv.upper)) return null;
  if (bandWithheldReason(respondents, threshold, iv.lower, iv.upper) !== null) return null;
  return {
    lower: iv.lower,
    upper: iv.upper,
    lowerPercent: toPercent(iv.lower),
    upperPercent: toPercent(iv.upper),
    validSamples: iv.validSamples,
  };
}

/** A stratified bootstrap-t band as shown; withheld below the anonymity threshold or when it says so. */
function bandInterval(band: BandView | null | undefined, respondents: number, threshold: number): IntervalView | null {
  if (!band || band.status !== "ok" || band.lower === null || band.upper === null) return null;
  if (bandWithheldReason(respondents, threshold, band.lower, band.upper) !== null) return null;
  return {
    lower: band.lower,
    upper: band.upper,
    lowerPercent: toPercent(band.lower),
    upperPercent: toPercent(band.upper),
    validSamples: band.validSamples,
  };
}

function bandNote(band: BandView | null, respondents: number, threshold: number): string | null {
  if (band === null) return null;
  if (band.status === "withheld") return `No uncertainty band: ${band.withheldReason ?? "withheld"}`;
  if (band.lower === null || band.upper === null) return null;
  return bandWithheldReason(respondents, threshold, band.lower, band.upper);
}

export function computeAssessmentResults(input: ComputeResultsInput): AssessmentResults {
  const { framework } = input;
  const threshold = effectiveThreshold(input.anonymityThreshold);
  const submitted = input.responses.length;
  // Below the threshold nothing is computed from the answers at all: no figure can leak into any output.
  const withheld = submitted > 0 && submitted < threshold;
  const responses = withheld ? [] : input.responses;
  const noAnswers = responses.length === 0;
  const bootstrapOptions = {
    ...(input.seed === undefined ? {} : { seed: input.seed }),
    ...(input.bootstrapSamples === undefined ? {} : { samples: input.bootstrapSamples }),
  };
  // Groups: the given order first, then any other group present in the responses.
  const groupNames = [...input.groups];
  for (const r of responses) if (!groupNames.includes(r.group)) groupNames.push(r.group);
  const [firstGroup, secondGroup] = groupNames;
  const withIntervals = !noAnswers && input.intervals !== false;
  const scores = scoreAssessment(
    { framework, modules: input.modules, responses },
    {
      // Overall and module bands by the stratified bootstrap-t, factor bands by the Student t: both keep
      // near-nominal coverage at small n (docs/SCORING.md §8, §11.5), and together fit the scoring budget.
      bootstrap: false,
      compositeBands: withIntervals ? bootstrapOptions : false,
      factorIntervals: withIntervals ? {} : false,
      statistics: withIntervals
        ? {
            bootstrap: bootstrapOptions,
            factorBands: false,
            ...(firstGroup !== undefined && secondGroup !== undefined ? { compare: [firstGroup, secondGroup] as const } : {}),
          }
        : false,
    },
  );
  const factorIntervals = scores.factorIntervals;
  const quality = measurementQuality(scores);
  const moduleDefs = framework.modules.filter((m) => scores.modules.includes(m.key));
  const categoryNames = new Map<string, string>();
  // Grounded-theory category names (CKM) are shown by their plain names; the academic term rides along.
  for (const m of moduleDefs) for (const c of m.categories ?? []) categoryNames.set(`${m.key}/${c.key}`, displayName(c.name).name);
  const categoryTerms = new Map<string, string | null>();
  for (const m of moduleDefs) for (const c of m.categories ?? []) categoryTerms.set(`${m.key}/${c.key}`, displayName(c.name).academicTerm);

  // A group below the threshold keeps its head-count but none of its figures.
  const groupSets = groupNames.map((name) => {
    const set = scores.groups.find((g) => g.group === name) ?? null;
    return { name, set: set !== null && set.respondents >= threshold ? set : null, respondents: set?.respondents ?? 0 };
  });
  const groups: GroupSummary[] = groupSets.map(({ name, set, respondents }) => ({
    group: name,
    respondents,
    withheld: set === null && respondents > 0,
    ...(set === null ? NO_SCORE : view(set.overall)),
  }));

  const factors: FactorResult[] = scores.overall.factors.map((f) => ({
    key: f.key,
    name: f.name,
    moduleKey: f.moduleKey,
    moduleName: moduleDefs.find((m) => m.key === f.moduleKey)?.name ?? f.moduleKey,
    categoryKey: f.categoryKey,
    categoryName: f.categoryKey === null ? null : (categoryNames.get(`${f.moduleKey}/${f.categoryKey}`) ?? f.categoryKey),
    ...view(f),
    respondents: f.respondents,
    sd: f.sd,
    coverage: { ...f.coverage },
    interval: intervalView(factorIntervals?.[f.key], f.respondents, threshold),
    groups: groupSets.map(({ name, set }) => {
      const gf = set?.factors.find((x) => x.key === f.key);
      return { group: name, mean: gf?.mean ?? null, level: shownLevel(gf?.mean ?? null), respondents: gf?.respondents ?? 0 };
    }),
  }));
  const factorByKey = new Map(factors.map((f) => [f.key, f]));

  const modules: ModuleResult[] = scores.overall.modules.map((m) => ({
    key: m.key,
    name: m.name,
    ...view(m),
    coverage: { ...m.coverage },
    interval: bandInterval(quality?.moduleBands.find((b) => b.moduleKey === m.key)?.band, scores.overall.respondents, threshold),
    factorKeys: factors.filter((f) => f.moduleKey === m.key).map((f) => f.key),
  }));

  const categories: CategoryResult[] = scores.overall.categories.map((c) => ({
    key: c.key,
    name: categoryNames.get(`${c.moduleKey}/${c.key}`) ?? c.key,
    academicTerm: categoryTerms.get(`${c.moduleKey}/${c.key}`) ?? null,
    moduleKey: c.moduleKey,
    factorKeys: [...c.factorKeys],
    ...view(c),
  }));

  // The CX radar: the CX module's categories, or its factors when (as in 2026.1) each category is one factor.
  const cxCategories = categories.filter((c) => c.moduleKey === "cx");
  const cxRadar: RadarPoint[] = (cxCategories.length > 0 ? cxCategories : factors.filter((f) => f.moduleKey === "cx")).map((p) => ({
    key: p.key,
    name: p.name,
    mean: p.mean,
    percent: p.percent,
    level: p.level,
    levelName: p.levelName,
  }));

  // Perception gap between the first two groups, when both have answers.
  const [ga, gb] = groups;
  let perceptionGapView: AssessmentResults["perceptionGap"] = null;
  let perceptionGapNote: string | null = null;
  if (ga === undefined || gb === undefined) {
    perceptionGapNote = "A perception gap needs two respondent groups.";
  } else if (ga.withheld || gb.withheld) {
    perceptionGapNote = `No perception gap: it is shown when each group has at least ${threshold} respondents.`;
  } else if (ga.mean === null || gb.mean === null) {
    const missing = [ga, gb]
      .filter((g) => g.mean === null)
      .map((g) => `"${g.group}"`)
      .join(" and ");
    perceptionGapNote = `No perception gap yet: nobody in ${missing} has answered.`;
  } else {
    const pg = perceptionGap(scores.groups, ga.group, gb.group, TOP_GAPS);
    const tested = new Map(
      (quality?.gaps ?? []).filter((t) => t.groupA === ga.group && t.groupB === gb.group).map((t) => [t.factorKey, t]),
    );
    // Each group has reached the threshold here, so every factor's gap is between grouped answers.
    const items: GapItem[] = pg.factors.flatMap((g) =>
      g.gap === null || g.absGap === null || g.scoreA === null || g.scoreB === null
        ? []
        : [
            {
              factorKey: g.factorKey,
              name: g.name,
              moduleKey: factorByKey.get(g.factorKey)?.moduleKey ?? ROADMAP_MODULE,
              scoreA: g.scoreA,
              scoreB: g.scoreB,
              gap: g.gap,
              absGap: g.absGap,
              fewRespondents: g.fewRespondents,
              test: gapTest(tested.get(g.factorKey)),
            },
          ],
    );
    // Gaps distinguishable from noise lead (largest first), then the rest, labelled as such.
    const rank = (g: GapItem) => (g.test.classification === "distinguishable" ? 0 : 1);
    items.sort((x, y) => rank(x) - rank(y) || y.absGap - x.absGap);
    perceptionGapView = {
      groupA: pg.groupA,
      groupB: pg.groupB,
      items,
      largest: items.slice(0, TOP_GAPS),
      distinguishableCount: items.filter((g) => g.test.classification === "distinguishable").length,
    };
  }

  const overallScore = view(scores.overall.overall);
  const model = input.ismModel;
  const { ism, micmac } = buildIsmViews(model, framework, (key) => factorByKey.get(key));

  // The roadmap works on the figures as displayed, so its levels agree with the dashboard's. It covers the
  // e-CRM factors (placed by the ISM model) and, in lanes of their own, the CX categories and the CKM
  // factors of the modules this assessment includes. Without the e-CRM module there is no model to plan by.
  const displayedMeans: Record<string, number | null> = {};
  for (const f of factors) displayedMeans[f.key] = f.mean === null ? null : displayedScore(f.mean);
  const roadmapScores = scores.modules.includes(ROADMAP_MODULE)
    ? roadmapFactorScores(framework, displayedMeans, { cx: scores.modules.includes("cx"), ckm: scores.modules.includes("ckm") })
    : {};
  const target = input.target?.overallLevel ?? defaultTargetLevel(overallScore.level);
  const roadmap = buildRoadmapView({
    framework,
    model,
    factorScores: roadmapScores,
    target,
    isDefaultTarget: input.target === undefined,
    ...(input.benchmarkMedians === undefined ? {} : { benchmarkMedians: input.benchmarkMedians }),
  });

  const status = withheld ? "withheld" : overallScore.mean === null ? "empty" : "ok";
  const message =
    status === "ok"
      ? null
      : withheld
        ? withheldMessage(threshold, submitted)
        : noAnswers
          ? "No responses yet. Scores, charts and the roadmap appear once respondents have answered."
          : "Respondents have started, but no statement has been answered yet (only skipped or \u201cdon\u2019t know\u201d). Scores appear with the first answer.";

  return {
    status,
    message,
    frameworkVersion: scores.frameworkVersion,
    frameworkName: framework.name,
    overall: {
      ...overallScore,
      interval: bandInterval(quality?.overallBand, scores.overall.respondents, threshold),
      intervalNote: bandNote(quality?.overallBand ?? null, scores.overall.respondents, threshold),
      coverage: { ...scores.overall.overall.coverage },
      respondents: scores.overall.respondents,
    },
    anonymity: { threshold, submitted, withheld, groupNote: groups.some((g) => g.withheld) ? groupWithheldNote(threshold) : null },
    groups,
    modules,
    categories,
    factors,
    cxRadar,
    perceptionGap: perceptionGapView,
    perceptionGapNote,
    reliability: reliabilityRows(scores.reliability, factors),
    ism,
    micmac,
    roadmap,
    bootstrap: withIntervals
      ? {
          samples: input.bootstrapSamples ?? DEFAULT_BOOTSTRAP_SAMPLES,
          seed: input.seed ?? DEFAULT_BOOTSTRAP_SEED,
          level: DEFAULT_CONFIDENCE_LEVEL,
        }
      : null,
    measurementQuality: status === "ok" ? quality : null,
  };
}

function gapTest(t: GapTestView | undefined): GapItem["test"] {
  return {
    classification: t?.classification ?? "not-tested",
    p: t?.p ?? null,
    q: t?.q ?? null,
    hedgesG: t?.hedgesG ?? null,
    gLower: t?.gLower ?? null,
    gUpper: t?.gUpper ?? null,
  };
}
