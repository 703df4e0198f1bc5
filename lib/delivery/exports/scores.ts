// The scores table: one row per figure the dashboard shows — overall, module, category and factor,
// for all respondents (group "all") and per respondent group. Columns are documented in docs/EXPORTS.md.
import "server-only";
import { MATURITY_LEVEL_NAMES, type MaturityLevel } from "../../domain/instrument/types.ts";
import { toPercent } from "../../domain/scoring/maturity.ts";
import type { AssessmentResults } from "../../view/results/types.ts";
import type { Column } from "../../platform/http/csv.ts";

export interface ScoreRow {
  scope: "overall" | "module" | "category" | "factor";
  key: string;
  name: string;
  module: string | null;
  category: string | null;
  group: string;
  respondents: number | null;
  mean: number | null;
  percent: number | null;
  level: number | null;
  levelName: string | null;
  ciLower: number | null;
  ciUpper: number | null;
}

export const ALL_GROUPS = "all";

export const SCORE_COLUMNS: Column<ScoreRow>[] = [
  { name: "scope", value: (r) => r.scope },
  { name: "key", value: (r) => r.key },
  { name: "name", value: (r) => r.name },
  { name: "module", value: (r) => r.module },
  { name: "category", value: (r) => r.category },
  { name: "group", value: (r) => r.group },
  { name: "respondents", value: (r) => r.respondents },
  { name: "mean", value: (r) => r.mean },
  { name: "percent", value: (r) => r.percent },
  { name: "level", value: (r) => r.level },
  { name: "level_name", value: (r) => r.levelName },
  { name: "ci_lower", value: (r) => r.ciLower },
  { name: "ci_upper", value: (r) => r.ciUpper },
];

type Place = Pick<ScoreRow, "scope" | "key" | "name" | "module" | "category">;
interface Figure {
  mean: number | null;
  level: number | null;
  percent?: number | null;
  interval?: { lower: number; upper: number } | null;
}

/** One row: where it sits, for whom, and the figure (percent and level name follow from mean and level). */
function row(place: Place, group: string, respondents: number | null, f: Figure): ScoreRow {
  return {
    ...place,
    group,
    respondents,
    mean: f.mean,
    percent: f.percent !== undefined ? f.percent : f.mean === null ? null : toPercent(f.mean),
    level: f.level,
    levelName: f.level === null ? null : MATURITY_LEVEL_NAMES[f.level as MaturityLevel],
    ciLower: f.interval?.lower ?? null,
    ciUpper: f.interval?.upper ?? null,
  };
}

export function scoreRows(results: AssessmentResults): ScoreRow[] {
  const o = results.overall;
  const overall: Place = { scope: "overall", key: "overall", name: "Overall index", module: null, category: null };
  const rows: ScoreRow[] = [row(overall, ALL_GROUPS, o.respondents, o)];
  for (const g of results.groups) rows.push(row(overall, g.group, g.respondents, { ...g, interval: null }));
  for (const m of results.modules)
    rows.push(row({ scope: "module", key: m.key, name: m.name, module: m.key, category: null }, ALL_GROUPS, null, m));
  for (const c of results.categories)
    rows.push(
      row({ scope: "category", key: c.key, name: c.name, module: c.moduleKey, category: c.key }, ALL_GROUPS, null, {
        ...c,
        interval: null,
      }),
    );
  for (const f of results.factors) {
    const place: Place = { scope: "factor", key: f.key, name: f.name, module: f.moduleKey, category: f.categoryKey };
    rows.push(row(place, ALL_GROUPS, f.respondents, f));
    for (const g of f.groups) rows.push(row(place, g.group, g.respondents, { mean: g.mean, level: g.level }));
  }
  return rows;
}
