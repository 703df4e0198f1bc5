import { describe, expect, it } from "vitest";
import { chooseLocale } from "./choose-locale";

const on = (pathname: string, langParam: string | null, cookie: string | undefined, acceptLanguage: string | null) =>
  chooseLocale({ pathname, langParam, cookie, acceptLanguage });

describe("a page request's language", () => {
  it("a link's ?lang= is remembered (the proxy then drops it from the address); then the cookie; then the browser; then English", () => {
    expect(on("/respond/abc", "fa", "ar", "en")).toEqual({ kind: "remember", locale: "fa" });
    expect(on("/respond/abc", null, "ar", "fa")).toEqual({ kind: "render", locale: "ar", translated: true });
    expect(on("/respond/abc", null, undefined, "fa-IR,en;q=0.5")).toEqual({ kind: "render", locale: "fa", translated: true });
    expect(on("/respond/abc", null, undefined, "de")).toEqual({ kind: "render", locale: "en", translated: true });
  });

  it("keeps pages that are not translated yet in English, while remembering a link's choice", () => {
    expect(on("/atlas-bank/overview", null, "fa", "fa")).toEqual({ kind: "render", locale: "en", translated: false });
    expect(on("/sign-in", "ar", undefined, null)).toEqual({ kind: "remember", locale: "ar" });
    expect(on("/respond/abc/extra", null, "fa", null)).toEqual({ kind: "render", locale: "en", translated: false });
  });

  it("ignores languages it does not have, whatever the source", () => {
    expect(on("/respond/abc", "../../etc", "xx", "ar")).toEqual({ kind: "render", locale: "ar", translated: true });
  });
});
