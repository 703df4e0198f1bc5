import { describe, expect, it } from "vitest";
import { pdfText, wrapLabel } from "./pdf-text.ts";

describe("pdfText", () => {
  it("keeps Windows-1252 text and spells out what Helvetica cannot draw", () => {
    expect(pdfText("Café – “quoted” · 5 €")).toBe("Café – “quoted” · 5 €");
    expect(pdfText("alpha ≥ 0.70 → fine, 2 × 3 − 1")).toBe("alpha >= 0.70 -> fine, 2 × 3 - 1");
    expect(pdfText("α")).toBe("alpha");
    expect(pdfText("中")).toBe("?");
  });
});

describe("wrapLabel", () => {
  it("wraps at word boundaries and shortens what does not fit", () => {
    expect(wrapLabel("Development of return on investment", 16)).toEqual(["Development of", "return on…"]);
    expect(wrapLabel("Training", 16)).toEqual(["Training"]);
    expect(wrapLabel("Structures centred on the customer's digital experience", 30, 2)).toEqual([
      "Structures centred on the",
      "customer's digital experience",
    ]);
  });
});
