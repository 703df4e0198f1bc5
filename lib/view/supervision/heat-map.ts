// The regulator's heat map: reporting institutions × the overall index, the modules, the digital-CX
// categories and the e-CRM factors, each cell a published 1–5 score with its maturity level. Pure: the
// rows come from lib/features/supervision/sector-view.ts, the sort from the URL (?sort=&dir=), so the
// table sorts on the server and works without JavaScript.
import type { MaturityLevel } from "../../domain/instrument/types.ts";
import { MATURITY_LEVEL_NAMES } from "../../domain/instrument/types.ts";
import { levelForScore } from "../../domain/scoring/maturity.ts";
import { formatScore } from "../results/format.ts";
import type { MetricKind } from "../benchmark/types.ts";

/** A metric of the pool's score vector, as the sector view lists them (index = position in the vector). */
export interface HeatMetricInput {
  key: string;
  kind: MetricKind;
  name: string;
  moduleKey: string | null;
}

export interface HeatColumn {
  key: string;
  name: string;
  /** The header group the column sits under. */
  group: "Overall" | "Modules" | "CX categories" | "e-CRM factors";
  /** Position of the metric in the score vector. */
  index: number;
}

export interface HeatCell {
  score: number | null;
  level: MaturityLevel | null;
  /** The figure as shown: "3.12", or "–". */
  text: string;
  /** The level in words: "level 3 Defined", or "no score". */
  levelText: string;
  /** The figure and level for tooltips: "3.12, level 3 Defined" or "No score". */
  label: string;
}

export interface HeatRowInput {
  slug: string;
  name: string;
  scores: readonly (number | null)[];
}

export interface HeatRow {
  slug: string;
  name: string;
  cells: HeatCell[];
}

export type SortDirection = "asc" | "desc";

/** "institution" (by name) or a column key. */
export interface HeatSort {
  key: string;
  direction: SortDirection;
}

export const DEFAULT_HEAT_SORT: HeatSort = { key: "overall", direction: "desc" };
export const INSTITUTION_SORT_KEY = "institution";

export interface HeatMapView {
  columns: HeatColumn[];
  rows: HeatRow[];
  sort: HeatSort;
}

/** Overall, then each module, then the CX module's factors (its categories), then the e-CRM factors. */
export function heatColumns(metrics: readonly HeatMetricInput[]): HeatColumn[] {
  const columns: HeatColumn[] = [];
  const push = (group: HeatColumn["group"], test: (m: HeatMetricInput) => boolean) =>
    metrics.forEach((m, index) => {
      if (test(m)) columns.push({ key: m.key, name: m.name, group, index });
    });
  push("Overall", (m) => m.kind === "overall");
  push("Modules", (m) => m.kind === "module");
  push("CX categories", (m) => m.kind === "factor" && m.moduleKey === "cx");
  push("e-CRM factors", (m) => m.kind === "factor" && m.moduleKey === "ecrm");
  return columns;
}

const LEVEL_TEXT = Object.fromEntries(([1, 2, 3, 4, 5] as const).map((l) => [l, `level ${l} ${MATURITY_LEVEL_NAMES[l]}`])) as Record<
  MaturityLevel,
  string
>;

/** One cell: the level of the figure as displayed (docs/SCORING.md: 2.5999 shows as 2.60, level 3). */
export function heatCell(score: number | null | undefined): HeatCell {
  if (score === null || score === undefined || !Number.isFinite(score))
    return { score: null, level: null, text: formatScore(null), levelText: "no score", label: "No score" };
  const text = formatScore(score);
  // The displayed figure is the text itself (displayedScore), parsed back once per cell.
  const level = levelForScore(Number(text));
  const levelText = LEVEL_TEXT[level];
  return { score, level, text, levelText, label: `${text}, ${levelText}` };
}

/** The sort from the URL; an unknown column or direction falls back to the default with a message. */
export function parseHeatSort(
  raw: { sort?: string | string[]; dir?: string | string[] },
  columns: readonly HeatColumn[],
): { sort: HeatSort; error: string | null } {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
  const key = one(raw.sort);
  const dir = one(raw.dir);
  const known = key === undefined || key === INSTITUTION_SORT_KEY || columns.some((c) => c.key === key);
  const direction = dir === "asc" || dir === "desc" ? dir : undefined;
  const errors: string[] = [];
  if (!known) errors.push("The heat map cannot be sorted by that column, so it is sorted by the overall index.");
  if (dir !== undefined && direction === undefined) errors.push("Sort direction must be ascending or descending.");
  const sortKey = known && key !== undefined ? key : DEFAULT_HEAT_SORT.key;
  return {
    sort: { key: sortKey, direction: direction ?? defaultDirection(sortKey) },
    error: errors.length ? errors.join(" ") : null,
  };
}

/** Names read A→Z first; scores read best first. */
export function defaultDirection(key: string): SortDirection {
  return key === INSTITUTION_SORT_KEY ? "asc" : "desc";
}

/**
 * Rows sorted by the column; institutions without a score in it come last in either direction
 * (a missing score is not a low one), and ties are broken by name so the order is stable.
 */
const NAMES = new Intl.Collator("en");

export function sortHeatRows(rows: readonly HeatRow[], columns: readonly HeatColumn[], sort: HeatSort): HeatRow[] {
  const byName = (a: HeatRow, b: HeatRow) => NAMES.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
  const sign = sort.direction === "asc" ? 1 : -1;
  if (sort.key === INSTITUTION_SORT_KEY) return [...rows].sort((a, b) => sign * byName(a, b));
  const at = columns.findIndex((c) => c.key === sort.key);
  if (at < 0) return [...rows].sort(byName);
  return [...rows].sort((a, b) => {
    const x = a.cells[at]?.score ?? null;
    const y = b.cells[at]?.score ?? null;
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return x === y ? byName(a, b) : sign * (x - y);
  });
}

export function heatMapView(metrics: readonly HeatMetricInput[], inputs: readonly HeatRowInput[], sort: HeatSort): HeatMapView {
  const columns = heatColumns(metrics);
  const rows = inputs.map((r) => ({ slug: r.slug, name: r.name, cells: columns.map((c) => heatCell(r.scores[c.index])) }));
  return { columns, rows: sortHeatRows(rows, columns, sort), sort };
}

/**
 * The query string of a column header's link: the current filters kept, the column chosen, and the
 * direction flipped when it is already the sorted column.
 */
export function sortQuery(params: Readonly<Record<string, string | number | undefined>>, current: HeatSort, key: string): string {
  const direction: SortDirection = current.key === key ? (current.direction === "asc" ? "desc" : "asc") : defaultDirection(key);
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "" && k !== "sort" && k !== "dir") q.set(k, String(v));
  q.set("sort", key);
  q.set("dir", direction);
  return `?${q.toString()}`;
}

/** aria-sort of a header. */
export function ariaSort(current: HeatSort, key: string): "ascending" | "descending" | "none" {
  return current.key !== key ? "none" : current.direction === "asc" ? "ascending" : "descending";
}
