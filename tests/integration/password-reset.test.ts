// Password reset by e-mail (single use, expiry, the same answer for unknown addresses, limits, every
// session ended) and e-mail verification before joining by invitation — on a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  issuePasswordResetToken,
  requestPasswordReset,
  RESET_REQUESTED_MESSAGE,
  RESET_REQUESTS_PER_ACCOUNT,
  RESET_REQUESTS_PER_IP,
  RESET_TTL_MS,
  resetLinkState,
  resetPassword,
} from "../../lib/platform/auth/password-reset.ts";
import { createSession, userOfSession } from "../../lib/platform/auth/sessions.ts";
import { beginSignIn } from "../../lib/platform/auth/sign-in.ts";
import { createMailer } from "../../lib/platform/mail/mailer.ts";
import type { SessionUser } from "../../lib/platform/access/access.ts";
import { startSmtpSink } from "./support/smtp-sink.ts";
import {
  confirmEmail,
  emailConfirmedForInvitations,
  sendEmailVerification,
  VERIFICATION_SENDS_PER_ACCOUNT,
  VERIFICATION_TTL_MS,
} from "../../lib/platform/auth/email-verification.ts";
import { acceptInvitation } from "../../lib/features/org/invitations.ts";
import { hashToken, newToken } from "../../lib/platform/security/tokens.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";
import { at, account, tokenFromMail, waitFor } from "./support/accounts.ts";

describe.each(enginesUnderTest())("password reset and e-mail verification on %s", (engine) => {
  let t: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    smtp = await startSmtpSink();
  });
  afterAll(async () => {
    await smtp?.stop();
    await t?.dispose();
  });

  describe("password reset by e-mail", () => {
    let dana: SessionUser;
    const mailer = () => createMailer({ SMTP_URL: smtp.url });
    beforeAll(async () => {
      dana = await account(t.db, "Dana Karimi", "dana@bank.example", "correct horse battery");
    });

    it("answers the same for an address with and without an account, and mails only the real one", async () => {
      const deliveries: Promise<void>[] = [];
      const deps = { mailer: mailer(), onDelivery: (d: Promise<void>) => deliveries.push(d) };
      const known = await requestPasswordReset(t.db, { email: "Dana@Bank.example" }, "192.0.2.10", deps);
      const unknown = await requestPasswordReset(t.db, { email: "nobody@bank.example" }, "192.0.2.10", deps);
      expect(known).toEqual({ ok: true, data: undefined, message: RESET_REQUESTED_MESSAGE });
      expect(unknown).toEqual(known);
      await Promise.all(deliveries);
      await waitFor(() => smtp.received.length >= 1);
      expect(smtp.received.map((m) => m.to)).toEqual([["dana@bank.example"]]);
      // Only a hash of the token is stored.
      const token = tokenFromMail(smtp.received[0]!.raw);
      const rows = await t.db.passwordResetToken.findMany({ where: { userId: dana.id } });
      expect(rows).toHaveLength(1);
      expect(rows[0]!.tokenHash).not.toContain(token);
      expect(JSON.stringify(rows)).not.toContain(token);
      expect(await t.db.auditEvent.count({ where: { actorUserId: dana.id, action: "auth.password-reset-requested" } })).toBe(1);
    });

    it("sets the new password once, ends every session, and refuses the same link a second time", async () => {
      const token = tokenFromMail(smtp.received[0]!.raw);
      const sid = await createSession(t.db, dana.id, { userAgent: "laptop" });
      const claims = { uid: dana.id, sv: 0, sid };
      expect(await userOfSession(t.db, claims)).not.toBeNull();
      expect(await resetLinkState(t.db, token)).toBe("valid");
      // A weak password is refused and the link stays usable.
      expect(await resetPassword(t.db, { token, newPassword: "password1234" }, null)).toMatchObject({ ok: false, status: 422 });
      expect(await resetPassword(t.db, { token, newPassword: "lantern orchard tidal" }, "192.0.2.10")).toMatchObject({ ok: true });
      expect(await userOfSession(t.db, claims)).toBeNull();
      expect(await t.db.session.count({ where: { userId: dana.id, revokedAt: null } })).toBe(0);
      expect(await resetPassword(t.db, { token, newPassword: "another long passphrase" }, null)).toMatchObject({ ok: false, status: 410 });
      expect(await resetLinkState(t.db, token)).toBe("invalid");
      expect((await beginSignIn(t.db, { email: "dana@bank.example", password: "correct horse battery" }, null)).ok).toBe(false);
      expect((await beginSignIn(t.db, { email: "dana@bank.example", password: "lantern orchard tidal" }, null)).ok).toBe(true);
      expect(await t.db.auditEvent.findFirst({ where: { actorUserId: dana.id, action: "auth.password-reset" } })).toMatchObject({
        detail: { via: "e-mail", ip: "192.0.2.10" },
      });
    });

    it("refuses an expired link and a link replaced by a newer one", async () => {
      const old = await issuePasswordResetToken(t.db, dana.id, { ttlMs: RESET_TTL_MS, now: at(0) });
      expect(await resetPassword(t.db, { token: old, newPassword: "copper meadow violin" }, null, at(RESET_TTL_MS + 1))).toMatchObject({
        ok: false,
        status: 410,
      });
      const first = await issuePasswordResetToken(t.db, dana.id, { ttlMs: RESET_TTL_MS });
      const second = await issuePasswordResetToken(t.db, dana.id, { ttlMs: RESET_TTL_MS });
      expect(await resetPassword(t.db, { token: first, newPassword: "copper meadow violin" }, null)).toMatchObject({ status: 410 });
      expect(await resetPassword(t.db, { token: second, newPassword: "copper meadow violin" }, null)).toMatchObject({ ok: true });
      expect(await resetPassword(t.db, { token: "x".repeat(43), newPassword: "copper meadow violin" }, null)).toMatchObject({
        status: 410,
      });
    });

    it("stops mailing one account after its limit, with the same answer, and limits one client address openly", async () => {
      await t.db.rateLimitBucket.deleteMany({ where: { key: { startsWith: "password-reset:" } } });
      const before = smtp.received.length;
      const deliveries: Promise<void>[] = [];
      const deps = { mailer: mailer(), onDelivery: (d: Promise<void>) => deliveries.push(d) };
      const answers = [];
      for (let i = 0; i < RESET_REQUESTS_PER_ACCOUNT.limit + 2; i++) {
        answers.push(await requestPasswordReset(t.db, { email: "dana@bank.example" }, `198.51.100.${i}`, deps));
      }
      await Promise.all(deliveries);
      await waitFor(() => smtp.received.length >= before + RESET_REQUESTS_PER_ACCOUNT.limit);
      await new Promise((r) => setTimeout(r, 200));
      expect(smtp.received.length - before).toBe(RESET_REQUESTS_PER_ACCOUNT.limit);
      for (const a of answers) expect(a).toEqual(answers[0]);

      for (let i = 0; i < RESET_REQUESTS_PER_IP.limit; i++)
        await requestPasswordReset(t.db, { email: `x${i}@nowhere.example` }, "203.0.113.50", deps);
      expect(await requestPasswordReset(t.db, { email: "dana@bank.example" }, "203.0.113.50", deps)).toMatchObject({
        ok: false,
        status: 429,
      });
      expect(await requestPasswordReset(t.db, { email: "someone@nowhere.example" }, "203.0.113.50", deps)).toMatchObject({
        ok: false,
        status: 429,
      });
    });

    it("without e-mail configured, asks the person to go to an owner (for every address alike)", async () => {
      const a = await requestPasswordReset(t.db, { email: "dana@bank.example" }, "192.0.2.77", { mailer: null });
      const b = await requestPasswordReset(t.db, { email: "nobody@bank.example" }, "192.0.2.77", { mailer: null });
      expect(a).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/owner of your organisation/) });
      expect(b).toEqual(a);
    });
  });

  describe("e-mail verification", () => {
    it("mails a single-use confirmation link, limits re-sending, and then lets the person join by invitation", async () => {
      const vera = await account(t.db, "Vera Verify", "vera@bank.example", "saffron lagoon ticket");
      const mailer = createMailer({ SMTP_URL: smtp.url });
      const deliveries: Promise<void>[] = [];
      const deps = { mailer, onDelivery: (d: Promise<void>) => deliveries.push(d) };
      expect(await emailConfirmedForInvitations(t.db, vera.id, true)).toBe(false);
      expect(await emailConfirmedForInvitations(t.db, vera.id, false)).toBe(true);
      const before = smtp.received.length;
      // One at a time, so the e-mails arrive in the order the links were made.
      for (let i = 0; i < VERIFICATION_SENDS_PER_ACCOUNT.limit; i++) {
        expect(await sendEmailVerification(t.db, vera, deps)).toMatchObject({ ok: true });
        await Promise.all(deliveries);
        await waitFor(() => smtp.received.length >= before + i + 1);
      }
      expect(await sendEmailVerification(t.db, vera, deps)).toMatchObject({ ok: false, status: 429 });
      const mails = smtp.received.slice(before).filter((m) => m.to[0] === "vera@bank.example");
      const tokens = mails.map((m) => /\/verify-email\/([A-Za-z0-9_-]{20,})/.exec(m.raw.replace(/=\r?\n/g, ""))?.[1] ?? "");
      // Only the newest link works; it works once.
      expect(await confirmEmail(t.db, tokens[0]!)).toMatchObject({ ok: false, status: 404 });
      const newest = tokens[tokens.length - 1]!;
      expect(await confirmEmail(t.db, newest, new Date(Date.now() + VERIFICATION_TTL_MS + 1000))).toMatchObject({ ok: false });
      expect(await confirmEmail(t.db, newest)).toMatchObject({ ok: true });
      expect(await confirmEmail(t.db, newest)).toMatchObject({ ok: false, status: 404 });
      expect(await emailConfirmedForInvitations(t.db, vera.id, true)).toBe(true);
      expect(await sendEmailVerification(t.db, vera, { mailer })).toMatchObject({
        ok: true,
        message: expect.stringMatching(/already confirmed/),
      });
    });

    it("refuses an invitation to an unconfirmed address while e-mail is on", async () => {
      const org = await t.db.organization.create({ data: { slug: "invite-bank", name: "Invite Bank", kind: "BANK" } });
      const owner = await t.db.user.create({ data: { email: "boss@invite.example", name: "Boss", passwordHash: "x" } });
      const guest = await account(t.db, "Gus Guest", "gus@invite.example", "harvest beacon pillow");
      const token = newToken();
      await t.db.invitation.create({
        data: {
          organizationId: org.id,
          email: "gus@invite.example",
          role: "VIEWER",
          tokenHash: hashToken(token),
          expiresAt: new Date(Date.now() + 86_400_000),
          invitedById: owner.id,
        },
      });
      const saved = process.env.SMTP_URL;
      process.env.SMTP_URL = smtp.url;
      try {
        expect(await acceptInvitation(t.db, guest, token)).toMatchObject({
          ok: false,
          status: 403,
          error: expect.stringMatching(/Confirm your e-mail/),
        });
        expect(await t.db.membership.count({ where: { organizationId: org.id } })).toBe(0);
        await t.db.user.update({ where: { id: guest.id }, data: { emailVerifiedAt: new Date() } });
        expect(await acceptInvitation(t.db, guest, token)).toMatchObject({ ok: true });
      } finally {
        if (saved === undefined) delete process.env.SMTP_URL;
        else process.env.SMTP_URL = saved;
      }
    });
  });
});
