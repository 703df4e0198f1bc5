// Fixed-window rate limits kept in the database, so that every app server shares one count.
// A single atomic upsert per hit: concurrent requests cannot both slip under the limit.
import "server-only";
import type { Db } from "../db/connect.ts";

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

export interface RateLimitVerdict {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

// Sign-in limits (docs/SECURITY.md, "Sign-in limits"): attempts per (account, address) and per
// address are refused beyond their limits; an account's failures from ALL addresses shrink every
// address's allowance for that account exponentially, down to one attempt per window, never zero,
// so a stranger elsewhere slows the owner down but cannot lock the owner out.
export const SIGN_IN_PER_ACCOUNT: RateLimitRule = { limit: 10, windowSeconds: 15 * 60 };
export const SIGN_IN_PER_IP: RateLimitRule = { limit: 50, windowSeconds: 15 * 60 };
/** Failures of one account from every address, counted in the same window. */
export const SIGN_IN_ACCOUNT_FAILURES: RateLimitRule = { limit: 10, windowSeconds: 15 * 60 };

/** The attempts one address gets on an account that has `failures` in the window: 10, 5, 2, 1, 1, … */
export function signInAllowance(failures: number): number {
  const over = Math.max(0, failures - SIGN_IN_ACCOUNT_FAILURES.limit);
  return Math.max(1, Math.floor(SIGN_IN_PER_ACCOUNT.limit / 2 ** Math.ceil(over / SIGN_IN_ACCOUNT_FAILURES.limit)));
}

export async function hitRateLimit(db: Db, key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitVerdict> {
  // Timestamps travel as ISO text and are compared in UTC, as Prisma stores them.
  const nowUtc = now.toISOString();
  const cutoff = new Date(now.getTime() - rule.windowSeconds * 1000).toISOString();
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitBucket" (key, count, "windowStart") VALUES (${key}, 1, (${nowUtc}::timestamptz AT TIME ZONE 'UTC'))
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimitBucket"."windowStart" <= (${cutoff}::timestamptz AT TIME ZONE 'UTC') THEN 1 ELSE "RateLimitBucket".count + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= (${cutoff}::timestamptz AT TIME ZONE 'UTC') THEN EXCLUDED."windowStart" ELSE "RateLimitBucket"."windowStart" END
    RETURNING count, ("windowStart" AT TIME ZONE 'UTC') AS "windowStart"`;
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");
  const count = Number(row.count);
  const resetAt = new Date(row.windowStart).getTime() + rule.windowSeconds * 1000;
  return {
    allowed: count <= rule.limit,
    remaining: Math.max(0, rule.limit - count),
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now.getTime()) / 1000)),
  };
}

/** A successful sign-in clears the account's counter so that honest typos do not accumulate. */
export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
