import { describe, expect, it } from "vitest";
import { createOrganizationSchema, slugSchema } from "../../lib/features/org/validation.ts";
import { signUpSchema } from "../../lib/platform/validation/account.ts";
import { parseDatabaseUrl } from "../../lib/platform/db/database-url.ts";
import { hasRole } from "../../lib/platform/access/roles.ts";
import { CLIENT_IP_HEADER, clientIpFrom, proxyTrustFromEnv, resolveClientIp, settleClientIp } from "../../lib/platform/http/client-ip.ts";

describe("organisation web addresses", () => {
  it.each([
    ["atlas-bank", true],
    ["bank2", true],
    ["ab", false],
    ["Atlas Bank", false],
    ["atlas--bank", false],
    ["-atlas", false],
    ["sign-in", false],
    ["api", false],
    ["a".repeat(49), false],
  ])("%s → %s", (slug, valid) => {
    expect(slugSchema.safeParse(slug).success).toBe(valid);
  });

  it("normalises case and spaces", () => {
    expect(slugSchema.parse("  Atlas-Bank ")).toBe("atlas-bank");
  });
});

describe("creating an organisation", () => {
  it("requires a bank's peer-group profile but not a regulator's", () => {
    const bank = createOrganizationSchema.safeParse({ name: "Atlas", slug: "atlas", kind: "BANK" });
    expect(bank.success).toBe(false);
    expect(bank.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["ownership", "region", "sizeBand"]);
    expect(createOrganizationSchema.safeParse({ name: "Supervisor", slug: "supervisor", kind: "REGULATOR" }).success).toBe(true);
  });

  it("rejects an unknown kind with a message", () => {
    const r = createOrganizationSchema.safeParse({ name: "X Corp", slug: "x-corp", kind: "HEDGE_FUND" });
    expect(r.error?.issues[0]?.message).toBe("Choose the kind of organisation.");
  });
});

describe("sign-up passwords", () => {
  const base = { name: "Dana", email: "dana@bank.example" };
  it.each([
    ["short", "Use at least 12 characters."],
    ["password1234", "That password is too common; choose another."],
    ["aaaaaaaaaaaaaa", "Use more different characters."],
    ["my dana password!", "Your password must not contain your name or e-mail."],
  ])("%s is refused", (password, message) => {
    const r = signUpSchema.safeParse({ ...base, password });
    expect(r.error?.issues.map((i) => i.message)).toContain(message);
  });

  it("accepts a long passphrase", () => {
    expect(signUpSchema.safeParse({ ...base, password: "correct horse battery staple" }).success).toBe(true);
  });
});

describe("database URLs", () => {
  it.each([
    ["file:.data/pglite", { kind: "pglite", dataDir: ".data/pglite" }],
    ["memory:", { kind: "pglite", dataDir: undefined }],
    ["postgresql://u@h:5432/db", { kind: "postgres", url: "postgresql://u@h:5432/db" }],
  ])("%s", (url, target) => {
    expect(parseDatabaseUrl(url)).toEqual(target);
  });

  it("names the accepted schemes for anything else, without echoing credentials", () => {
    expect(() => parseDatabaseUrl("mysql://root:secret@h/db")).toThrow(/postgres:\/\/.*file:.*memory:/);
    expect(() => parseDatabaseUrl("mysql://root:secret@h/db")).not.toThrow(/secret/);
  });
});

describe("role ladder", () => {
  it("orders owner > admin > analyst > viewer", () => {
    expect(hasRole("OWNER", "ADMIN")).toBe(true);
    expect(hasRole("ADMIN", "OWNER")).toBe(false);
    expect(hasRole("ANALYST", "VIEWER")).toBe(true);
    expect(hasRole("VIEWER", "ANALYST")).toBe(false);
  });
});

describe("client address for rate limits", () => {
  const off = { trustProxy: false, hops: 1 };
  it("ignores forwarded headers unless the proxy is trusted: the connection's address counts", () => {
    expect(resolveClientIp("203.0.113.7, 10.0.0.1", "198.51.100.9", off)).toBe("198.51.100.9");
    expect(resolveClientIp(undefined, "::ffff:198.51.100.9", off)).toBe("198.51.100.9");
  });
  it("behind trusted proxies takes the entry TRUST_PROXY_HOPS from the right, never a client-written one", () => {
    // client wrote 1.2.3.4; our one proxy (socket 10.0.0.1) appended the address it saw, 203.0.113.7.
    expect(resolveClientIp("1.2.3.4, 203.0.113.7", "10.0.0.1", { trustProxy: true, hops: 1 })).toBe("203.0.113.7");
    expect(resolveClientIp("1.2.3.4, 203.0.113.7, 10.0.0.2", "10.0.0.1", { trustProxy: true, hops: 2 })).toBe("203.0.113.7");
  });
  it("settles the address into one header and drops the client's claims when untrusted", () => {
    const headers: Record<string, string | string[] | undefined> = {
      "x-forwarded-for": "6.6.6.6",
      "x-real-ip": "6.6.6.6",
      [CLIENT_IP_HEADER]: "6.6.6.6",
    };
    settleClientIp(headers, "198.51.100.9", off);
    expect(headers).toMatchObject({ "x-forwarded-for": "198.51.100.9", [CLIENT_IP_HEADER]: "198.51.100.9" });
    expect(headers["x-real-ip"]).toBeUndefined();
    expect(clientIpFrom(new Headers({ [CLIENT_IP_HEADER]: "198.51.100.9", "x-forwarded-for": "6.6.6.6" }))).toBe("198.51.100.9");
  });
  it("reads TRUST_PROXY as off by default", () => {
    expect(proxyTrustFromEnv({} as NodeJS.ProcessEnv)).toEqual({ trustProxy: false, hops: 1 });
    expect(proxyTrustFromEnv({ TRUST_PROXY: "true", TRUST_PROXY_HOPS: "2" } as unknown as NodeJS.ProcessEnv)).toEqual({
      trustProxy: true,
      hops: 2,
    });
  });
});
