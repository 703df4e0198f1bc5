// Running an assessment: create it, add respondents, remind, revoke, close, reopen, publish.
import "server-only";
import { defineOrgAction } from "../access/action.ts";
import { fail, ok, type ActionResult } from "../../platform/http/action-result.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { Db } from "../../platform/db/connect.ts";
import type { z } from "zod";
import type { SessionUser } from "../../platform/access/access.ts";
import type { Organization } from "../../platform/db/generated/client.ts";
import { createMailer, type Mailer } from "../../platform/mail/mailer.ts";
import {
  addRespondentsSchema,
  assessmentRefSchema,
  createAssessmentSchema,
  parseRespondentList,
  respondentRefSchema,
} from "./validation.ts";
import { ensureFrameworksStored } from "./framework-store.ts";
import { issueRespondentToken, respondentLanguage, respondentToken, respondentUrl, sendRespondentLink } from "./respondent-links.ts";
import { appBaseUrl } from "../../platform/http/app-url.ts";
import { BelowAnonymityThreshold, writePoolEntryForAssessment } from "./publish-to-pool.ts";
import { checkLimit } from "../entitlements/entitlements.ts";
import { rescheduleAssessmentJobs } from "./schedule.ts";

async function findAssessment(db: Db, organizationId: string, assessmentId: string) {
  return db.assessment.findFirst({ where: { id: assessmentId, organizationId } });
}

/** The bank an assessment is run in. */
export type TargetBank = Pick<Organization, "id" | "name" | "kind" | "defaultLocale">;

/** Who runs it: a member of the bank itself, or a consultancy's member acting through a live grant. */
export interface AssessmentActor {
  user: SessionUser;
  via?: Pick<Organization, "id" | "slug">;
}

/** Whose plan limits apply: the consultancy's when it runs the assessment for a client, else the bank's. */
const payer = (bank: TargetBank, actor: AssessmentActor) => actor.via ?? bank;

function auditDetail(actor: AssessmentActor, detail: Record<string, string | number>) {
  return actor.via ? { ...detail, viaOrganization: actor.via.slug } : detail;
}

/** Creates an assessment in the target bank; the bank-side action and the consultancy portfolio both call this. */
export async function createAssessmentIn(
  db: Db,
  bank: TargetBank,
  actor: AssessmentActor,
  input: z.output<typeof createAssessmentSchema>,
): Promise<ActionResult<{ id: string }>> {
  if (bank.kind !== "BANK") return fail(403, "Assessments are run in a bank's organisation.");
  await ensureFrameworksStored(db);
  const created = await db.$transaction(async (tx) => {
    // Plan limit on open assessments, counted under a lock on the organisation (simultaneous creations).
    await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${bank.id} FOR UPDATE`;
    const overPlan = await checkLimit(
      tx,
      payer(bank, actor),
      "openAssessments",
      (await tx.assessment.count({ where: { organizationId: bank.id, status: "OPEN" } })) + 1,
    );
    if (overPlan) return overPlan;
    const a = await tx.assessment.create({
      data: {
        organizationId: bank.id,
        name: input.name,
        frameworkVersion: input.frameworkVersion,
        modules: input.modules,
        groups: input.groups,
        deadline: input.deadline ?? null,
        createdById: actor.user.id,
        runByOrgId: actor.via?.id ?? null,
      },
    });
    // A closing date given at creation closes the assessment on it (lib/features/assessments/scheduled-jobs.ts).
    if (a.deadline) await rescheduleAssessmentJobs(tx, a, new Date());
    await recordAudit(tx, {
      organizationId: bank.id,
      actorUserId: actor.user.id,
      action: "assessment.created",
      target: a.id,
      detail: auditDetail(actor, { name: a.name }),
    });
    return a;
  });
  if ("ok" in created) return created;
  return ok({ id: created.id }, `${created.name} created.`);
}

export const createAssessment = defineOrgAction({
  name: "assessment.create",
  minRole: "ADMIN",
  mutates: true,
  schema: createAssessmentSchema,
  run: (db, ctx, input) => createAssessmentIn(db, ctx.org, { user: ctx.user }, input),
});

/** Adds respondents to an open assessment of the target bank; shared by the bank and the consultancy portfolio. */
export async function addRespondentsIn(
  db: Db,
  bank: TargetBank,
  actor: AssessmentActor,
  input: z.output<typeof addRespondentsSchema>,
): Promise<ActionResult<{ added: number; skipped: number; emailed: number }>> {
  const assessment = await findAssessment(db, bank.id, input.assessmentId);
  if (!assessment) return fail(404, "That assessment was not found.");
  if (assessment.status !== "OPEN") return fail(409, "This assessment is closed; reopen it to add respondents.");
  const parsed = parseRespondentList(input.list, assessment.groups, input.defaultGroup || undefined);
  if (parsed.errors.length) return fail(422, "Please correct the list; nothing was added.", { list: parsed.errors.slice(0, 20) });
  const existing = new Set(
    (await db.respondent.findMany({ where: { assessmentId: assessment.id, organizationId: bank.id }, select: { email: true } })).map(
      (r) => r.email,
    ),
  );
  const fresh = parsed.respondents.filter((r) => !existing.has(r.email));
  const issued = fresh.map((r) => ({ ...r, ...issueRespondentToken() }));
  const refused = await db.$transaction(async (tx) => {
    // Plan limit on people invited (revoked ones too), all or nothing; counted under a lock so that
    // simultaneous lists cannot pass it together.
    await tx.$queryRaw`SELECT id FROM "Assessment" WHERE id = ${assessment.id} FOR UPDATE`;
    const invited = await tx.respondent.count({ where: { assessmentId: assessment.id, organizationId: bank.id } });
    const overNow = issued.length ? await checkLimit(tx, payer(bank, actor), "respondentsPerAssessment", invited + issued.length) : null;
    if (overNow) return overNow;
    await tx.respondent.createMany({
      data: issued.map((r) => ({
        assessmentId: assessment.id,
        organizationId: bank.id,
        email: r.email,
        group: r.group,
        tokenHash: r.tokenHash,
        tokenSealed: r.tokenSealed,
      })),
      skipDuplicates: true,
    });
    await recordAudit(tx, {
      organizationId: bank.id,
      actorUserId: actor.user.id,
      action: "assessment.respondents-added",
      target: assessment.id,
      detail: auditDetail(actor, { count: issued.length }),
    });
    return null;
  });
  if (refused) return refused;
  const emailed = await emailLinks(
    db,
    bank,
    assessment,
    issued.map((r) => ({ email: r.email, token: r.token })),
    false,
  );
  const skipped = parsed.respondents.length - fresh.length;
  const mailNote = emailed > 0 ? ` ${emailed} e-mailed.` : " E-mail is not configured: copy each link below.";
  return ok(
    { added: issued.length, skipped, emailed },
    `${issued.length} respondent(s) added${skipped ? `, ${skipped} already invited` : ""}.${issued.length ? mailNote : ""}`,
  );
}

export const addRespondents = defineOrgAction({
  name: "assessment.add-respondents",
  minRole: "ADMIN",
  mutates: true,
  schema: addRespondentsSchema,
  run: (db, ctx, input) => addRespondentsIn(db, ctx.org, { user: ctx.user }, input),
});

export async function emailLinks(
  db: Db,
  org: Pick<Organization, "id" | "name" | "defaultLocale">,
  assessment: { id: string; name: string; deadline: Date | null },
  recipients: { email: string; token: string }[],
  reminder: boolean,
): Promise<number> {
  const mailer = createMailer();
  if (!mailer || recipients.length === 0) return 0;
  let sent = 0;
  for (const r of recipients) {
    try {
      await sendLinkTo(db, mailer, org, assessment, r, reminder);
      sent++;
    } catch (e) {
      console.error("[mail] sending a respondent link failed", e instanceof Error ? e.message : e);
    }
  }
  return sent;
}

/** Sends one respondent their link (invitation or reminder) and records it on the respondent; throws when sending fails. */
export async function sendLinkTo(
  db: Pick<Db, "respondent">,
  mailer: Mailer,
  org: Pick<Organization, "id" | "name" | "defaultLocale">,
  assessment: { id: string; name: string; deadline: Date | null },
  recipient: { email: string; token: string },
  reminder: boolean,
  now = new Date(),
): Promise<void> {
  await sendRespondentLink(mailer, {
    to: recipient.email,
    url: respondentUrl(appBaseUrl(), recipient.token),
    organizationName: org.name,
    assessmentName: assessment.name,
    deadline: assessment.deadline,
    reminder,
    locale: respondentLanguage(org),
  });
  await db.respondent.updateMany({
    where: { assessmentId: assessment.id, organizationId: org.id, email: recipient.email },
    data: reminder ? { lastSentAt: now, remindedCount: { increment: 1 } } : { lastSentAt: now },
  });
}

export const remindRespondents = defineOrgAction({
  name: "assessment.remind",
  minRole: "ADMIN",
  mutates: true,
  schema: assessmentRefSchema,
  async run(db, ctx, input): Promise<ActionResult<{ reminded: number }>> {
    const assessment = await findAssessment(db, ctx.org.id, input.assessmentId);
    if (!assessment) return fail(404, "That assessment was not found.");
    if (assessment.status !== "OPEN") return fail(409, "This assessment is closed.");
    if (!createMailer()) return fail(409, "E-mail is not configured on this server; copy the links to remind respondents.");
    const pending = await db.respondent.findMany({
      where: { assessmentId: assessment.id, organizationId: ctx.org.id, submittedAt: null, revokedAt: null },
      select: { email: true, tokenSealed: true },
    });
    const recipients = pending.flatMap((r) => {
      const token = respondentToken(r.tokenSealed);
      return token ? [{ email: r.email, token }] : [];
    });
    const reminded = await emailLinks(db, ctx.org, assessment, recipients, true);
    await recordAudit(db, {
      organizationId: ctx.org.id,
      actorUserId: ctx.user.id,
      action: "assessment.reminded",
      target: assessment.id,
      detail: { count: reminded },
    });
    return ok({ reminded }, `${reminded} reminder(s) sent.`);
  },
});

export const revokeRespondent = defineOrgAction({
  name: "assessment.revoke-respondent",
  minRole: "ADMIN",
  mutates: true,
  schema: respondentRefSchema,
  async run(db, ctx, input) {
    const { count } = await db.respondent.updateMany({
      where: { id: input.respondentId, assessmentId: input.assessmentId, organizationId: ctx.org.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) return fail(404, "That respondent was not found or is already revoked.");
    await recordAudit(db, {
      organizationId: ctx.org.id,
      actorUserId: ctx.user.id,
      action: "assessment.respondent-revoked",
      target: input.respondentId,
    });
    return ok(undefined, "Link revoked; the answers already given are kept.");
  },
});

export type StatusChange = { from: "OPEN"; to: "CLOSED" } | { from: "CLOSED"; to: "OPEN" | "PUBLISHED" };

/**
 * The one status change of an assessment (the buttons and the scheduled closing both call it):
 * OPEN → CLOSED → (OPEN | PUBLISHED), publishing final. `actorUserId` null is the system (a schedule).
 * `alsoInTransaction` runs first in the same transaction; when it answers false the status stays
 * (the scheduled closing marks its job done there, so a retried job cannot close twice).
 * Returns the number of assessments changed (0: not in `from`, or not found).
 */
export async function changeAssessmentStatus(
  db: Db,
  organizationId: string,
  actorUserId: string | null,
  assessmentId: string,
  change: StatusChange,
  options: { auditAction: string; detail?: Record<string, string>; now?: Date; alsoInTransaction?: (tx: Db) => Promise<boolean> },
): Promise<number> {
  const now = options.now ?? new Date();
  const { from, to } = change;
  const data =
    to === "CLOSED"
      ? { status: to, closedAt: now }
      : to === "PUBLISHED"
        ? { status: to, publishedAt: now }
        : { status: to, closedAt: null };
  // Publishing writes the benchmark pool (scores only) in the same transaction as the status change.
  return db.$transaction(async (tx) => {
    if (options.alsoInTransaction && !(await options.alsoInTransaction(tx as Db))) return 0;
    const changed = await tx.assessment.updateMany({ where: { id: assessmentId, organizationId, status: from }, data });
    if (changed.count === 0) return 0;
    if (to === "PUBLISHED") await writePoolEntryForAssessment(tx, organizationId, assessmentId, now);
    await recordAudit(tx, {
      organizationId,
      actorUserId,
      action: options.auditAction,
      target: assessmentId,
      detail: { from, to, ...options.detail },
    });
    return changed.count;
  });
}

/** Status changes allowed: OPEN → CLOSED → (OPEN | PUBLISHED). Publishing is final. */
function statusAction(name: string, audit: string, change: StatusChange, done: string, refused: string) {
  return defineOrgAction({
    name,
    minRole: "ADMIN",
    mutates: true,
    schema: assessmentRefSchema,
    async run(db, ctx, input) {
      if (change.to === "OPEN") {
        const openNow = await db.assessment.count({ where: { organizationId: ctx.org.id, status: "OPEN" } });
        const overPlan = await checkLimit(db, ctx.org, "openAssessments", openNow + 1);
        if (overPlan) return overPlan;
      }
      let count: number;
      try {
        count = await changeAssessmentStatus(db, ctx.org.id, ctx.user.id, input.assessmentId, change, { auditAction: audit });
      } catch (e) {
        // Too few respondents: the transaction rolled back, the assessment stays closed.
        if (e instanceof BelowAnonymityThreshold) return fail(409, e.message);
        throw e;
      }
      if (count === 0) {
        const exists = await findAssessment(db, ctx.org.id, input.assessmentId);
        return exists ? fail(409, refused) : fail(404, "That assessment was not found.");
      }
      return ok(undefined, done);
    },
  });
}

export const closeAssessment = statusAction(
  "assessment.close",
  "assessment.closed",
  { from: "OPEN", to: "CLOSED" },
  "Assessment closed: no more answers are accepted.",
  "Only an open assessment can be closed.",
);
export const reopenAssessment = statusAction(
  "assessment.reopen",
  "assessment.reopened",
  { from: "CLOSED", to: "OPEN" },
  "Assessment reopened.",
  "Only a closed, unpublished assessment can be reopened.",
);
export const publishAssessment = statusAction(
  "assessment.publish",
  "assessment.published",
  { from: "CLOSED", to: "PUBLISHED" },
  "Scores published to the benchmark pool (scores only, never answers).",
  "Close the assessment before publishing; a published assessment is final.",
);
