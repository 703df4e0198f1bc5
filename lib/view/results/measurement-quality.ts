// The "Measurement quality" section of the results: what an analyst opens and an executive can skip.
// Built from scoreAssessment's optional issue-14 outputs (statistics, bands) and the reliability it
// always returns (rwg(J)). Pure, JSON-serialisable (the export and API v1 carry it as is).
// Methods: docs/SCORING.md §11–12.
import type { AssessmentScores } from "../../domain/scoring/score-assessment";
import type { StratifiedInterval } from "../../domain/statistics/stratified-bootstrap";
import type { FactorComparison } from "../../domain/statistics/group-tests";

/** r*wg(J) below this is flagged (LeBreton & Senter 2008's bar for strong agreement). */
export const RWG_STAR_THRESHOLD = 0.7;

export interface BandView {
  /** "ok" with bounds, or "withheld" with the reason in words, shown below the stated n. */
  status: "ok" | "withheld";
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  n: number;
  /** Replicates in which the mean could be computed (0 when withheld). */
  validSamples: number;
  method: "stratified-bootstrap-t";
  withheldReason: string | null;
}

export interface FactorQualityView {
  factorKey: string;
  factorName: string;
  moduleKey: string;
  alpha: number | null;
  alphaLower: number | null;
  alphaUpper: number | null;
  omega: number | null;
  compositeReliability: number | null;
  averageVarianceExtracted: number | null;
  items: { itemKey: string | null; itemTotal: number | null; loading: number | null; flags: string[] }[];
  flags: string[];
  reading: string;
  rwgJ: number | null;
  rwgJStar: number | null;
  /** r*wg(J) < RWG_STAR_THRESHOLD: respondents of this bank do not agree enough to speak as one. */
  lowAgreement: boolean;
}

export interface HtmtView {
  moduleKey: string;
  pairs: { factorA: string; factorB: string; htmt: number | null; flagged: boolean }[];
  threshold: number;
}

export interface GapTestView {
  factorKey: string;
  factorName: string;
  groupA: string;
  groupB: string;
  meanDifference: number | null;
  t: number | null;
  df: number | null;
  p: number | null;
  q: number | null;
  hedgesG: number | null;
  gLower: number | null;
  gUpper: number | null;
  classification: FactorComparison["classification"];
}

export interface MeasurementQualityView {
  overallBand: BandView | null;
  moduleBands: { moduleKey: string; band: BandView }[];
  factors: FactorQualityView[];
  htmt: HtmtView[];
  /** Distinguishable-from-noise gaps first (by |g|), then the rest, labelled. */
  gaps: GapTestView[];
}

const WITHHELD_WORDS: Record<string, string> = {
  "too-few-respondents": "Too few respondents for an honest band.",
  "no-variation": "Every answer is the same, so no band can be estimated honestly.",
};

export function bandView(iv: StratifiedInterval): BandView {
  if (iv.status === "ok")
    return {
      status: "ok",
      estimate: iv.estimate,
      lower: iv.lower,
      upper: iv.upper,
      n: iv.n,
      validSamples: iv.validSamples,
      method: "stratified-bootstrap-t",
      withheldReason: null,
    };
  const words = WITHHELD_WORDS[iv.reason] ?? "Withheld.";
  return {
    status: "withheld",
    estimate: null,
    lower: null,
    upper: null,
    n: iv.n,
    validSamples: 0,
    method: "stratified-bootstrap-t",
    withheldReason: iv.reason === "too-few-respondents" ? `${words} It needs at least ${iv.minimum}.` : words,
  };
}

export function measurementQuality(scores: AssessmentScores): MeasurementQualityView | null {
  const stats = scores.statistics;
  if (!stats) return null;
  const names = new Map(scores.overall.factors.map((f) => [f.key, f.name]));
  const name = (k: string) => names.get(k) ?? k;
  const reliability = new Map(scores.reliability.map((r) => [r.factorKey, r]));
  const moduleOf = new Map(scores.overall.factors.map((f) => [f.key, f.moduleKey]));
  const factors = stats.factors.map((f): FactorQualityView => {
    const a = f.items;
    const rwgJ = reliability.get(f.factorKey)?.rwgJ ?? null;
    return {
      factorKey: f.factorKey,
      factorName: name(f.factorKey),
      moduleKey: moduleOf.get(f.factorKey) ?? "",
      alpha: a.alpha,
      alphaLower: a.alphaInterval?.lower ?? null,
      alphaUpper: a.alphaInterval?.upper ?? null,
      omega: a.omegaTotal,
      compositeReliability: a.compositeReliability,
      averageVarianceExtracted: a.averageVarianceExtracted,
      items: a.items.map((i) => ({ itemKey: i.key, itemTotal: i.itemTotal, loading: i.loading, flags: [...i.flags] })),
      flags: [...a.flags],
      reading: a.reading,
      rwgJ,
      rwgJStar: f.rwgJStar,
      lowAgreement: f.rwgJStar !== null && f.rwgJStar < RWG_STAR_THRESHOLD,
    };
  });
  const htmt = stats.modules.map((m): HtmtView => ({
    moduleKey: m.moduleKey,
    threshold: m.htmt.threshold,
    pairs: m.htmt.pairs.map((p) => ({
      factorA: name(m.factorKeys[p.a] ?? ""),
      factorB: name(m.factorKeys[p.b] ?? ""),
      htmt: p.htmt,
      flagged: p.flagged,
    })),
  }));
  const gc = stats.groupComparison;
  const gaps = (gc?.factors ?? []).map((c): GapTestView => ({
    factorKey: c.key,
    factorName: name(c.key),
    groupA: gc?.groupA ?? "",
    groupB: gc?.groupB ?? "",
    meanDifference: c.welch?.meanDifference ?? null,
    t: c.welch?.t ?? null,
    df: c.welch?.df ?? null,
    p: c.welch?.p ?? null,
    q: c.q,
    hedgesG: c.hedges?.g ?? null,
    gLower: c.hedges?.lower ?? null,
    gUpper: c.hedges?.upper ?? null,
    classification: c.classification,
  }));
  const rank = (g: GapTestView) => (g.classification === "distinguishable" ? 0 : g.classification === "not-distinguishable" ? 1 : 2);
  gaps.sort((x, y) => rank(x) - rank(y) || Math.abs(y.hedgesG ?? 0) - Math.abs(x.hedgesG ?? 0));
  return {
    overallBand: scores.bands ? bandView(scores.bands.overall) : null,
    moduleBands: (scores.bands?.modules ?? []).map((m) => ({ moduleKey: m.moduleKey, band: bandView(m.interval) })),
    factors,
    htmt,
    gaps,
  };
}
