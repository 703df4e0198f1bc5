// The API schema carries every field of the measurement-quality view: parsing a real view must give it
// back unchanged (zod strips unknown keys, so a field missing from the schema fails the equality).
import { describe, expect, it } from "vitest";
import { latestFramework } from "../../lib/domain/instrument/index.ts";
import { scoreAssessment } from "../../lib/domain/scoring/score-assessment.ts";
import { generateResponses } from "../../lib/view/results/test-data.ts";
import { measurementQuality } from "../../lib/view/results/measurement-quality.ts";
import { measurementQualitySchema } from "../../lib/delivery/api/measurement-quality-schema.ts";

describe("measurement-quality response schema", () => {
  it("round-trips a real view, bands withheld or not", () => {
    for (const [managers, employees] of [
      [20, 25],
      [2, 2],
    ] as const) {
      const responses = generateResponses({
        framework: latestFramework,
        modules: ["cx", "ecrm"],
        groups: { managers, employees },
        groupBias: { managers: 0.5 },
        seed: 8,
      });
      const scores = scoreAssessment(
        { framework: latestFramework, modules: ["cx", "ecrm"], responses },
        { bootstrap: false, compositeBands: { samples: 300 }, statistics: { factorBands: false, compare: ["managers", "employees"] } },
      );
      const view = JSON.parse(JSON.stringify(measurementQuality(scores)));
      expect(measurementQualitySchema.parse(view)).toEqual(view);
    }
  });
});
