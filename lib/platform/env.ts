// The installation's configuration, in one place: every environment variable Meyar reads is declared
// and checked here (documented in .env.example). Modules read `env()` instead of process.env.
// A bad value fails at start (scripts/prepare.ts and scripts/serve.ts call loadEnv() first) with a
// message naming the variable and what it should be — never the value, which may be a secret.
// No "server-only": the scripts that start the server import it outside Next.
import { z } from "zod";
import { parseDomainMap, type DomainMap } from "./sso-domains.ts";

const optional = z.string().trim().optional();
const flag = z.enum(["true", "false"], { error: "must be true or false" }).optional();
const wholeNumber = z.string().trim().regex(/^\d+$/, "must be a whole number").optional();
const httpUrl = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s/]+/, "must be an absolute http(s) URL")
  .optional();

const schema = z
  .object({
    NODE_ENV: optional,
    // Database: unset = embedded PGlite; file:… = PGlite in that folder; postgres(ql)://… = a server.
    DATABASE_URL: z
      .string()
      .trim()
      .regex(/^(postgres(ql)?:\/\/|file:|memory:)/, "must start with postgresql://, postgres://, file: or memory:")
      .optional(),
    // Demo organisations on start: default on for the embedded database only.
    MEYAR_DEMO_DATA: flag,
    MEYAR_SKIP_BUILD: z.enum(["0", "1"], { error: "must be 1 (skip) or 0" }).optional(),
    AUTH_SECRET: z.string().min(16, "must be at least 16 characters (e.g. openssl rand -base64 32)").optional(),
    AUTH_URL: httpUrl,
    APP_URL: httpUrl,
    // Single sign-on (OpenID Connect): on when the issuer, client id and client secret are all set.
    AUTH_OIDC_ISSUER: z
      .string()
      .trim()
      .regex(
        /^(https:\/\/[^\s/]+|http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$))/,
        "must be the identity provider's https:// issuer URL (http:// only on 127.0.0.1 or localhost, for tests)",
      )
      .optional(),
    AUTH_OIDC_CLIENT_ID: optional,
    AUTH_OIDC_CLIENT_SECRET: z.string().optional(),
    AUTH_OIDC_NAME: z.string().trim().max(60, "must be at most 60 characters").optional(),
    AUTH_OIDC_DOMAINS: z
      .string()
      .trim()
      .superRefine((v, ctx) => {
        const parsed = parseDomainMap(v);
        if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.problem });
      })
      .optional(),
    TRUST_PROXY: z.enum(["true", "false", "1", "0"], { error: "must be true or false" }).optional(),
    TRUST_PROXY_HOPS: wholeNumber,
    SMTP_URL: z
      .string()
      .trim()
      .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
      .optional(),
    SMTP_HOST: optional,
    SMTP_PORT: wholeNumber,
    SMTP_SECURE: flag,
    SMTP_USER: optional,
    SMTP_PASSWORD: z.string().optional(),
    SMTP_ALLOW_SELF_SIGNED: flag,
    MAIL_FROM: optional,
    PORT: wholeNumber,
    BIND_ADDRESS: optional,
    MEYAR_WORKERS: wholeNumber,
    // Seconds between two looks at the job queue (reminders, closing dates) in each server process; 0: none here.
    MEYAR_JOBS_POLL_SECONDS: wholeNumber,
    MEYAR_BENCHMARK_MIN_PEERS: wholeNumber,
    MEYAR_DEFAULT_PLAN: z
      .enum(["free", "professional", "consultancy", "regulator", "unlimited"], {
        error: "must be free, professional, consultancy, regulator or unlimited",
      })
      .optional(),
    MEYAR_BILLING_GRACE_DAYS: wholeNumber,
    STRIPE_SECRET_KEY: optional,
    STRIPE_WEBHOOK_SECRET: optional,
    STRIPE_PRICE_PROFESSIONAL: optional,
    STRIPE_PRICE_CONSULTANCY: optional,
    STRIPE_PRICE_REGULATOR: optional,
    STRIPE_API_HOST: optional,
    STRIPE_API_PORT: wholeNumber,
    STRIPE_API_PROTOCOL: z.enum(["http", "https"], { error: "must be http or https" }).optional(),
    E2E_PORT: wholeNumber,
  })
  .superRefine((e, ctx) => {
    const oidc = ["AUTH_OIDC_ISSUER", "AUTH_OIDC_CLIENT_ID", "AUTH_OIDC_CLIENT_SECRET"] as const;
    const set = oidc.filter((k) => e[k] !== undefined);
    if (set.length > 0 && set.length < oidc.length) {
      for (const k of oidc.filter((k) => e[k] === undefined))
        ctx.addIssue({ code: "custom", path: [k], message: `must be set with ${set.join(" and ")} (single sign-on needs all three)` });
    }
    // The redirect URI registered at the identity provider is AUTH_URL/api/auth/callback/oidc: fixed by
    // the operator, never derived from a request's Host header.
    if (set.length === oidc.length && e.AUTH_URL === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_URL"],
        message:
          "must be set when single sign-on is on (the public URL; the identity provider redirects to AUTH_URL/api/auth/callback/oidc)",
      });
    if (set.length === oidc.length && e.AUTH_OIDC_DOMAINS === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_OIDC_DOMAINS"],
        message: "must be set when single sign-on is on: which e-mail domains may sign in, into which organisation, with which role",
      });
  });

export type Env = z.output<typeof schema>;
export const ENV_NAMES = Object.keys(schema.shape) as (keyof Env)[];

export class ConfigError extends Error {}

/** Checks a set of variables (blank counts as unset). Throws ConfigError naming each bad variable. */
export function parseEnv(raw: Record<string, string | undefined>): Env {
  const present = Object.fromEntries(ENV_NAMES.map((k) => [k, raw[k]]).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])} ${i.message}`);
  throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join("\n")}`);
}

let cache: { key: string; env: Env } | undefined;

/**
 * The configuration. Read and checked once; read again only when the process changed a variable
 * since (scripts/prepare.ts generates AUTH_SECRET; tests set billing or mail variables).
 */
export function env(): Env {
  const key = ENV_NAMES.map((k) => process.env[k] ?? "").join("\u0000");
  if (cache?.key !== key) cache = { key, env: Object.freeze(parseEnv(process.env)) };
  return cache.env;
}

/** At start: the configuration, or the message and exit code 1. */
export function loadEnv(): Env {
  try {
    return env();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}

/** True when the database is the embedded one (PGlite), i.e. DATABASE_URL is unset or file:…. */
export function embeddedDatabase(e: Env = env()): boolean {
  return !/^postgres(ql)?:\/\//.test(e.DATABASE_URL ?? "");
}

/** Demo data: on for the embedded database unless MEYAR_DEMO_DATA=false; on PostgreSQL only when true. */
export function demoDataWanted(e: Env = env()): boolean {
  return e.MEYAR_DEMO_DATA ? e.MEYAR_DEMO_DATA === "true" : embeddedDatabase(e);
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the sign-in button: "Sign in with <name>". */
  name: string;
  domains: DomainMap;
}

/** Single sign-on, when the operator configured it (issuer, client id, client secret and domains), else null. */
export function oidcSettings(e: Env = env()): OidcSettings | null {
  if (!e.AUTH_OIDC_ISSUER || !e.AUTH_OIDC_CLIENT_ID || !e.AUTH_OIDC_CLIENT_SECRET || !e.AUTH_OIDC_DOMAINS) return null;
  const parsed = parseDomainMap(e.AUTH_OIDC_DOMAINS);
  if (!parsed.ok) return null; // unreachable: parseEnv refused it
  return {
    issuer: e.AUTH_OIDC_ISSUER,
    clientId: e.AUTH_OIDC_CLIENT_ID,
    clientSecret: e.AUTH_OIDC_CLIENT_SECRET,
    name: e.AUTH_OIDC_NAME || "single sign-on",
    domains: parsed.domains,
  };
}

/** How often each server process looks for due jobs, in milliseconds; null when this instance runs none. */
export function jobsPollMs(e: Env = env()): number | null {
  const seconds = e.MEYAR_JOBS_POLL_SECONDS === undefined ? 30 : Number(e.MEYAR_JOBS_POLL_SECONDS);
  return seconds > 0 ? seconds * 1000 : null;
}
