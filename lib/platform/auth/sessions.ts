// Server-side session records. The JWT cookie carries the record's id (`sid`); every request checks
// that record with one primary-key lookup (joined to the user), so signing out, "sign out
// everywhere", a password change or a deleted account end a session at once, even for a cookie
// copied earlier. lastSeenAt is refreshed at most every few minutes to keep requests cheap.
// The records (user agent, address, created, last seen) are what a sessions list will show.
import "server-only";
import type { Db } from "../db/connect.ts";
import type { SessionUser } from "./session-user.ts";

const LAST_SEEN_RESOLUTION_MS = 5 * 60_000;
const MAX_USER_AGENT = 300;

/** How a browser signed in: with the password (and the account's second factor), or single sign-on. */
export type SignInMethod = "password" | "oidc";

export async function createSession(
  db: Pick<Db, "session">,
  userId: string,
  meta: { userAgent?: string | null; ip?: string | null; method?: SignInMethod },
): Promise<string> {
  const s = await db.session.create({
    data: { userId, userAgent: meta.userAgent?.slice(0, MAX_USER_AGENT) ?? null, ip: meta.ip ?? null, method: meta.method ?? "password" },
    select: { id: true },
  });
  return s.id;
}

export interface SessionClaims {
  uid?: string;
  sv?: number;
  sid?: string;
}

/** The user of a live session, or null (no record, revoked, other user, or older session version). */
export async function userOfSession(db: Db, claims: SessionClaims, now = new Date()): Promise<SessionUser | null> {
  if (!claims.sid || !claims.uid) return null;
  const s = await db.session.findUnique({
    where: { id: claims.sid },
    select: {
      userId: true,
      revokedAt: true,
      lastSeenAt: true,
      method: true,
      user: { select: { id: true, email: true, name: true, sessionVersion: true } },
    },
  });
  if (!s || s.revokedAt || s.userId !== claims.uid || s.user.sessionVersion !== claims.sv) return null;
  if (now.getTime() - s.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.session.updateMany({ where: { id: claims.sid, revokedAt: null }, data: { lastSeenAt: now } });
  }
  const user: SessionUser = { id: s.user.id, email: s.user.email, name: s.user.name };
  return s.method === "oidc" ? { ...user, singleSignOn: true } : user;
}

/** Sign-out: ends this one session. */
export async function revokeSession(db: Db, sid: string | undefined, userId: string | undefined): Promise<void> {
  if (!sid || !userId) return;
  await db.session.updateMany({ where: { id: sid, userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** "Sign out everywhere": ends every session of the account, including ones not yet recorded as seen. */
export async function revokeAllSessions(db: Db, userId: string): Promise<number> {
  const [ended] = await db.$transaction([
    db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } }),
    // Tokens issued before session records existed carry no sid and are refused anyway; the version
    // bump also covers a session created concurrently with this call.
    db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } }),
  ]);
  return ended.count;
}

/** A session cookie lives at most this long without use (Auth.js maxAge), so older records are dead. */
export const SESSION_MAX_IDLE_MS = 8 * 60 * 60_000;

export interface ActiveSession {
  id: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
}

/** The account's live sessions, most recently seen first. Scoped by the user: never another's. */
export async function listActiveSessions(db: Db, userId: string, now: Date = new Date()): Promise<ActiveSession[]> {
  return db.session.findMany({
    where: { userId, revokedAt: null, lastSeenAt: { gt: new Date(now.getTime() - SESSION_MAX_IDLE_MS) } },
    select: { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
    take: 100,
  });
}

/** "Sign out" on one row of the sessions list: true when a live session of this user was ended. */
export async function revokeOwnSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  const { count } = await db.session.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 1) await db.auditEvent.create({ data: { organizationId: null, actorUserId: userId, action: "auth.session-revoked" } });
  return count === 1;
}
