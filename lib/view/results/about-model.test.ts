import { describe, expect, it } from "vitest";
import { analyseMatrix, analyseSsim, rawSsimReferenceModel, referenceAudit } from "../../domain/ism";
import { aboutPanelModel, aboutReferenceModel } from "./about-model";

const factors = ["Digital banking", "Training", "Marketing", "Performance"];
function matrix(edges: [number, number][]): number[][] {
  const m = factors.map((_, i) => factors.map((__, j) => (i === j ? 1 : 0)));
  for (const [a, b] of edges) m[a]![b] = 1;
  return m;
}

describe("aboutReferenceModel", () => {
  const audit = referenceAudit();
  const about = aboutReferenceModel(audit, rawSsimReferenceModel().levelCount);

  it("says once, in plain words, that the printed table closes into one loop and how many links were kept and dropped", () => {
    expect(about.kind).toBe("reference");
    expect(about.summary).toContain("closes into one loop");
    expect(about.summary).toContain(`keeps ${audit.keptLinks} of the ${audit.ssimLinks} direct links`);
    expect(about.summary).toContain(`leaves out the other ${audit.sameLevelLinks + audit.upwardLinks}`);
    expect(audit.keptLinks + audit.sameLevelLinks + audit.upwardLinks).toBe(audit.ssimLinks);
    expect(about.summary.match(/loop/g)?.length).toBeLessThanOrEqual(2);
  });

  it("names the 25 links that close the printed table's loop, with the raw analysis for experts", () => {
    expect(about.closingLinks).toHaveLength(25);
    expect(about.closingLinks).toContain("Brand-related factors → Customer-related issues");
    expect(about.expert?.paragraphs[0]).toContain(`gives ${rawSsimReferenceModel().levelCount} level`);
    expect(about.remedies).toEqual([]);
  });

  it("cites papers, never files or paths", () => {
    const all = [about.summary, ...about.closingLinks, ...(about.expert?.paragraphs ?? []), ...about.citations].join(" ");
    expect(all).not.toMatch(/\.(json|ts|csv)\b|\/lib\/|seed/i);
    expect(about.citations.join(" ")).toMatch(/Warfield, J\. N\. \(1974\)/);
  });
});

describe("aboutPanelModel", () => {
  it("says nothing for a panel model that is a hierarchy", () => {
    const model = analyseMatrix(
      factors,
      matrix([
        [0, 1],
        [1, 2],
        [2, 3],
      ]),
    );
    expect(aboutPanelModel(model)).toBeNull();
  });

  it("names the link closing a loop and offers the three remedies", () => {
    // Digital banking → Training → Marketing → Digital banking; Marketing → Performance.
    const model = analyseMatrix(
      factors,
      matrix([
        [0, 1],
        [1, 2],
        [2, 0],
        [0, 2],
        [2, 3],
      ]),
    );
    const about = aboutPanelModel(model);
    expect(about).not.toBeNull();
    expect(about!.summary).toMatch(/^In the panel's model 3 factors all influence one another/);
    expect(about!.closingLinks).toEqual(["Marketing → Digital banking"]);
    expect(about!.remedies.map((r) => r.title)).toEqual([
      "Use a stricter agreement threshold",
      "Send the pairs back to the experts",
      "Order the factors inside the loop by direct influence",
    ]);
    expect(about!.remedies[1]!.items).toEqual(["Marketing → Digital banking"]);
    expect(about!.remedies[2]!.items[0]).toMatch(/→/);
    expect(about!.remedies[2]!.text).toMatch(/\(\w/);
  });

  it("with the experts' own answers, says which agreement threshold breaks the loop", () => {
    // Expert 1: A → B, B → C, C → A (a loop); expert 2: A → B, B → C only.
    const keys = ["a", "b", "c"];
    const one = ["VA", "V", ""];
    const two = ["VO", "V", ""];
    const model = analyseSsim(keys, one, { factorNames: ["A", "B", "C"] });
    const about = aboutPanelModel(model, [one, two]);
    expect(about?.closingLinks).toHaveLength(1);
    expect(about?.remedies[0]?.text).toBe("Keep a link only when at least 2 of the 2 experts assert it; the loop then breaks.");
  });
});
