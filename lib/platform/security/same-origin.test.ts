import { describe, expect, test } from "vitest";
import { isSameOriginRequest, originFacts } from "./same-origin";

const facts = (over: Partial<Parameters<typeof isSameOriginRequest>[0]>) => ({
  method: "POST",
  host: "meyar.example",
  origin: null,
  secFetchSite: null,
  ...over,
});

describe("same-origin check for state-changing requests", () => {
  test.each([
    ["a GET from anywhere", facts({ method: "GET", origin: "https://evil.example", secFetchSite: "cross-site" }), true],
    ["a POST from our own page", facts({ secFetchSite: "same-origin", origin: "https://meyar.example" }), true],
    ["a POST from another site", facts({ secFetchSite: "cross-site", origin: "https://evil.example" }), false],
    ["a POST from a sibling subdomain", facts({ secFetchSite: "same-site", origin: "https://x.meyar.example" }), false],
    ["an older browser's POST with our Origin", facts({ origin: "https://meyar.example" }), true],
    ["an older browser's POST with a foreign Origin", facts({ origin: "https://evil.example" }), false],
    ["a POST with neither header", facts({}), false],
    ["a POST with a garbage Origin", facts({ origin: "not a url" }), false],
    ["a DELETE from another site", facts({ method: "delete", secFetchSite: "cross-site" }), false],
  ])("%s", (_label, input, allowed) => {
    expect(isSameOriginRequest(input)).toBe(allowed);
  });

  test("reads the facts from a request, preferring the forwarded host", () => {
    const request = new Request("http://internal:3000/api/x", {
      method: "POST",
      headers: { host: "internal:3000", "x-forwarded-host": "meyar.example", origin: "https://meyar.example" },
    });
    expect(originFacts(request)).toEqual({ method: "POST", host: "meyar.example", origin: "https://meyar.example", secFetchSite: null });
    expect(isSameOriginRequest(originFacts(request))).toBe(true);
  });
});
