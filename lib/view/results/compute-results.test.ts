import { describe, expect, it } from "vitest";
import { meyar2026_1 } from "../../domain/instrument";
import { computedSeedModel, publishedReferenceModel } from "../../domain/ism";
import { buildRoadmap, roadmapFactorScores } from "../../domain/roadmap";
import { perceptionGap, scoreAssessment } from "../../domain/scoring";
import { computeAssessmentResults } from "./compute-results";
import { formatGap, formatIndex, formatScore, formatShare } from "./format";
import { defaultTargetLevel, parseTargetParam } from "./target";
import { generateResponses } from "./test-data";

const framework = meyar2026_1;
const modules = ["cx", "ecrm"] as const;
const groups = ["managers", "employees"];
const responses = generateResponses({
  framework,
  modules,
  groups: { managers: 12, employees: 18 },
  groupBias: { managers: 0.4 },
  seed: 7,
});
const base = {
  framework,
  modules: [...modules],
  groups,
  responses,
  seed: 42,
  bootstrapSamples: 300,
  ismModel: publishedReferenceModel(),
  anonymityThreshold: 5,
};
const results = computeAssessmentResults(base);
const ecrmKeys = framework.modules.find((m) => m.key === "ecrm")?.factors.map((f) => f.key) ?? [];

/** Every value JSON can carry as is: no undefined, NaN, Infinity, −0, functions or class instances. */
function assertPlain(x: unknown, path = "$"): void {
  if (x === null || typeof x === "string" || typeof x === "boolean") return;
  if (typeof x === "number") {
    if (!Number.isFinite(x) || Object.is(x, -0)) throw new Error(`${path} is ${x}`);
    return;
  }
  if (Array.isArray(x)) return x.forEach((v, i) => assertPlain(v, `${path}[${i}]`));
  if (typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype) {
    for (const [k, v] of Object.entries(x as Record<string, unknown>)) assertPlain(v, `${path}.${k}`);
    return;
  }
  throw new Error(`${path} is not plain data (${typeof x})`);
}

describe("computeAssessmentResults", () => {
  it("the dataset is realistic: 30 respondents, some don't-knows and skips", () => {
    expect(responses).toHaveLength(30);
    expect(results.overall.coverage.dontKnow).toBeGreaterThan(0);
    expect(results.overall.coverage.skipped).toBeGreaterThan(0);
    expect(results.status).toBe("ok");
    expect(results.message).toBeNull();
  });

  it("is plain serialisable data (JSON round trip is identical)", () => {
    assertPlain(results);
    expect(JSON.parse(JSON.stringify(results))).toStrictEqual(results);
  });

  it("matches the scoring engine for the overall index, modules and factors", () => {
    const options = { seed: 42, samples: 300 };
    const direct = scoreAssessment({ framework, modules: [...modules], responses }, { compositeBands: options, factorIntervals: {} });
    expect(results.overall.mean).toBe(direct.overall.overall.mean);
    expect(results.overall.percent).toBe(direct.overall.overall.percent);
    expect(results.overall.level).toBe(direct.overall.overall.level);
    // The overall and module bands are the stratified bootstrap-t's; the factor bands Student-t.
    const band = direct.bands?.overall;
    expect(band?.status).toBe("ok");
    expect(results.overall.interval?.lower).toBe(band?.status === "ok" ? band.lower : NaN);
    expect(results.overall.interval?.upper).toBe(band?.status === "ok" ? band.upper : NaN);
    expect(results.modules.map((m) => m.interval?.lower)).toEqual(
      direct.bands?.modules.map((m) => (m.interval.status === "ok" ? m.interval.lower : undefined)),
    );
    expect(results.overall.respondents).toBe(30);
    for (const key of ["macro-digital-policies", "infrastructure", "support-protection", "interactions"]) {
      const mine = results.factors.find((f) => f.key === key);
      const theirs = direct.overall.factors.find((f) => f.key === key);
      expect(mine?.mean).toBe(theirs?.mean);
      expect(mine?.level).toBe(theirs?.level);
      expect(mine?.interval?.lower).toBe(direct.factorIntervals?.[key]?.lower);
      const managers = direct.groups.find((g) => g.group === "managers")?.factors.find((f) => f.key === key);
      expect(mine?.groups.find((g) => g.group === "managers")?.mean).toBe(managers?.mean);
    }
    expect(results.modules.map((m) => m.mean)).toEqual(direct.overall.modules.map((m) => m.mean));
    expect(results.groups.map((g) => [g.group, g.respondents])).toEqual([
      ["managers", 12],
      ["employees", 18],
    ]);
  });

  it("reports the perception gap managers − employees: gaps that stand out from noise first, then the rest", () => {
    const direct = scoreAssessment({ framework, modules: [...modules], responses }, { bootstrap: false });
    const pg = perceptionGap(direct.groups, "managers", "employees");
    const gap = results.perceptionGap!;
    expect(gap.groupA).toBe("managers");
    const raw = new Map(pg.factors.map((f) => [f.factorKey, f.gap]));
    for (const g of gap.items) expect(g.gap).toBe(raw.get(g.factorKey));
    // Managers were generated 0.4 points more lenient: most gaps are real and are called so.
    expect(gap.distinguishableCount).toBeGreaterThan(10);
    const lead = gap.items.slice(0, gap.distinguishableCount);
    const rest = gap.items.slice(gap.distinguishableCount);
    expect(lead.every((g) => g.test.classification === "distinguishable")).toBe(true);
    expect(rest.every((g) => g.test.classification !== "distinguishable")).toBe(true);
    for (const part of [lead, rest]) expect(part.map((g) => g.absGap)).toEqual(part.map((g) => g.absGap).sort((a, b) => b - a));
    // The same tests as the measurement-quality section's table.
    const tested = new Map(results.measurementQuality!.gaps.map((t) => [t.factorKey, t]));
    for (const g of gap.items) expect(g.test.q).toBe(tested.get(g.factorKey)?.q);
    expect(gap.largest).toHaveLength(5);
    expect(results.perceptionGapNote).toBeNull();
  });

  it("calls no gap real when both groups come from the same population", () => {
    const same = generateResponses({ framework, modules, groups: { managers: 10, employees: 10 }, seed: 3 });
    const r = computeAssessmentResults({ ...base, responses: same });
    // Raw differences still exist (sampling noise), but at 10 vs 10 they are not distinguishable.
    expect(Math.max(...r.perceptionGap!.items.map((g) => g.absGap))).toBeGreaterThan(0.2);
    expect(r.perceptionGap!.distinguishableCount).toBeLessThanOrEqual(1);
  });

  it("carries the measurement-quality section: bands, per-factor statistics and HTMT", () => {
    const q = results.measurementQuality!;
    expect(q.overallBand?.status).toBe("ok");
    expect(results.overall.interval?.lower).toBe(q.overallBand?.lower);
    expect(q.factors).toHaveLength(results.factors.length);
    for (const f of q.factors) {
      expect(f.alpha).not.toBeNull();
      expect(f.alphaLower!).toBeLessThan(f.alpha!);
      expect(f.reading.length).toBeGreaterThan(10);
    }
    expect(q.htmt.map((m) => m.moduleKey)).toEqual(["cx", "ecrm"]);
  });

  it("has the six CX categories on the radar and reliability rows with explanations", () => {
    expect(results.cxRadar).toHaveLength(6);
    expect(results.reliability).toHaveLength(results.factors.length);
    for (const r of results.reliability) expect(r.explanations).toHaveLength(r.flags.length);
  });

  it("places every e-CRM factor on the level diagram, with scores and the model's caveat", () => {
    const placed = results.ism.levels.flatMap((l) => l.factors.map((f) => f.key));
    expect([...placed].sort()).toEqual([...ecrmKeys].sort());
    expect(results.ism.levelCount).toBe(7);
    expect(results.ism.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(results.ism.source).toBe("published");
    expect(results.ism.notes.length).toBeGreaterThan(0);
    expect(results.ism.caveat).toMatch(/deeper to a higher published level/);
    expect(results.ism.edges.length).toBe(publishedReferenceModel().edges.length);
    expect(results.ism.scoredCount).toBe(17);
    const infra = results.ism.levels.flatMap((l) => l.factors).find((f) => f.key === "infrastructure");
    expect(infra?.mean).toBe(results.factors.find((f) => f.key === "infrastructure")?.mean);
    expect(results.micmac.points).toHaveLength(17);
    expect(results.micmac.threshold).toBe(8.5);
    // The consistent structure spreads the factors: MICMAC no longer puts all 17 on one point.
    expect(new Set(results.micmac.points.map((p) => p.quadrant)).size).toBeGreaterThanOrEqual(3);
    expect(results.micmac.note ?? "").not.toMatch(/same point/);
  });

  it("builds a phased roadmap below target over the e-CRM factors and the CX lane, matching buildRoadmap in levels mode", () => {
    const target = defaultTargetLevel(results.overall.level);
    expect(results.roadmap.target).toEqual({ level: target, levelName: expect.any(String), isDefault: true });
    const high = computeAssessmentResults({ ...base, target: { overallLevel: 5 } });
    expect(high.roadmap.phases.length).toBeGreaterThan(0);
    expect(high.roadmap.phases.map((p) => p.phase)).toEqual(high.roadmap.phases.map((_, i) => i + 1));
    const means = Object.fromEntries(high.factors.map((f) => [f.key, f.mean]));
    const scores = roadmapFactorScores(framework, means, { cx: true });
    const cxKeys = framework.modules.find((m) => m.key === "cx")?.factors.map((f) => f.key) ?? [];
    expect(new Set(Object.keys(scores))).toEqual(new Set([...cxKeys, ...ecrmKeys]));
    const direct = buildRoadmap({
      factorScores: scores,
      target: { kind: "overall", level: 5 },
      ism: publishedReferenceModel(),
      framework,
      hierarchy: "levels",
    });
    expect(high.roadmap.phases.flatMap((p) => p.items.map((i) => i.factorKey))).toEqual(direct.items.map((i) => i.factorKey));
    const first = high.roadmap.phases[0]?.items[0];
    expect(first?.reason.length).toBeGreaterThan(10);
    expect(first?.actions.length).toBeGreaterThan(0);
    expect(first?.targetLevel).toBe(5);
    // Every CX category below target has a step in the CX lane; every step says why it sits where it does.
    const items = high.roadmap.phases.flatMap((p) => p.items);
    const cxBelow = high.factors.filter((f) => f.moduleKey === "cx" && f.level !== null && f.level < 5).map((f) => f.key);
    expect(cxBelow.length).toBeGreaterThan(0);
    expect(
      items
        .filter((i) => i.lane === "cx")
        .map((i) => i.factorKey)
        .sort(),
    ).toEqual([...cxBelow].sort());
    expect(items.filter((i) => i.lane === "ism").length).toBeGreaterThan(0);
    for (const i of items) expect(i.why.length, i.factorKey).toBeGreaterThan(10);
    assertPlain(high);
  });

  it("honours a computed model (one level) and peer medians", () => {
    const r = computeAssessmentResults({
      ...base,
      ismModel: computedSeedModel(),
      target: { overallLevel: 5 },
      benchmarkMedians: { infrastructure: 4.9, "macro-digital-policies": 4 },
    });
    expect(r.ism.levelCount).toBe(1);
    expect(r.ism.levels[0]?.factors).toHaveLength(17);
    expect(r.roadmap.hierarchy).toBe("reachability");
    // One level: every e-CRM step sits in phase 1. The CX lane's lead goes first, the other CX categories one phase after it.
    const items = r.roadmap.phases.flatMap((p) => p.items.map((i) => ({ ...i, phase: p.phase })));
    const ism = items.filter((i) => i.lane === "ism");
    expect(ism.length).toBeGreaterThan(0);
    expect(ism.every((i) => i.phase === 1)).toBe(true);
    const cx = items.filter((i) => i.lane === "cx");
    expect(cx.find((i) => i.factorKey === "macro-digital-policies")?.phase).toBe(1);
    expect(cx.filter((i) => i.factorKey !== "macro-digital-policies").every((i) => i.phase === 2)).toBe(true);
    expect(r.roadmap.phases).toHaveLength(2);
    expect(r.roadmap.error).toBeNull();
  });

  it("explains an empty assessment without throwing", () => {
    const empty = computeAssessmentResults({
      framework,
      modules: [...modules],
      groups,
      responses: [],
      ismModel: publishedReferenceModel(),
      anonymityThreshold: 5,
    });
    expect(empty.status).toBe("empty");
    expect(empty.message).toMatch(/No responses yet/);
    expect(empty.overall.mean).toBeNull();
    expect(empty.overall.percent).toBeNull();
    expect(empty.overall.interval).toBeNull();
    expect(empty.factors.every((f) => f.mean === null)).toBe(true);
    expect(empty.perceptionGap).toBeNull();
    expect(empty.perceptionGapNote).toMatch(/No perception gap/);
    expect(empty.roadmap.phases).toEqual([]);
    expect(empty.roadmap.message).toMatch(/No e-CRM factor/);
    expect(empty.ism.levels.flatMap((l) => l.factors)).toHaveLength(17);
    expect(empty.groups.map((g) => g.respondents)).toEqual([0, 0]);
    assertPlain(empty);
    expect(JSON.parse(JSON.stringify(empty))).toStrictEqual(empty);
  });

  it("explains respondents who only answered don't know", () => {
    const r = computeAssessmentResults({
      framework,
      modules: ["cx"],
      groups,
      responses: ["a", "b", "c"].map((id) => ({ respondentId: id, group: "managers", answers: { "cx.macro-digital-policies.1": null } })),
      ismModel: publishedReferenceModel(),
      anonymityThreshold: 3,
    });
    expect(r.status).toBe("empty");
    expect(r.message).toMatch(/don/);
    expect(r.roadmap.message).toMatch(/not part of this assessment/);
    assertPlain(r);
  });
});

describe("formatters and target parameter", () => {
  it("formats consistently", () => {
    expect(formatScore(3.456)).toBe("3.46");
    expect(formatScore(null)).toBe("–");
    expect(formatIndex(61.5)).toBe("62");
    expect(formatIndex(-0.2)).toBe("0");
    expect(formatShare(0.873)).toBe("87%");
    expect(formatGap(0.421)).toBe("+0.42");
    expect(formatGap(-0.421)).toBe("\u22120.42");
    expect(formatGap(-0.001)).toBe("0.00");
  });

  it("parses the target search parameter", () => {
    expect(parseTargetParam("4")).toBe(4);
    expect(parseTargetParam(["5", "2"])).toBe(5);
    expect(parseTargetParam("1")).toBeNull();
    expect(parseTargetParam("6")).toBeNull();
    expect(parseTargetParam("4.5")).toBeNull();
    expect(parseTargetParam(undefined)).toBeNull();
    expect(defaultTargetLevel(5)).toBe(5);
    expect(defaultTargetLevel(2)).toBe(3);
  });
});
