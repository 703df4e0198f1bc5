import { describe, expect, it } from "vitest";
import { peerPosition } from "./peer-position";

const large = { n: 30, p10: 2.0, q1: 2.5, median: 3.0, q3: 3.5, p90: 4.0, iqr: 1.0 };
const small = { ...large, n: 6, p10: null, p90: null };

describe("peerPosition — read off the published cut points only", () => {
  it.each([
    [1.5, 0, 10, "below the 10th percentile"],
    [2.0, 10, 25, "10th–25th percentile"],
    [2.7, 25, 50, "25th–50th percentile"],
    [3.0, 50, 75, "50th–75th percentile"],
    [3.99, 75, 90, "75th–90th percentile"],
    [4.6, 90, 100, "at or above the 90th percentile"],
  ])("large group: %d → %d–%d", (score, from, to, label) => {
    expect(peerPosition(score, large)).toEqual({ from, to, label });
  });

  it("without P10/P90 (small group) the outer bands are quartiles", () => {
    expect(peerPosition(1.5, small)).toEqual({ from: 0, to: 25, label: "below the 25th percentile" });
    expect(peerPosition(3.6, small)).toEqual({ from: 75, to: 100, label: "at or above the 75th percentile" });
  });

  it("no score or no published figures: no position", () => {
    expect(peerPosition(null, large)).toBeNull();
    expect(peerPosition(3, null)).toBeNull();
  });
});
