import { describe, expect, it } from "vitest";
import { meyar2026_1 } from "../../domain/instrument";
import { customerCitation, customerText, INTERNAL_TEXT_PATTERNS } from "./customer-text";

describe("customer-facing text", () => {
  it("cites every source of the instrument without a corpus file name", () => {
    for (const s of meyar2026_1.sources ?? []) {
      const c = customerCitation(s.citation);
      for (const p of INTERNAL_TEXT_PATTERNS) expect(c, c).not.toMatch(p);
      expect(c.length).toBeGreaterThan(40);
    }
  });

  it("keeps the paper and drops the file from a model's source line", () => {
    expect(customerCitation("001_d0352c03f9236f94.txt (Azimi, Aria & Jalali 2023, doi:10.61838/kman.ijimob.3.4.7)")).toBe(
      "Azimi, Aria & Jalali 2023, doi:10.61838/kman.ijimob.3.4.7",
    );
    expect(customerText("Table 2 of the paper differs from its SSIM in cell (4,13); see docs/ISM.md.")).toBe(
      "Table 2 of the paper differs from its SSIM in cell (4,13).",
    );
  });
});
