// How the change since the previous round reads: a verdict per measure from its interval, never from
// the size of the change alone. Pure; the results page hands in the domain's RoundChange and names.
import type { MeasureChange, RoundChange } from "../../domain/scoring/round-change.ts";

export type ChangeVerdict = "improved" | "unchanged" | "declined" | "not-comparable";

export const CHANGE_RULE =
  "Change = this round's score minus the previous round's, on the 1–5 scale, with a 95 % interval from resampling the " +
  "respondents of both rounds. It counts as improved or declined only when the whole interval lies above or below zero; " +
  "otherwise the difference is within what another sample of the same staff could give.";

export const VERDICT_LABELS: Record<ChangeVerdict, string> = {
  improved: "Improved",
  unchanged: "No clear change",
  declined: "Declined",
  "not-comparable": "Not comparable",
};

export function verdictOf(m: MeasureChange): ChangeVerdict {
  if (m.delta === null) return "not-comparable";
  if (m.interval.status !== "ok") return "not-comparable";
  if (m.interval.lower > 0) return "improved";
  if (m.interval.upper < 0) return "declined";
  return "unchanged";
}

export interface ChangeRow {
  kind: MeasureChange["kind"];
  key: string;
  name: string;
  before: number | null;
  after: number | null;
  delta: number | null;
  lower: number | null;
  upper: number | null;
  verdict: ChangeVerdict;
  /** Why there is no verdict, in plain words; null when there is one. */
  reason: string | null;
}

export interface RoundChangeView {
  previous: { assessmentId: string; name: string };
  rule: string;
  /** Null when both rounds measured the same factors; otherwise what was left out, in plain words. */
  scopeNote: string | null;
  overall: ChangeRow;
  modules: ChangeRow[];
  categories: ChangeRow[];
  factors: ChangeRow[];
}

function reasonOf(m: MeasureChange): string | null {
  if (m.delta === null) return "One of the rounds has no score here.";
  if (m.interval.status === "ok") return null;
  return m.interval.reason === "too-few-respondents"
    ? `Too few respondents in a round to tell change from noise (at least ${m.interval.minimum} each).`
    : "Every respondent answered the same way, so no interval can be computed.";
}

function row(m: MeasureChange, name: string): ChangeRow {
  const ok = m.interval.status === "ok" ? m.interval : null;
  return {
    kind: m.kind,
    key: m.key,
    name,
    before: m.before,
    after: m.after,
    delta: m.delta,
    lower: ok?.lower ?? null,
    upper: ok?.upper ?? null,
    verdict: verdictOf(m),
    reason: reasonOf(m),
  };
}

export function roundChangeView(
  change: RoundChange,
  previous: { assessmentId: string; name: string },
  /** Names keyed "module:cx", "category:…", "factor:…" (keys can repeat across kinds). */
  names: ReadonlyMap<string, string>,
): RoundChangeView {
  const name = (m: MeasureChange) => names.get(`${m.kind}:${m.key}`) ?? m.key;
  const left = [...change.onlyBefore, ...change.onlyAfter].map((f) => f.name);
  const scopeNote = change.sameScope
    ? null
    : `The rounds do not cover the same factors${
        change.frameworkVersions.before !== change.frameworkVersions.after ? " (they use different questionnaire versions)" : ""
      }, so every change here uses only the ${change.sharedFactorKeys.length} factors both measured. Left out: ${left.join(", ")}.`;
  return {
    previous,
    rule: CHANGE_RULE,
    scopeNote,
    overall: row(change.overall, "Overall index"),
    modules: change.modules.map((m) => row(m, name(m))),
    categories: change.categories.map((m) => row(m, name(m))),
    factors: change.factors.map((m) => row(m, name(m))),
  };
}

/** What the results page shows: the comparison, or why there is none. */
export type RoundChangeOutcome = { status: "ok"; view: RoundChangeView } | { status: "none"; message: string };
