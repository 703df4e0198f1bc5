import { describe, expect, it } from "vitest";
import { latestFramework } from "../../domain/instrument";
import { scoreAssessment } from "../../domain/scoring";
import { generateResponses } from "./test-data";
import { measurementQuality } from "./measurement-quality";

const modules = ["cx", "ecrm"] as const;
const options = {
  bootstrap: false,
  compositeBands: { samples: 400, seed: 1 },
  statistics: { factorBands: false, compare: ["managers", "employees"] as const },
} as const;

describe("measurement quality view", () => {
  it("leads with the gaps distinguishable from noise, labels the rest, and carries bands and item analysis", () => {
    // Managers rate the cx module one point higher; on e-CRM the two groups answer alike.
    const responses = generateResponses({ framework: latestFramework, modules, groups: { managers: 40, employees: 40 }, seed: 5 }).map(
      (r) => {
        if (r.group !== "managers") return r;
        const shifted = Object.entries(r.answers).map(([k, v]) => [
          k,
          v == null || !k.startsWith("cx.") ? v : k.endsWith("R") || /\.5$/.test(k) ? v : Math.min(5, v + 1),
        ]);
        return { ...r, answers: Object.fromEntries(shifted) };
      },
    );
    const view = measurementQuality(scoreAssessment({ framework: latestFramework, modules: [...modules], responses }, options));
    if (!view) throw new Error("no view");
    expect(view.overallBand?.status).toBe("ok");
    expect(view.moduleBands.map((m) => m.moduleKey)).toEqual(["cx", "ecrm"]);
    expect(view.factors).toHaveLength(23);
    expect(view.factors[0]?.items[0]?.itemTotal).not.toBeNull();
    expect(view.factors[0]?.reading.length).toBeGreaterThan(10);
    const classes = view.gaps.map((g) => g.classification);
    const firstOther = classes.findIndex((c) => c !== "distinguishable");
    expect(firstOther).toBeGreaterThan(0); // some distinguishable, and not all
    expect(classes).toContain("not-distinguishable");
    expect(classes.slice(firstOther).every((c) => c !== "distinguishable")).toBe(true);
    for (const g of view.gaps.filter((x) => x.classification === "distinguishable")) expect(g.q).toBeLessThan(0.05);
    expect(view.htmt.find((h) => h.moduleKey === "ecrm")?.pairs).toHaveLength((17 * 16) / 2);
  });

  it("withholds the bands below five respondents with the reason, and flags r*wg(J) when respondents split", () => {
    const few = generateResponses({ framework: latestFramework, modules: ["cx"], groups: { managers: 2, employees: 2 }, seed: 5 });
    const small = measurementQuality(scoreAssessment({ framework: latestFramework, modules: ["cx"], responses: few }, options));
    expect(small?.overallBand).toMatchObject({ status: "withheld", n: 4, lower: null });
    expect(small?.overallBand?.withheldReason).toMatch(/at least 5/);

    // Two camps: half answer 1, half answer 5 on every item — r*wg(J) is negative, rwg(J) is not what flags it.
    const split = Array.from({ length: 10 }, (_, i) => ({
      respondentId: `r${i}`,
      group: i % 2 ? "managers" : "employees",
      answers: Object.fromEntries(
        latestFramework.modules[0]!.factors.flatMap((f) => f.items.map((it) => [it.key, i < 5 !== it.reverse ? 1 : 5])),
      ),
    }));
    const v = measurementQuality(scoreAssessment({ framework: latestFramework, modules: ["cx"], responses: split as never }, options));
    expect(v?.factors.every((f) => f.lowAgreement)).toBe(true);
    expect(v?.factors[0]?.rwgJStar).toBeLessThan(0);
  });
});
