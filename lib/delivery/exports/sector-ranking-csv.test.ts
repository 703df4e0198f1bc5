import { describe, expect, it } from "vitest";
import { rankingCsv } from "./sector-ranking-csv";
import type { SectorRow, SectorView } from "../../features/supervision/sector-view";

const row = (over: Partial<SectorRow>): SectorRow => ({
  rank: 1,
  slug: "a",
  name: "A Bank",
  overall: 3.456,
  level: 4,
  levelName: "Managed",
  previous: { round: 2025, overall: 3.2 },
  change: 0.256,
  laggard: false,
  laggardReason: null,
  ...over,
});

function view(ranking: SectorRow[]): SectorView {
  return {
    frameworkVersion: "meyar-2026.1",
    round: 2026,
    rounds: [2026, 2025],
    reporting: ranking.length,
    filters: {},
    matching: ranking.length,
    ranking,
    missing: [],
    metrics: [],
    overallQ1: null,
    scored: [],
  };
}

describe("ranking CSV", () => {
  it("has a header, one line per institution, two decimals and CRLF line ends", () => {
    const csv = rankingCsv(
      view([
        row({}),
        row({
          rank: 2,
          slug: "b",
          name: "B Bank",
          overall: 2.1,
          level: 2,
          levelName: "Developing",
          previous: null,
          change: null,
          laggard: true,
          laggardReason: "level 2 Developing; bottom quartile of the sector",
        }),
      ]),
    );
    expect(csv.split("\r\n")).toEqual([
      "rank,institution,round,overall,level,previous_round,previous_overall,change,laggard,laggard_reason",
      "1,A Bank,2026,3.46,4 Managed,2025,3.20,0.26,no,",
      "2,B Bank,2026,2.10,2 Developing,,,,yes,level 2 Developing; bottom quartile of the sector",
      "",
    ]);
  });
  it("quotes commas and quotes, and defuses spreadsheet formulas in names", () => {
    const csv = rankingCsv(
      view([row({ name: 'Bank "One", Ltd' }), row({ rank: 2, name: '=HYPERLINK("x")' }), row({ rank: 3, name: "-1+2" })]),
    );
    const lines = csv.split("\r\n");
    expect(lines[1]).toContain('"Bank ""One"", Ltd"');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[3]).toContain(",'-1+2,");
  });
});
