import { describe, expect, it } from "vitest";
import { figuresFor } from "./figures";
import { intlTagOf } from "./locales";

describe("figures in each language", () => {
  it("rounds as the English page does, then writes the language's digits and separators", () => {
    const en = figuresFor(intlTagOf("en"));
    const fa = figuresFor(intlTagOf("fa"));
    const ar = figuresFor(intlTagOf("ar"));
    expect([en.score(3.456), fa.score(3.456), ar.score(3.456)]).toEqual(["3.46", "۳٫۴۶", "٣٫٤٦"]);
    expect([en.peerScore(2.84), fa.peerScore(2.84), ar.peerScore(2.84)]).toEqual(["2.8", "۲٫۸", "٢٫٨"]);
    expect([en.index(62.5), fa.index(62.4), ar.share(0.871)]).toEqual(["63", "۶۲", "٨٧٪"]);
    expect(fa.integer(2026)).toBe("۲۰۲۶");
  });

  it("keeps Latin digits on request, the missing mark, and no negative zero", () => {
    expect(figuresFor(intlTagOf("fa", true)).score(3.456)).toBe("3.46");
    expect(figuresFor(intlTagOf("ar", true)).index(83)).toBe("83");
    expect(figuresFor(intlTagOf("fa")).score(null)).toBe("–");
    expect(figuresFor(intlTagOf("fa")).score(-0.004)).toBe("۰٫۰۰");
  });
});
