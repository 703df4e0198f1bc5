import { describe, expect, it } from "vitest";
import { shownLevel, targetsFromInitiatives } from "./what-if";

describe("what-if view helpers", () => {
  it("levels follow the figure as displayed (two decimals), like the results page", () => {
    expect(shownLevel(2.5999)).toBe(3);
    expect(shownLevel(2.594)).toBe(2);
  });

  it("planned initiatives: one level above the current level, capped at 5, unscored or unknown factors left out", () => {
    expect(targetsFromInitiatives(["training", "motivation", "trust", "nowhere"], { training: 2.2, motivation: 4.5, trust: null })).toEqual(
      {
        training: 3,
        motivation: 5,
      },
    );
  });
});
