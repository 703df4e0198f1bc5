import { describe, expect, it } from "vitest";
import { meyar2026_1, paperCitation } from "../../domain/instrument";
import { publishedReferenceModel, rawSsimReferenceModel } from "../../domain/ism";
import { internalTextIn } from "./internal-text";
import { buildIsmViews } from "./ism-view";

describe("customer-facing text", () => {
  it("cites every study of the instrument as a paper, never by a corpus file", () => {
    for (const s of meyar2026_1.sources) {
      const c = paperCitation(s.id);
      expect(internalTextIn(c), c).toEqual([]);
      expect(c.length).toBeGreaterThan(40);
    }
    expect(paperCitation("001")).toBe(
      "Azimi, S. M., Aria, K., & Jalali, S. M. (2023). Designing a Customer Interaction Model with an Emphasis on Electronic " +
        "Customer Relationship Management in Digital Banking. International Journal of Innovation Management and Organizational " +
        "Behavior, 3(4), 53-59. https://doi.org/10.61838/kman.ijimob.3.4.7",
    );
  });

  it("says so when a study's text does not give its authors, instead of naming a file", () => {
    expect(paperCitation("002")).toMatch(/^\[Developing a digital customer experience management model in the banking sector\]\./);
    expect(paperCitation("002")).toContain("does not state the authors");
  });

  it("the patterns catch what used to leak", () => {
    // Assembled here so that the leaked strings themselves never stand in the source as text.
    const leaks = [
      `${["001", "d0352c03f9236f94"].join("_")}.${"txt"} (Azimi 2023)`,
      `cited as ${"seed"} file 000_b879257a825c0383`,
      `set SMTP_URL in ${"."}env.example`,
      `see ${"docs"}/ISM.md`,
    ];
    for (const leak of leaks) expect(internalTextIn(leak), leak).not.toEqual([]);
    expect(internalTextIn("Azimi, Aria & Jalali (2023), https://doi.org/10.61838/kman.ijimob.3.4.7")).toEqual([]);
  });

  it("the reference models' notes and caveats are customer words", () => {
    for (const model of [publishedReferenceModel(), rawSsimReferenceModel()]) {
      const { ism } = buildIsmViews(model, meyar2026_1, () => undefined);
      const texts = [...ism.notes, ism.caveat, JSON.stringify(ism.about ?? {})];
      for (const text of texts) expect(internalTextIn(text), text).toEqual([]);
    }
  });
});
