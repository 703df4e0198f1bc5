import { describe, expect, it } from "vitest";
import { directionOf, intlTagOf, localeOfTag, negotiateLocale } from "./locales";

describe("languages", () => {
  it("negotiates Accept-Language by quality, then order, among en, fa and ar", () => {
    expect(negotiateLocale("fa-IR,fa;q=0.9,en-US;q=0.8")).toBe("fa");
    expect(negotiateLocale("de-DE,ar;q=0.5,en;q=0.7")).toBe("en");
    expect(negotiateLocale("ar-AE;q=0.9,fr;q=1")).toBe("ar");
    expect(negotiateLocale("de, fr")).toBeNull();
    expect(negotiateLocale("fa;q=0")).toBeNull();
    expect(negotiateLocale(undefined)).toBeNull();
  });

  it("writes Persian with Persian digits and the Solar Hijri calendar, Arabic with Arabic-Indic digits, or Latin digits on request", () => {
    const date = new Date("2026-12-03T12:00:00Z");
    expect(new Intl.NumberFormat(intlTagOf("fa")).format(12.5)).toBe("۱۲٫۵");
    expect(new Intl.DateTimeFormat(intlTagOf("fa"), { year: "numeric", timeZone: "UTC" }).format(date)).toBe("۱۴۰۵");
    expect(new Intl.NumberFormat(intlTagOf("ar")).format(12.5)).toBe("١٢٫٥");
    expect(new Intl.NumberFormat(intlTagOf("fa", true)).format(12.5)).toBe("12.5");
    expect(new Intl.DateTimeFormat(intlTagOf("fa", true), { year: "numeric", timeZone: "UTC" }).format(date)).toBe("1405");
    expect(new Intl.NumberFormat(intlTagOf("ar", true)).format(12.5)).toBe("12.5");
    expect(localeOfTag(intlTagOf("fa"))).toBe("fa");
    expect(localeOfTag("ar-u-nu-arab")).toBe("ar");
    expect(localeOfTag("de-DE")).toBe("en");
  });

  it("reads Persian and Arabic right to left", () => {
    expect([directionOf("en"), directionOf("fa"), directionOf("ar")]).toEqual(["ltr", "rtl", "rtl"]);
  });
});
