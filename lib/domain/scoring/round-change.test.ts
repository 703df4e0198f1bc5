import { describe, expect, it } from "vitest";
import type { FrameworkDef, LikertAnswer } from "../instrument/types";
import { roundChange, type MeasureChange } from "./round-change";
import { scoreAssessment } from "./score-assessment";
import { syntheticFramework, syntheticResponses, tinyFramework } from "./test-fixtures";
import type { ResponseInput } from "./types";

const framework = syntheticFramework([12, 17], 4);
const modules = ["cx", "ecrm"] as const;

/** Raises every answer on the factors in `keys` by `by` (clipped to 1–5; reverse items lowered). */
function shift(responses: ResponseInput[], fw: FrameworkDef, keys: readonly string[], by: number): ResponseInput[] {
  const reverse = new Map(
    fw.modules.flatMap((m) => m.factors.flatMap((f) => f.items.map((i) => [i.key, { f: f.key, r: i.reverse }] as const))),
  );
  return responses.map((r) => ({
    ...r,
    answers: Object.fromEntries(
      Object.entries(r.answers).map(([k, v]) => {
        const item = reverse.get(k);
        if (v === null || v === undefined || !item || !keys.includes(item.f)) return [k, v];
        const moved = item.r ? v - by : v + by;
        return [k, Math.max(1, Math.min(5, moved)) as 1 | 2 | 3 | 4 | 5];
      }),
    ),
  }));
}

const byKey = (list: readonly MeasureChange[], key: string) => {
  const m = list.find((x) => x.key === key);
  if (!m) throw new Error(`no measure ${key}`);
  return m;
};

describe("change between two rounds", () => {
  const before = syntheticResponses(framework, 40, 1);
  const afterSame = syntheticResponses(framework, 40, 2);
  const afterRaised = shift(syntheticResponses(framework, 40, 2), framework, ["ecrm-f1", "ecrm-f2"], 1);

  it("each change is the difference of the two rounds' reported scores, at every level", () => {
    const change = roundChange({ framework, modules, responses: before }, { framework, modules, responses: afterRaised });
    const a = scoreAssessment({ framework, modules: [...modules], responses: before });
    const b = scoreAssessment({ framework, modules: [...modules], responses: afterRaised });
    expect(change?.sameScope).toBe(true);
    expect(change!.overall.before).toBeCloseTo(a.overall.overall.mean!, 12);
    expect(change!.overall.delta).toBeCloseTo(b.overall.overall.mean! - a.overall.overall.mean!, 12);
    for (const m of b.overall.modules) expect(byKey(change!.modules, m.key).after).toBeCloseTo(m.mean!, 12);
    for (const c of b.overall.categories) expect(byKey(change!.categories, c.key).after).toBeCloseTo(c.mean!, 12);
    for (const f of a.overall.factors) expect(byKey(change!.factors, f.key).before).toBeCloseTo(f.mean!, 12);
    const moved = byKey(change!.factors, "ecrm-f1");
    expect(moved.interval.status === "ok" && moved.interval.estimate).toBeCloseTo(moved.delta!, 12);
  });

  it("a real lift lies clear of zero; new respondents with no lift do not", () => {
    const raised = roundChange({ framework, modules, responses: before }, { framework, modules, responses: afterRaised })!;
    const lifted = byKey(raised.factors, "ecrm-f1").interval;
    expect(lifted.status === "ok" && lifted.lower).toBeGreaterThan(0);
    const untouched = byKey(raised.factors, "cx-f1");
    // Same population, another sample: the factor moved by noise only.
    const noise = roundChange({ framework, modules, responses: before }, { framework, modules, responses: afterSame })!;
    const quiet = noise.factors.filter((f) => f.interval.status === "ok" && f.interval.lower <= 0 && f.interval.upper >= 0);
    expect(quiet.length / noise.factors.length).toBeGreaterThan(0.8);
    expect(untouched.delta).toBeCloseTo(byKey(noise.factors, "cx-f1").delta!, 12);
  });

  it("withholds the interval when a round has fewer than five respondents", () => {
    const change = roundChange({ framework, modules, responses: before.slice(0, 4) }, { framework, modules, responses: afterSame })!;
    expect(change.overall.interval).toMatchObject({ status: "withheld", reason: "too-few-respondents", nBefore: 4 });
    expect(change.overall.delta).not.toBeNull();
  });

  it("uses only the factors both rounds measured, and names the others", () => {
    const tiny = tinyFramework();
    const later: FrameworkDef = {
      ...tiny,
      version: "test-tiny.2",
      modules: tiny.modules.map((m) => (m.key === "ecrm" ? { ...m, factors: m.factors.filter((f) => f.key !== "training") } : m)),
    };
    const answers = (n: number, value: 2 | 4): ResponseInput[] =>
      Array.from({ length: n }, (_, i) => ({
        respondentId: `r${i}`,
        group: i % 2 ? "managers" : "employees",
        answers: Object.fromEntries(
          tiny.modules
            .filter((m) => m.key !== "ckm")
            .flatMap((m) => m.factors.flatMap((f) => f.items.map((it) => [it.key, (it.reverse ? 6 - value : value) as LikertAnswer]))),
        ),
      }));
    const prev = answers(6, 2);
    const next = answers(6, 4).map((r) => ({
      ...r,
      answers: Object.fromEntries(Object.entries(r.answers).filter(([k]) => !k.startsWith("ecrm.training."))),
    }));
    const change = roundChange(
      { framework: tiny, modules: ["cx", "ecrm", "ckm"], responses: prev },
      { framework: later, modules: ["cx", "ecrm"], responses: next },
    )!;
    expect(change.sameScope).toBe(false);
    expect(change.frameworkVersions).toEqual({ before: "test-tiny.1", after: "test-tiny.2" });
    expect(change.onlyBefore.map((f) => f.key).sort()).toEqual(["capture", "training"]);
    expect(change.onlyAfter).toEqual([]);
    expect(change.sharedFactorKeys).toEqual(["vision", "governance", "channels", "infrastructure"]);
    // The e-CRM module is compared on infrastructure alone: 2 → 4 in both rounds' own terms.
    expect(byKey(change.modules, "ecrm")).toMatchObject({ before: 2, after: 4, delta: 2 });
    expect(change.overall.delta).toBeCloseTo(2, 12);
  });

  it("is null when the rounds share no factor", () => {
    const tiny = tinyFramework();
    const r = (keys: string[]): ResponseInput[] => [
      { respondentId: "x", group: "managers", answers: Object.fromEntries(keys.map((k) => [k, 3])) },
    ];
    expect(
      roundChange(
        { framework: tiny, modules: ["ckm"], responses: r(["ckm.capture.1"]) },
        { framework: tiny, modules: ["cx"], responses: r(["cx.vision.1"]) },
      ),
    ).toBeNull();
  });
});
