import { describe, it, expect } from "vitest";
import { canAdoptPanelModel } from "./adoption";

describe("canAdoptPanelModel", () => {
  const invited = ["ana", "ben", "chen"];
  it("allows adoption when every invited expert finished", () => {
    expect(canAdoptPanelModel({ invitedExperts: invited, finishedExperts: invited, levelCount: 4 })).toEqual({
      allowed: true,
      reasons: [],
      warnings: [],
      missing: [],
    });
  });
  it("blocks while an expert is missing, naming them", () => {
    const d = canAdoptPanelModel({ invitedExperts: invited, finishedExperts: ["ana", "ben"], levelCount: 4 });
    expect(d.allowed).toBe(false);
    expect(d.missing).toEqual(["chen"]);
    expect(d.reasons[0]).toContain("chen");
  });
  it("allows an explicit decision to proceed without the named experts, with a warning", () => {
    const d = canAdoptPanelModel({ invitedExperts: invited, finishedExperts: ["ana"], proceedWithout: ["ben", "chen"], levelCount: 4 });
    expect(d.allowed).toBe(true);
    expect(d.warnings[0]).toContain("ben, chen");
    // Excusing only one of two missing experts is not enough.
    expect(canAdoptPanelModel({ invitedExperts: invited, finishedExperts: ["ana"], proceedWithout: ["ben"], levelCount: 4 }).allowed).toBe(
      false,
    );
  });
  it("blocks when nobody finished or nobody was invited, even with proceedWithout", () => {
    expect(canAdoptPanelModel({ invitedExperts: invited, finishedExperts: [], proceedWithout: invited, levelCount: 4 }).allowed).toBe(
      false,
    );
    expect(canAdoptPanelModel({ invitedExperts: [], finishedExperts: [], levelCount: 4 }).allowed).toBe(false);
  });
  it("warns below three levels but does not block; blocks at zero levels", () => {
    const two = canAdoptPanelModel({ invitedExperts: invited, finishedExperts: invited, levelCount: 2 });
    expect(two.allowed).toBe(true);
    expect(two.warnings[0]).toContain("only 2 levels");
    expect(canAdoptPanelModel({ invitedExperts: invited, finishedExperts: invited, levelCount: 3 }).warnings).toEqual([]);
    expect(canAdoptPanelModel({ invitedExperts: invited, finishedExperts: invited, levelCount: 0 }).allowed).toBe(false);
  });
});
