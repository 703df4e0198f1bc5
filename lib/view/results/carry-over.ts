// Carry-over: for the factors an organisation has finished initiatives on, did the factor move since
// the organisation's previous assessment on the same framework version? Pure; the results page hands
// in both rounds' factor scores (from the one results loader) and the done initiatives.
//
// The rule (shown in the UI as CARRY_OVER_RULE): Δ = this round's factor mean − the previous round's,
// on the 1–5 scale; |Δ| < 0.1 is "unchanged", otherwise "improved" (Δ > 0) or "declined" (Δ < 0).
// A factor without a score in either round is "not comparable".

export const UNCHANGED_BAND = 0.1;

export const CARRY_OVER_RULE =
  `Change = this round's factor score minus the previous round's, on the 1–5 scale. ` +
  `A change smaller than ${UNCHANGED_BAND.toFixed(1)} either way counts as unchanged.`;

export type FactorTrend = "improved" | "unchanged" | "declined";

/** The trend of a change on the 1–5 scale (the band is exclusive: exactly ±0.1 is a change). */
export function classifyChange(delta: number): FactorTrend {
  // Scores are means of many answers: compare with a tiny tolerance so 0.1 computed as 0.0999999… counts.
  if (Math.abs(delta) < UNCHANGED_BAND - 1e-9) return "unchanged";
  return delta > 0 ? "improved" : "declined";
}

export interface CarryOverFactor {
  key: string;
  name: string;
  mean: number | null;
}

export interface CarryOverInput {
  current: readonly CarryOverFactor[];
  /** Null when the organisation has no earlier assessment on this framework version with results. */
  previous: { assessmentId: string; name: string; factors: readonly CarryOverFactor[] } | null;
  doneInitiatives: readonly { id: string; title: string; factorKeys: readonly string[] }[];
}

export interface CarryOverRow {
  factorKey: string;
  name: string;
  previous: number | null;
  current: number | null;
  delta: number | null;
  trend: FactorTrend | "not-comparable";
  initiatives: { id: string; title: string }[];
}

export interface CarryOverView {
  previous: { assessmentId: string; name: string } | null;
  rule: string;
  rows: CarryOverRow[];
  /** Why there are no rows, in plain words; null when there are rows. */
  message: string | null;
}

export function carryOverView(input: CarryOverInput): CarryOverView {
  const rule = CARRY_OVER_RULE;
  const byFactor = new Map<string, { id: string; title: string }[]>();
  for (const i of input.doneInitiatives)
    for (const k of new Set(i.factorKeys)) {
      const list = byFactor.get(k) ?? [];
      list.push({ id: i.id, title: i.title });
      byFactor.set(k, list);
    }
  const current = input.current.filter((f) => byFactor.has(f.key));
  if (current.length === 0) {
    return {
      previous: input.previous && pick(input.previous),
      rule,
      rows: [],
      message: "No finished initiative works on a factor of this assessment yet.",
    };
  }
  if (!input.previous) {
    return {
      previous: null,
      rule,
      rows: [],
      message: "There is no earlier assessment on this framework version to compare with, so change shows from the next round.",
    };
  }
  const before = new Map(input.previous.factors.map((f) => [f.key, f.mean]));
  const rows: CarryOverRow[] = current.map((f) => {
    const prev = before.get(f.key) ?? null;
    const delta = prev !== null && f.mean !== null ? f.mean - prev : null;
    return {
      factorKey: f.key,
      name: f.name,
      previous: prev,
      current: f.mean,
      delta,
      trend: delta === null ? "not-comparable" : classifyChange(delta),
      initiatives: byFactor.get(f.key) ?? [],
    };
  });
  return { previous: pick(input.previous), rule, rows, message: null };
}

const pick = (p: { assessmentId: string; name: string }) => ({ assessmentId: p.assessmentId, name: p.name });

export const TREND_LABELS: Record<CarryOverRow["trend"], string> = {
  improved: "Improved",
  unchanged: "Unchanged",
  declined: "Declined",
  "not-comparable": "Not comparable",
};
