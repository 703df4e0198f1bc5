import { describe, expect, it } from "vitest";
import { unreadableTarget } from "./request-target";

describe("request targets the server refuses before routing", () => {
  it("serves ordinary addresses, query strings included", () => {
    for (const t of ["/", "/atlas-bank/assessments/abc/results?target=5", "/api/v1/benchmark?region=Tehran%20Province", "/%E2%80%AE"])
      expect(unreadableTarget(t), t).toBeNull();
  });

  it("refuses NUL and other control characters, raw or encoded, and broken encoding", () => {
    for (const t of ["/%00/sector", "/api/orgs/%00/audit", "/a%0Ab", "/a%7F", "/%E0%A4%A", "/%", ""])
      expect(unreadableTarget(t), t).not.toBeNull();
  });
});
