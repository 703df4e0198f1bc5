// Carry-over: for the factors an organisation has finished initiatives on, did the factor move since the
// previous round? Pure. The verdicts are the round change's own (./round-change.ts: improved or declined
// only when the interval on the change excludes zero), so this card and the "Change since the previous
// round" card can never disagree.
import { CHANGE_RULE, type ChangeRow, type ChangeVerdict, type RoundChangeOutcome } from "./round-change.ts";

export interface CarryOverInput {
  /** This round's factors (key and name), in the results' order. */
  current: readonly { key: string; name: string }[];
  change: RoundChangeOutcome;
  doneInitiatives: readonly { id: string; title: string; factorKeys: readonly string[] }[];
}

export interface CarryOverRow {
  factorKey: string;
  name: string;
  previous: number | null;
  current: number | null;
  delta: number | null;
  lower: number | null;
  upper: number | null;
  trend: ChangeVerdict;
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
  const rule = CHANGE_RULE;
  const byFactor = new Map<string, { id: string; title: string }[]>();
  for (const i of input.doneInitiatives)
    for (const k of new Set(i.factorKeys)) {
      const list = byFactor.get(k) ?? [];
      list.push({ id: i.id, title: i.title });
      byFactor.set(k, list);
    }
  const previous = input.change.status === "ok" ? input.change.view.previous : null;
  const current = input.current.filter((f) => byFactor.has(f.key));
  if (current.length === 0)
    return { previous, rule, rows: [], message: "No finished initiative works on a factor of this assessment yet." };
  if (input.change.status !== "ok") return { previous, rule, rows: [], message: input.change.message };
  const changes = new Map<string, ChangeRow>(input.change.view.factors.map((r) => [r.key, r]));
  const rows: CarryOverRow[] = current.map((f) => {
    // A factor the previous round did not measure has no row in the change: not comparable, never a guess.
    const c = changes.get(f.key);
    return {
      factorKey: f.key,
      name: f.name,
      previous: c?.before ?? null,
      current: c?.after ?? null,
      delta: c?.delta ?? null,
      lower: c?.lower ?? null,
      upper: c?.upper ?? null,
      trend: c?.verdict ?? "not-comparable",
      initiatives: byFactor.get(f.key) ?? [],
    };
  });
  return { previous, rule, rows, message: null };
}
