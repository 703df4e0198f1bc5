// The roadmap on the reference model: ordered by the coherent structure, with reasons that agree with it,
// and the CX / CKM lanes.
import { describe, it, expect } from "vitest";
import { meyar2026_1 } from "../instrument";
import { publishedReferenceModel } from "../ism/reference-model";
import { buildRoadmap } from "./build-roadmap";
import { DEFAULT_LANE_LEADS, roadmapFactorScores } from "./lanes";
import type { RoadmapInput } from "./types";

const model = publishedReferenceModel();
const keys = model.factors;
const framework = meyar2026_1;
const cxKeys = framework.modules.find((m) => m.key === "cx")!.factors.map((f) => f.key);
const ckmKeys = framework.modules.find((m) => m.key === "ckm")!.factors.map((f) => f.key);

// Everything at 1.5 (level 1) → every factor is on the roadmap when the target is 5.
const allLow = Object.fromEntries(keys.map((k) => [k, 1.5]));
const base: RoadmapInput = { factorScores: allLow, target: { kind: "overall", level: 5 }, ism: model, framework, hierarchy: "levels" };

describe("roadmap on the reference model", () => {
  const r = buildRoadmap(base);
  const at = (k: string) => keys.indexOf(k);

  it("reasons agree with the structure: drives = driving power − 1, every driven factor sits higher", () => {
    expect(r.items.length).toBe(17);
    for (const it of r.items) {
      const i = at(it.factorKey);
      expect(it.lane).toBe("ism");
      expect(it.ism?.drives).toBe((model.drivingPower[i] ?? 0) - 1);
      expect(it.detail.drives.length).toBe(it.ism?.drives);
      expect(it.detail.dependsOn.length).toBe((model.dependencePower[i] ?? 0) - 1);
      for (const d of it.detail.drives) expect(model.levels[at(d.key)]!).toBeLessThan(model.levels[i]!);
      for (const d of it.detail.dependsOn) expect(model.levels[at(d.key)]!).toBeGreaterThan(model.levels[i]!);
      expect(it.reason).toContain(`drives ${it.ism?.drives} of the other 16 factors`);
      expect(it.detail.reason).toBe(it.reason);
      expect(it.detail.actions).toEqual(it.actions);
      expect(it.cycleWith).toEqual([]);
    }
    // No factor drives a factor on a deeper or equal level, so a top-level factor drives nothing.
    const motivation = r.items.find((x) => x.factorKey === "motivation")!;
    expect(motivation.why).toMatch(/^Outcome: depends on \d+ factors, drives none/);
    const support = r.items.find((x) => x.factorKey === "support-protection")!;
    expect(support.why).toBe(`Foundation: drives ${model.drivingPower[at("support-protection")]! - 1} factors, depends on none.`);
    expect(support.phase).toBe(1);
  });

  it("the short sentence is short; the long reason stays in the detail", () => {
    for (const it of r.items) {
      expect(it.why.split(". ").length).toBe(1);
      expect(it.why.length).toBeLessThanOrEqual(90);
    }
  });

  it("phases follow the structure: a driver comes strictly earlier; both hierarchy modes agree", () => {
    const phase = new Map(r.items.map((x) => [x.factorKey, x.phase]));
    for (const it of r.items) for (const d of it.detail.dependsOn) expect(phase.get(d.key)!).toBeLessThan(it.phase);
    expect(buildRoadmap({ ...base, hierarchy: "reachability" }).items).toEqual(r.items);
    // The published levels order phases: no factor is scheduled before a deeper factor that drives it,
    // and Support and protection (level 7) opens the roadmap.
    expect(r.items[0]!.factorKey).toBe("support-protection");
  });
});

describe("lanes for factors outside the ISM model", () => {
  it("the CX lane: macro digital policies first, the other five after it", () => {
    const scores = { ...allLow, ...Object.fromEntries(cxKeys.map((k) => [k, 2.0])) };
    const r = buildRoadmap({ ...base, factorScores: scores });
    const cx = r.items.filter((x) => x.lane === "cx");
    expect(cx.map((x) => x.factorKey).sort()).toEqual([...cxKeys].sort());
    const lead = cx.find((x) => x.factorKey === "macro-digital-policies")!;
    expect(DEFAULT_LANE_LEADS.cx).toEqual(["macro-digital-policies"]);
    expect(lead.phase).toBe(1);
    expect(lead.detail.drives.map((d) => d.key)).toEqual(cxKeys.filter((k) => k !== "macro-digital-policies").sort());
    expect(lead.why).toBe("Leads its area: goes before 5 factors outside the model.");
    for (const x of cx.filter((y) => y !== lead)) {
      expect(x.phase).toBe(2);
      expect(x.waitsFor.map((w) => w.key)).toEqual(["macro-digital-policies"]);
      expect(x.why).toContain("Follows Macro digital policies");
      expect(x.priority.foundationWeight).toBe(0.5);
    }
  });

  it("a lead at target does not hold its lane back; laneLeads {} schedules by priority alone", () => {
    const scores = { ...allLow, ...Object.fromEntries(cxKeys.map((k) => [k, 2.0])), "macro-digital-policies": 4.9 };
    const r = buildRoadmap({ ...base, factorScores: scores });
    for (const x of r.items.filter((y) => y.lane === "cx")) {
      expect(x.phase).toBe(1);
      expect(x.driversAtTarget.map((d) => d.key)).toEqual(["macro-digital-policies"]);
    }
    const flat = buildRoadmap({ ...base, factorScores: { ...allLow, ...Object.fromEntries(cxKeys.map((k) => [k, 2.0])) }, laneLeads: {} });
    for (const x of flat.items.filter((y) => y.lane === "cx")) {
      expect(x.phase).toBe(1);
      expect(x.detail.dependsOn).toEqual([]);
    }
  });

  it("roadmapFactorScores selects e-CRM always, CX and CKM when chosen; CKM goes in its own lane", () => {
    const means = Object.fromEntries([...keys, ...cxKeys, ...ckmKeys].map((k) => [k, 2.2]));
    expect(Object.keys(roadmapFactorScores(framework, means)).sort()).toEqual([...keys].sort());
    const all = roadmapFactorScores(framework, means, { cx: true, ckm: true });
    expect(Object.keys(all).length).toBe(keys.length + cxKeys.length + ckmKeys.length);
    const r = buildRoadmap({ ...base, factorScores: all });
    const ckm = r.items.filter((x) => x.lane === "ckm");
    expect(ckm.length).toBe(ckmKeys.length);
    for (const x of ckm) {
      expect(x.phase).toBe(1);
      expect(x.why).toBe("Outside the model: placed by its gap of 3 levels.");
    }
    expect(roadmapFactorScores(framework, {}, { cx: true })["macro-digital-policies"]).toBeNull();
  });
});
