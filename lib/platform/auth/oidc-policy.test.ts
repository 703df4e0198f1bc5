import { describe, expect, it } from "vitest";
import { decideOidcSignIn, parseDomainMap, type DomainMap } from "./oidc-policy.ts";
import { ConfigError, oidcSettings, parseEnv } from "../env.ts";

function domains(raw: string): DomainMap {
  const parsed = parseDomainMap(raw);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.domains;
}

describe("SSO domain mapping (AUTH_OIDC_DOMAINS)", () => {
  it("reads domain=slug:ROLE entries, case- and space-tolerant", () => {
    const map = domains(" Atlas-Bank.example = atlas-bank : analyst ,nile.example=nile-bank:VIEWER,");
    expect([...map]).toEqual([
      ["atlas-bank.example", { organizationSlug: "atlas-bank", role: "ANALYST" }],
      ["nile.example", { organizationSlug: "nile-bank", role: "VIEWER" }],
    ]);
  });

  it.each([
    ["", /comma-separated/],
    ["atlas-bank.example", /entry 1 must be/],
    ["atlas-bank.example=atlas-bank", /entry 1 must be/],
    ["atlas-bank.example=atlas-bank:OWNER", /OWNER cannot be a default role/],
    ["atlas-bank.example=atlas-bank:SUPERUSER", /ADMIN, ANALYST or VIEWER/],
    ["not a domain=atlas-bank:VIEWER", /entry 1 must be/],
    ["localhost=atlas-bank:VIEWER", /not a valid e-mail domain/],
    ["atlas-bank.example=Atlas_Bank:VIEWER", /lowercase letters, digits and hyphens/],
    ["a.example=a:VIEWER,A.example=b:ADMIN", /entry 2: the domain is mapped twice/],
  ])("refuses %j", (raw, problem) => {
    const parsed = parseDomainMap(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });
});

describe("may this identity provider profile sign in?", () => {
  const map = domains("atlas-bank.example=atlas-bank:ANALYST");
  const profile = { sub: "00u1", email: "Ana.New@Atlas-Bank.example", email_verified: true, name: "Ana New" };

  it("accepts a verified address of a mapped domain, as that address in lower case, with the mapping", () => {
    expect(decideOidcSignIn(profile, map)).toEqual({
      ok: true,
      subject: "00u1",
      email: "ana.new@atlas-bank.example",
      name: "Ana New",
      domain: "atlas-bank.example",
      mapping: { organizationSlug: "atlas-bank", role: "ANALYST" },
    });
  });

  it.each([["true"], [1], [undefined], [false], [null]])("refuses email_verified=%j (only the boolean true counts)", (v) => {
    expect(decideOidcSignIn({ ...profile, email_verified: v }, map)).toEqual({
      ok: false,
      reason: "unverified",
      domain: "atlas-bank.example",
    });
  });

  it("refuses a domain that is not mapped, including a subdomain and a look-alike", () => {
    for (const email of ["eve@foreign.example", "eve@hr.atlas-bank.example", "eve@atlas-bank.example.evil", "eve@xatlas-bank.example"]) {
      expect(decideOidcSignIn({ ...profile, email }, map)).toMatchObject({ ok: false, reason: "domain" });
    }
  });

  it("refuses a profile without a subject or a usable address", () => {
    expect(decideOidcSignIn({ ...profile, sub: undefined }, map)).toEqual({ ok: false, reason: "no-email" });
    expect(decideOidcSignIn({ ...profile, email: undefined }, map)).toEqual({ ok: false, reason: "no-email" });
    expect(decideOidcSignIn({ ...profile, email: "ana@b@atlas-bank.example" }, map)).toEqual({ ok: false, reason: "no-email" });
  });

  it("names the person from the profile, else from the address", () => {
    const { name: _n, ...nameless } = profile;
    expect(decideOidcSignIn({ ...nameless, given_name: "Ana", family_name: "New" }, map)).toMatchObject({ name: "Ana New" });
    expect(decideOidcSignIn({ ...nameless, preferred_username: "anew" }, map)).toMatchObject({ name: "anew" });
    expect(decideOidcSignIn(nameless, map)).toMatchObject({ name: "ana.new" });
  });
});

describe("SSO settings in the environment", () => {
  const complete = {
    AUTH_OIDC_ISSUER: "https://login.atlas-bank.example/realms/staff",
    AUTH_OIDC_CLIENT_ID: "meyar",
    AUTH_OIDC_CLIENT_SECRET: "s3cr3t-VALUE-never-shown",
    AUTH_OIDC_DOMAINS: "atlas-bank.example=atlas-bank:ANALYST",
    AUTH_URL: "https://meyar.atlas-bank.example",
  };
  const problems = (raw: Record<string, string>) => {
    try {
      parseEnv(raw);
      return "";
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return (e as Error).message;
    }
  };

  it("is off unless issuer, client id, client secret and domains are all set", () => {
    expect(oidcSettings(parseEnv({}))).toBeNull();
    const on = oidcSettings(parseEnv({ ...complete, AUTH_OIDC_NAME: "Atlas SSO" }));
    expect(on).toMatchObject({ issuer: complete.AUTH_OIDC_ISSUER, clientId: "meyar", name: "Atlas SSO" });
    expect(on?.domains.get("atlas-bank.example")).toEqual({ organizationSlug: "atlas-bank", role: "ANALYST" });
    expect(oidcSettings(parseEnv(complete))?.name).toBe("single sign-on");
  });

  it("names what is missing or malformed, never the secret", () => {
    const { AUTH_OIDC_CLIENT_SECRET: _s, ...noSecret } = complete;
    expect(problems(noSecret)).toContain("AUTH_OIDC_CLIENT_SECRET must be set with AUTH_OIDC_ISSUER and AUTH_OIDC_CLIENT_ID");
    const { AUTH_OIDC_DOMAINS: _d, ...noDomains } = complete;
    expect(problems(noDomains)).toContain("AUTH_OIDC_DOMAINS must be set when single sign-on is on");
    const { AUTH_URL: _u, ...noUrl } = complete;
    expect(problems(noUrl)).toContain("AUTH_URL must be set when single sign-on is on");
    const bad = problems({ ...complete, AUTH_OIDC_DOMAINS: "atlas-bank.example=atlas-bank:OWNER" });
    expect(bad).toContain("AUTH_OIDC_DOMAINS entry 1: OWNER cannot be a default role");
    expect(bad).not.toContain(complete.AUTH_OIDC_CLIENT_SECRET);
  });

  it("wants an https issuer, except on loopback for tests", () => {
    expect(problems({ ...complete, AUTH_OIDC_ISSUER: "http://login.atlas-bank.example" })).toContain("AUTH_OIDC_ISSUER must be");
    expect(problems({ ...complete, AUTH_OIDC_ISSUER: "http://127.0.0.1:4100" })).toBe("");
    expect(problems({ ...complete, AUTH_OIDC_ISSUER: "http://127.0.0.1.evil.example" })).toContain("AUTH_OIDC_ISSUER must be");
  });
});
