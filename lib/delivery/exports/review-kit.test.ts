import { describe, expect, it } from "vitest";
import { meyar2026_1, meyar2026_2 } from "../../domain/instrument/index.ts";
import { parseCsv } from "../../platform/http/csv.ts";
import { internalTextIn } from "../../view/results/internal-text.ts";
import { RATING_COLUMN, readReviewKitRatings, reviewKitCsv, reviewKitFileName, ReviewKitError, scoreReviewKit } from "./review-kit.ts";

const HEADER = [
  "framework_version",
  "item_key",
  "module",
  "factor_key",
  "factor",
  "factor_definition",
  "statement",
  "reverse_scored",
  "source_paper",
  "source_construct",
  "source_location",
  "source_passage",
  "source_passage_location",
  "source_basis",
  RATING_COLUMN,
  "comment",
];

/** A copy of the kit as an expert returns it: `rate(itemKey)` in the rating column ("" leaves it empty). */
function filled(rate: (key: string, row: number) => string): string {
  const [header, ...rows] = parseCsv(reviewKitCsv(meyar2026_2));
  const at = header!.indexOf(RATING_COLUMN);
  const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [header!, ...rows.map((r, i) => r.map((c, j) => (j === at ? rate(r[1]!, i) : c)))].map((r) => r.map(quote).join(",")).join("\r\n");
}

describe("content-validity review kit", () => {
  const rows = parseCsv(reviewKitCsv(meyar2026_2));
  const [header, ...body] = rows;
  const cell = (r: string[], name: string) => r[HEADER.indexOf(name)]!;

  it("lists every statement of the version once, with its factor, definition, source and empty rating columns", () => {
    expect(header).toEqual(HEADER);
    expect(body).toHaveLength(189);
    expect(new Set(body.map((r) => cell(r, "item_key"))).size).toBe(189);
    const first = body[0]!;
    expect(cell(first, "item_key")).toBe("cx.macro-digital-policies.1");
    expect(cell(first, "factor")).toBe("Establishment of macro digital policies");
    expect(cell(first, "source_construct")).toBe("the establishment of macro digital policies");
    expect(cell(first, "source_passage")).toContain("medium- and long-term goals");
    expect(cell(first, "source_passage_location")).toBe("Conclusion");
    expect(cell(first, "source_location")).toBe("Abstract, Findings (the six primary categories)");
    expect(cell(first, "source_basis")).toBe("operationalises the quoted passage");
    for (const r of body) {
      expect(cell(r, "framework_version")).toBe("meyar-2026.2");
      expect(cell(r, "statement").length, cell(r, "item_key")).toBeGreaterThan(10);
      expect(cell(r, "factor_definition").length, cell(r, "item_key")).toBeGreaterThan(10);
      expect(["yes", "no"]).toContain(cell(r, "reverse_scored"));
      expect(cell(r, "source_paper").length, cell(r, "item_key")).toBeGreaterThan(40);
      expect(cell(r, "source_construct"), cell(r, "item_key")).not.toBe("");
      expect(cell(r, RATING_COLUMN)).toBe("");
      expect(cell(r, "comment")).toBe("");
    }
    expect(body.filter((r) => cell(r, "reverse_scored") === "yes")).toHaveLength(41);
    expect(body.filter((r) => cell(r, "source_passage") !== "")).toHaveLength(50);
    expect(reviewKitFileName(meyar2026_2)).toBe("content-validity-review-kit-meyar-2026.2.csv");
  });

  it("cites papers, never files, seed numbers or repository paths", () => {
    const csv = reviewKitCsv(meyar2026_2);
    expect(internalTextIn(csv)).toEqual([]);
    expect(csv).not.toMatch(/\bseed\b/i);
    expect(new Set(body.map((r) => cell(r, "source_paper"))).size).toBe(4); // 001, 002, 003, 004
    expect(body.find((r) => cell(r, "item_key") === "ecrm.infrastructure.1")!).toSatisfy((r: string[]) =>
      cell(r, "source_paper").startsWith("Azimi, S. M., Aria, K., & Jalali, S. M. (2023)."),
    );
  });

  it("a version published without statement sources leaves the source columns empty", () => {
    const [, ...older] = parseCsv(reviewKitCsv(meyar2026_1));
    expect(older).toHaveLength(189);
    expect(older.every((r) => cell(r, "source_paper") === "" && cell(r, "source_basis") === "")).toBe(true);
  });

  it("reads filled copies back and scores them: I-CVI, modified kappa, S-CVI/Ave", () => {
    // Three experts. Expert 1 rates everything 4; expert 2 rates the CX statements 2 and the others 3; expert 3 leaves
    // the last statement empty and rates the rest 4.
    const files = [
      { name: "expert-1.csv", csv: filled(() => "4") },
      { name: "expert-2.csv", csv: filled((k) => (k.startsWith("cx.") ? "2" : "3")) },
      { name: "expert-3.csv", csv: filled((_, i) => (i === 188 ? "" : "4")) },
    ];
    const ratings = readReviewKitRatings(meyar2026_2, files);
    expect(ratings[0]).toEqual({ key: "cx.macro-digital-policies.1", ratings: [4, 2, 4] });
    expect(ratings[188]).toEqual({ key: "ckm.community-banking-services.4", ratings: [4, 3, null] });
    const { rows, scale } = scoreReviewKit(meyar2026_2, files);
    const cx = rows.filter((r) => r.itemKey.startsWith("cx."));
    expect(cx).toHaveLength(30);
    for (const r of cx) expect([r.experts, r.relevant, r.iCvi, r.acceptable]).toEqual([3, 2, 2 / 3, false]);
    expect(cx[0]!.modifiedKappa).toBeCloseTo((2 / 3 - 3 / 8) / (1 - 3 / 8), 12); // 0.47
    expect(rows[188]).toMatchObject({ experts: 2, relevant: 2, iCvi: 1, acceptable: true });
    expect(scale.sCviAve).toBeCloseTo((30 * (2 / 3) + 159) / 189, 12);
    expect(scale.sCviUa).toBeCloseTo(159 / 189, 12);
  });

  it("refuses what it cannot read, naming the file and line", () => {
    const bad = (csv: string) => () => readReviewKitRatings(meyar2026_2, [{ name: "e.csv", csv }]);
    expect(bad(filled((_, i) => (i === 3 ? "5" : "4")))).toThrow(/e\.csv, line 5: rating "5" is not 1, 2, 3 or 4/);
    expect(bad("a,b\r\n1,2\r\n")).toThrow(ReviewKitError);
    expect(bad(filled(() => "4").replace("cx.macro-digital-policies.2", "cx.macro-digital-policies.1"))).toThrow(/rated twice/);
    expect(() => readReviewKitRatings(meyar2026_1, [{ name: "e.csv", csv: filled(() => "4") }])).toThrow(/the kit is of meyar-2026.2/);
  });
});
