import { describe, expect, it } from "vitest";
import { chooseLocale } from "./choose-locale";

describe("a page request's language", () => {
  it("a link's ?lang= wins and is remembered; then the cookie; then the browser; then English", () => {
    expect(chooseLocale({ langParam: "fa", cookie: "ar", acceptLanguage: "en" })).toEqual({ locale: "fa", chosen: true, remember: "fa" });
    expect(chooseLocale({ langParam: null, cookie: "ar", acceptLanguage: "fa" })).toEqual({ locale: "ar", chosen: true, remember: null });
    expect(chooseLocale({ langParam: null, cookie: undefined, acceptLanguage: "fa-IR,en;q=0.5" })).toEqual({
      locale: "fa",
      chosen: false,
      remember: null,
    });
    expect(chooseLocale({ langParam: null, cookie: undefined, acceptLanguage: "de" })).toEqual({
      locale: "en",
      chosen: false,
      remember: null,
    });
  });

  it("ignores languages it does not have, whatever the source", () => {
    expect(chooseLocale({ langParam: "../../etc", cookie: "xx", acceptLanguage: "ar" })).toEqual({
      locale: "ar",
      chosen: false,
      remember: null,
    });
  });
});
