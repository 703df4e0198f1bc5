import { describe, expect, it } from "vitest";
import { ConfigError, demoDataWanted, parseEnv } from "./env.ts";

describe("configuration (lib/platform/env.ts)", () => {
  it("accepts an empty environment and a complete valid one", () => {
    expect(parseEnv({})).toEqual({});
    const e = parseEnv({
      DATABASE_URL: "postgresql://u@h:5432/db",
      APP_URL: "https://meyar.example.com",
      SMTP_PORT: "587",
      MEYAR_DEFAULT_PLAN: "free",
      PATH: "/usr/bin",
    });
    expect(e).toEqual({
      DATABASE_URL: "postgresql://u@h:5432/db",
      APP_URL: "https://meyar.example.com",
      SMTP_PORT: "587",
      MEYAR_DEFAULT_PLAN: "free",
    });
  });

  it("names each bad variable and never its value", () => {
    const secret = "sk_live_SHOULD_NOT_APPEAR";
    let message = "";
    try {
      parseEnv({ DATABASE_URL: `mysql://root:${secret}@h/db`, AUTH_SECRET: "short", SMTP_PORT: "five" });
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    expect(message).toContain("DATABASE_URL must start with postgresql://");
    expect(message).toContain("AUTH_SECRET must be at least 16 characters");
    expect(message).toContain("SMTP_PORT must be a whole number");
    expect(message).not.toContain(secret);
    expect(message).not.toContain("short");
  });

  it("treats blank values as unset", () => {
    expect(parseEnv({ APP_URL: "  ", MEYAR_DEMO_DATA: "" })).toEqual({});
  });

  it("seeds demo data by default only on the embedded database", () => {
    expect(demoDataWanted(parseEnv({}))).toBe(true);
    expect(demoDataWanted(parseEnv({ DATABASE_URL: "file:.data/x" }))).toBe(true);
    expect(demoDataWanted(parseEnv({ DATABASE_URL: "file:.data/x", MEYAR_DEMO_DATA: "false" }))).toBe(false);
    expect(demoDataWanted(parseEnv({ DATABASE_URL: "postgresql://u@h/db" }))).toBe(false);
    expect(demoDataWanted(parseEnv({ DATABASE_URL: "postgresql://u@h/db", MEYAR_DEMO_DATA: "true" }))).toBe(true);
  });
});
