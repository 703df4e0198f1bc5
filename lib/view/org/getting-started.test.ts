import { describe, expect, it } from "vitest";
import { gettingStartedProgress, gettingStartedSteps } from "./getting-started.ts";

const fresh = { invitedColleagues: false, latestAssessment: null, invitedRespondents: false, assessmentWithResults: null };

describe("a new bank's getting-started steps", () => {
  it("a fresh bank has four steps to do, in order, and an admin gets a link for each it can take", () => {
    const steps = gettingStartedSteps("nova", fresh, true);
    expect(steps.map((s) => s.key)).toEqual(["colleagues", "assessment", "respondents", "results"]);
    expect(steps.every((s) => !s.done)).toBe(true);
    expect(steps.map((s) => s.href)).toEqual(["/nova/members", "/nova/assessments/new", null, null]);
    expect(gettingStartedProgress(steps).label).toBe("0 of 4 steps done");
  });

  it("after the first assessment, respondents are invited on it and its results are where to read them", () => {
    const steps = gettingStartedSteps("nova", { ...fresh, invitedColleagues: true, latestAssessment: { id: "a1", name: "2026" } }, true);
    expect(steps.map((s) => s.done)).toEqual([true, true, false, false]);
    expect(steps[2]?.href).toBe("/nova/assessments/a1");
    expect(steps[3]?.href).toBe("/nova/assessments/a1/results");
    expect(gettingStartedProgress(steps).label).toBe("2 of 4 steps done");
  });

  it("reading results links to the assessment whose results are final", () => {
    const steps = gettingStartedSteps(
      "nova",
      { invitedColleagues: true, latestAssessment: { id: "a2", name: "Next" }, invitedRespondents: true, assessmentWithResults: "a1" },
      false,
    );
    expect(steps.every((s) => s.done)).toBe(true);
    expect(steps[3]?.href).toBe("/nova/assessments/a1/results");
  });

  it("an analyst or viewer is told who takes the steps it cannot, with no link", () => {
    const steps = gettingStartedSteps("nova", fresh, false);
    expect(steps[0]).toMatchObject({ href: null, description: expect.stringContaining("An owner or admin") });
    expect(steps[1]?.href).toBeNull();
  });
});
