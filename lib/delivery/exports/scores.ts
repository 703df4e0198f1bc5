// The scores table: one row per figure the dashboard shows — overall, module, category and factor,
// for all respondents (group "all") and per respondent group. Columns are documented in docs/EXPORTS.md.
import "server-only";
import { MATURITY_LEVEL_NAMES } from "../../domain/instrument/types.ts";
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

export function scoreRows(results: AssessmentResults): ScoreRow[] {
  const rows: ScoreRow[] = [];
  const o = results.overall;
  rows.push({
    scope: "overall",
    key: "overall",
    name: "Overall index",
    module: null,
    category: null,
    group: ALL_GROUPS,
    respondents: o.respondents,
    mean: o.mean,
    percent: o.percent,
    level: o.level,
    levelName: o.levelName,
    ciLower: o.interval?.lower ?? null,
    ciUpper: o.interval?.upper ?? null,
  });
  for (const g of results.groups) {
    rows.push({
      scope: "overall",
      key: "overall",
      name: "Overall index",
      module: null,
      category: null,
      group: g.group,
      respondents: g.respondents,
      mean: g.mean,
      percent: g.percent,
      level: g.level,
      levelName: g.levelName,
      ciLower: null,
      ciUpper: null,
    });
  }
  for (const m of results.modules) {
    rows.push({
      scope: "module",
      key: m.key,
      name: m.name,
      module: m.key,
      category: null,
      group: ALL_GROUPS,
      respondents: null,
      mean: m.mean,
      percent: m.percent,
      level: m.level,
      levelName: m.levelName,
      ciLower: m.interval?.lower ?? null,
      ciUpper: m.interval?.upper ?? null,
    });
  }
  for (const c of results.categories) {
    rows.push({
      scope: "category",
      key: c.key,
      name: c.name,
      module: c.moduleKey,
      category: c.key,
      group: ALL_GROUPS,
      respondents: null,
      mean: c.mean,
      percent: c.percent,
      level: c.level,
      levelName: c.levelName,
      ciLower: null,
      ciUpper: null,
    });
  }
  for (const f of results.factors) {
    rows.push({
      scope: "factor",
      key: f.key,
      name: f.name,
      module: f.moduleKey,
      category: f.categoryKey,
      group: ALL_GROUPS,
      respondents: f.respondents,
      mean: f.mean,
      percent: f.percent,
      level: f.level,
      levelName: f.levelName,
      ciLower: f.interval?.lower ?? null,
      ciUpper: f.interval?.upper ?? null,
    });
    for (const g of f.groups) {
      rows.push({
        scope: "factor",
        key: f.key,
        name: f.name,
        module: f.moduleKey,
        category: f.categoryKey,
        group: g.group,
        respondents: g.respondents,
        mean: g.mean,
        percent: g.mean === null ? null : toPercent(g.mean),
        level: g.level,
        levelName: g.level === null ? null : MATURITY_LEVEL_NAMES[g.level],
        ciLower: null,
        ciUpper: null,
      });
    }
  }
  return rows;
}
