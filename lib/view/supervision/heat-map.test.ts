import { describe, expect, it } from "vitest";
import {
  ariaSort,
  DEFAULT_HEAT_SORT,
  heatCell,
  heatColumns,
  heatMapView,
  parseHeatSort,
  sortQuery,
  type HeatMetricInput,
} from "./heat-map.ts";

const METRICS: HeatMetricInput[] = [
  { key: "overall", kind: "overall", name: "Overall maturity index", moduleKey: null },
  { key: "module:cx", kind: "module", name: "Digital CX", moduleKey: "cx" },
  { key: "module:ecrm", kind: "module", name: "e-CRM", moduleKey: "ecrm" },
  { key: "category:ckm/causal", kind: "category", name: "Causal", moduleKey: "ckm" },
  { key: "factor:usability", kind: "factor", name: "Usability", moduleKey: "cx" },
  { key: "factor:training", kind: "factor", name: "Training", moduleKey: "ecrm" },
  { key: "factor:ckm-one", kind: "factor", name: "CKM one", moduleKey: "ckm" },
];

describe("heat-map columns", () => {
  it("are overall, modules, CX categories and e-CRM factors, each pointing at its place in the vector", () => {
    expect(heatColumns(METRICS).map((c) => [c.key, c.group, c.index])).toEqual([
      ["overall", "Overall", 0],
      ["module:cx", "Modules", 1],
      ["module:ecrm", "Modules", 2],
      ["factor:usability", "CX categories", 4],
      ["factor:training", "e-CRM factors", 5],
    ]);
  });
});

describe("heat-map cells", () => {
  it("take the level of the figure as displayed and write it out", () => {
    // 2.5999 is shown as 2.60, which is level 3 (docs/SCORING.md), not 2.
    expect(heatCell(2.5999)).toEqual({
      score: 2.5999,
      level: 3,
      text: "2.60",
      levelText: "level 3 Defined",
      label: "2.60, level 3 Defined",
    });
    expect(heatCell(1.79)).toMatchObject({ level: 1, text: "1.79", levelText: "level 1 Initial" });
    expect(heatCell(4.2)).toMatchObject({ level: 5, levelText: "level 5 Optimised" });
  });
  it("say 'no score' where there is none, never a colour alone", () => {
    for (const v of [null, undefined, Number.NaN])
      expect(heatCell(v)).toEqual({ score: null, level: null, text: "–", levelText: "no score", label: "No score" });
  });
});

describe("heat-map sort", () => {
  const rows = [
    { slug: "b", name: "Beta", scores: [3.1, 3, 3.2, null, 2, 4] },
    { slug: "a", name: "Alpha", scores: [3.1, 2.5, null, null, 4, 1] },
    { slug: "c", name: "Gamma", scores: [2.2, null, 2.4, null, null, 5] },
  ];
  const order = (key: string, direction: "asc" | "desc") => heatMapView(METRICS, rows, { key, direction }).rows.map((r) => r.slug);

  it("sorts by overall, best first by default, ties by name", () => {
    expect(parseHeatSort({}, heatColumns(METRICS))).toEqual({ sort: DEFAULT_HEAT_SORT, error: null });
    expect(order("overall", "desc")).toEqual(["a", "b", "c"]);
    expect(order("overall", "asc")).toEqual(["c", "a", "b"]);
  });
  it("puts institutions without a score in the column last in both directions", () => {
    expect(order("module:cx", "desc")).toEqual(["b", "a", "c"]);
    expect(order("module:cx", "asc")).toEqual(["a", "b", "c"]);
    expect(order("module:ecrm", "asc")).toEqual(["c", "b", "a"]);
  });
  it("sorts by any factor column and by name", () => {
    expect(order("factor:training", "desc")).toEqual(["c", "b", "a"]);
    expect(order("institution", "asc")).toEqual(["a", "b", "c"]);
    expect(order("institution", "desc")).toEqual(["c", "b", "a"]);
  });
  it("refuses an unknown column or direction with a message and falls back", () => {
    const columns = heatColumns(METRICS);
    expect(parseHeatSort({ sort: "factor:training" }, columns)).toEqual({
      sort: { key: "factor:training", direction: "desc" },
      error: null,
    });
    expect(parseHeatSort({ sort: "institution" }, columns).sort).toEqual({ key: "institution", direction: "asc" });
    const bad = parseHeatSort({ sort: "scores; drop table", dir: "sideways" }, columns);
    expect(bad.sort).toEqual(DEFAULT_HEAT_SORT);
    expect(bad.error).toMatch(/cannot be sorted by that column/);
    expect(bad.error).toMatch(/ascending or descending/);
    // A category column exists in the vector but not in the heat map: refused.
    expect(parseHeatSort({ sort: "category:ckm/causal" }, columns).error).not.toBeNull();
  });
  it("links keep the filters and flip the direction of the sorted column", () => {
    const current = { key: "overall", direction: "desc" as const };
    expect(sortQuery({ round: 2026, region: "North Africa", sort: "x", ownership: undefined }, current, "overall")).toBe(
      "?round=2026&region=North+Africa&sort=overall&dir=asc",
    );
    expect(sortQuery({ round: 2026 }, current, "institution")).toBe("?round=2026&sort=institution&dir=asc");
    expect(sortQuery({}, current, "factor:training")).toBe("?sort=factor%3Atraining&dir=desc");
    expect(ariaSort(current, "overall")).toBe("descending");
    expect(ariaSort(current, "module:cx")).toBe("none");
  });
});
