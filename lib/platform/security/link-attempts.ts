// Personal links (respondent questionnaires, expert studies, invitations) are 256-bit secrets, so
// guessing one is hopeless; still, a client that keeps presenting bad links is probing, and is
// slowed down: after BAD_LINKS_PER_IP misses in the window, a further miss from that address
// answers "too many" (429) instead of "unknown" (404).
// Two rules keep honest people unaffected (docs/SECURITY.md, "Personal links"):
//   - only MISSES count, so fifty colleagues answering from one office address are never throttled;
//   - a VALID link is always served, whatever the address's count: an attacker who shares (or
//     claims, through a forwarded header) a respondent's address cannot lock that respondent out.
// The address comes from lib/platform/http/client-ip.ts, which ignores client-chosen headers
// unless TRUST_PROXY is set, so changing X-Forwarded-For per request does not reset the count.
import "server-only";
import type { Db } from "../db/connect.ts";
import { hitRateLimit, type RateLimitRule } from "./rate-limit.ts";

export const BAD_LINKS_PER_IP: RateLimitRule = { limit: 30, windowSeconds: 15 * 60 };

export type LinkLookup<T> = { status: "found"; value: T } | { status: "missing" } | { status: "limited"; retryAfterSeconds: number };

export async function lookUpLink<T>(db: Db, clientIp: string | null, lookup: () => Promise<T | null>): Promise<LinkLookup<T>> {
  const value = await lookup();
  if (value !== null) return { status: "found", value };
  // Every miss counts, also those from an unknown address (one shared bucket), so that a client
  // whose address cannot be read is not exempt.
  const verdict = await hitRateLimit(db, `bad-link:ip:${clientIp ?? "unknown"}`, BAD_LINKS_PER_IP);
  if (!verdict.allowed) return { status: "limited", retryAfterSeconds: verdict.retryAfterSeconds };
  return { status: "missing" };
}

export const TOO_MANY_BAD_LINKS =
  "Too many invalid links were tried from your network. Please wait a few minutes, then use the link you were sent.";
