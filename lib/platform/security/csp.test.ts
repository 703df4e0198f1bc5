import { describe, expect, test } from "vitest";
import { contentSecurityPolicy, createNonce } from "./csp";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `) || d === name);

describe("content security policy", () => {
  test("scripts need the nonce; no inline or eval in production; framing is refused", () => {
    const nonce = createNonce();
    const csp = contentSecurityPolicy(nonce);
    expect(directive(csp, "script-src")).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(directive(csp, "script-src")).not.toMatch(/unsafe/);
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
  });

  test("development allows eval for React's debugging aids", () => {
    const csp = contentSecurityPolicy(createNonce(), { development: true });
    expect(directive(csp, "script-src")).toMatch(/'unsafe-eval'$/);
  });

  test("every nonce is fresh and well-formed; a malformed one cannot inject a directive", () => {
    const nonces = new Set(Array.from({ length: 200 }, createNonce));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(() => contentSecurityPolicy("abc'; script-src *")).toThrow(/nonce/);
  });
});
