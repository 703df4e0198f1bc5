import { describe, expect, it } from "vitest";
import { meyar2026_1 } from "../../domain/instrument";
import { publishedReferenceModel } from "../../domain/ism";
import { computeAssessmentResults } from "./compute-results";
import { effectiveThreshold } from "./anonymity";
import { displayedScore, formatGap, formatScore, ordinal } from "./format";
import { generateResponses } from "./test-data";

const framework = meyar2026_1;
const modules = ["cx", "ecrm"] as const;
const groups = ["managers", "employees"];
const compute = (counts: Record<string, number>, threshold = 5) =>
  computeAssessmentResults({
    framework,
    modules: [...modules],
    groups,
    responses: generateResponses({ framework, modules, groups: counts, seed: 3 }),
    ismModel: publishedReferenceModel(),
    anonymityThreshold: threshold,
    seed: 1,
    bootstrapSamples: 200,
  });

/** Every number in the view model that is a score (mean/percent/lower/upper/scoreA/scoreB). */
function scoreNumbers(x: unknown, out: number[] = []): number[] {
  if (Array.isArray(x)) for (const v of x) scoreNumbers(v, out);
  else if (x !== null && typeof x === "object") {
    for (const [k, v] of Object.entries(x)) {
      if (["mean", "percent", "lower", "upper", "scoreA", "scoreB", "currentScore", "alpha", "rwgJ"].includes(k) && typeof v === "number")
        out.push(v);
      else scoreNumbers(v, out);
    }
  }
  return out;
}

describe("respondent anonymity threshold", () => {
  it("shows no figure at all for one submitted questionnaire", () => {
    const r = compute({ managers: 0, employees: 1 });
    expect(r.status).toBe("withheld");
    expect(r.message).toMatch(/Results appear when 5 respondents have answered \(1 so far\)/);
    expect(scoreNumbers(r)).toEqual([]);
    expect(r.overall.interval).toBeNull();
    expect(r.perceptionGap).toBeNull();
    expect(r.roadmap.phases).toEqual([]);
    expect(r.anonymity).toEqual({ threshold: 5, submitted: 1, withheld: true, groupNote: null });
  });

  it("shows the whole but not a group below the threshold, and no perception gap", () => {
    const r = compute({ managers: 2, employees: 9 });
    expect(r.status).toBe("ok");
    expect(r.overall.mean).not.toBeNull();
    const managers = r.groups.find((g) => g.group === "managers")!;
    expect(managers).toMatchObject({ respondents: 2, withheld: true, mean: null, level: null });
    expect(r.groups.find((g) => g.group === "employees")).toMatchObject({ withheld: false, mean: expect.any(Number) });
    expect(r.factors.every((f) => f.groups.find((g) => g.group === "managers")?.mean === null)).toBe(true);
    expect(r.perceptionGap).toBeNull();
    expect(r.perceptionGapNote).toMatch(/at least 5 respondents/);
    expect(r.anonymity.groupNote).toMatch(/at least 5/);
  });

  it("shows everything once each group reaches the threshold", () => {
    const r = compute({ managers: 5, employees: 6 });
    expect(r.groups.every((g) => !g.withheld && g.mean !== null)).toBe(true);
    expect(r.perceptionGap).not.toBeNull();
  });

  it("never goes below 3, whatever is stored", () => {
    expect(effectiveThreshold(1)).toBe(3);
    expect(effectiveThreshold(null)).toBe(5);
    expect(effectiveThreshold(8)).toBe(8);
    expect(compute({ managers: 1, employees: 1 }, 1).status).toBe("withheld");
    expect(compute({ managers: 2, employees: 1 }, 1).status).toBe("ok");
  });
});

describe("one rounding rule", () => {
  it("assigns the level from the figure as displayed", () => {
    expect(formatScore(2.5999)).toBe("2.60");
    expect(displayedScore(2.5999)).toBe(2.6);
    // Every factor's level agrees with its displayed score.
    const r = compute({ managers: 6, employees: 6 });
    for (const f of [...r.factors, ...r.modules, r.overall]) {
      if (f.mean === null) continue;
      const shown = Number(formatScore(f.mean));
      const expected = shown >= 4.2 ? 5 : shown >= 3.4 ? 4 : shown >= 2.6 ? 3 : shown >= 1.8 ? 2 : 1;
      expect(f.level).toBe(expected);
    }
    for (const item of r.roadmap.phases.flatMap((p) => p.items)) expect(Number(formatScore(item.currentScore))).toBe(item.currentScore);
  });

  it("never prints a negative zero, and writes English ordinals", () => {
    expect(formatGap(-0.001)).toBe("0.00");
    expect(formatScore(-0.001)).toBe("0.00");
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 83, 100, 101, 111].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "83rd",
      "100th",
      "101st",
      "111th",
    ]);
  });
});
