import { describe, expect, it } from "vitest";
import { filterParams, parseSectorFilters } from "./filters.ts";

describe("sector filters", () => {
  it("keeps valid size band, ownership, region and round", () => {
    expect(parseSectorFilters({ sizeBand: "LARGE", ownership: "STATE", region: "North Africa", round: "2025" })).toEqual({
      filters: { sizeBand: "LARGE", ownership: "STATE", region: "North Africa", round: 2025 },
      errors: [],
    });
    expect(parseSectorFilters({ sizeBand: "", region: "" })).toEqual({ filters: {}, errors: [] });
  });
  it("drops each invalid value with a clear message and keeps the rest", () => {
    const r = parseSectorFilters({ sizeBand: "HUGE", ownership: "PRIVATE", region: "Atlantis", round: "1999" });
    expect(r.filters).toEqual({ ownership: "PRIVATE" });
    expect(r.errors).toEqual([
      "Size must be small, medium or large.",
      "Year must be 2000 or later.",
      "Region must be one of: Gulf, Levant, North Africa, East Africa, Central Asia, South Asia, Europe, Other.",
    ]);
  });
  it("ignores parameters that are not filters (the heat map's sort)", () => {
    expect(parseSectorFilters({ sort: "overall", dir: "asc", round: ["2026", "2025"] }).filters).toEqual({ round: 2026 });
    expect(filterParams({ round: 2026, region: "Gulf" })).toEqual({
      round: 2026,
      ownership: undefined,
      sizeBand: undefined,
      region: "Gulf",
    });
  });
});
