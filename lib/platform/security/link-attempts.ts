// Personal links (respondent questionnaires, invitations) are 256-bit secrets, so guessing one is
// hopeless; still, a client that keeps presenting bad links is probing, and is slowed down: after
// BAD_LINKS_PER_IP misses in the window, every link lookup from that address answers "too many".
// Only misses count, so fifty colleagues answering from one office address are never throttled.
import "server-only";
import type { Db } from "../db/connect.ts";
import { hitRateLimit, type RateLimitRule } from "./rate-limit.ts";

export const BAD_LINKS_PER_IP: RateLimitRule = { limit: 30, windowSeconds: 15 * 60 };

export type LinkLookup<T> = { status: "found"; value: T } | { status: "missing" } | { status: "limited"; retryAfterSeconds: number };

export async function lookUpLink<T>(db: Db, clientIp: string | null, lookup: () => Promise<T | null>): Promise<LinkLookup<T>> {
  const key = clientIp ? `bad-link:ip:${clientIp}` : null;
  if (key) {
    const bucket = await db.rateLimitBucket.findUnique({ where: { key } });
    const resetAt = bucket ? bucket.windowStart.getTime() + BAD_LINKS_PER_IP.windowSeconds * 1000 : 0;
    if (bucket && bucket.count >= BAD_LINKS_PER_IP.limit && resetAt > Date.now()) {
      return { status: "limited", retryAfterSeconds: Math.ceil((resetAt - Date.now()) / 1000) };
    }
  }
  const value = await lookup();
  if (value !== null) return { status: "found", value };
  if (key) await hitRateLimit(db, key, BAD_LINKS_PER_IP);
  return { status: "missing" };
}

export const TOO_MANY_BAD_LINKS = "Too many invalid links were tried from your network. Please wait a few minutes, then use the link you were sent.";
