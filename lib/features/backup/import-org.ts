// Restores an organisation from its backup into this installation, all or nothing. Members who
// already have an account here get their membership back; the others get a fresh invitation
// (backups carry no passwords). Grants are restored where the counterpart organisation exists.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import { fail, ok, validationFailure, type ActionResult } from "../../platform/http/action-result.ts";
import { ensureFrameworksStored } from "../assessments/framework-store.ts";
import { getFramework } from "../../domain/instrument/index.ts";
import { hashToken, newToken } from "../../platform/security/tokens.ts";
import { backupSchema } from "./format.ts";
import { insertPoolEntry } from "../benchmark/pool.ts";

export interface ImportSummary {
  slug: string;
  assessments: number;
  answers: number;
  membersRestored: number;
  invitations: { email: string; role: string; token: string }[];
  grantsRestored: number;
  grantsSkipped: string[];
}

const INVITATION_DAYS = 14;

/**
 * `ownerEmail`: an existing account here that becomes an owner of the restored organisation (needed
 * when none of the backup's owners has an account in this installation, e.g. a fresh one).
 */
export async function importOrganization(
  db: Db,
  raw: unknown,
  { ownerEmail }: { ownerEmail?: string } = {},
): Promise<ActionResult<ImportSummary>> {
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) return validationFailure(parsed.error);
  const backup = parsed.data;
  const { organization: o } = backup;
  if (await db.organization.findUnique({ where: { slug: o.slug }, select: { id: true } })) {
    return fail(409, `An organisation with the address "${o.slug}" already exists here; nothing was imported.`);
  }
  const unknownFramework = backup.assessments.find((a) => !getFramework(a.frameworkVersion));
  if (unknownFramework)
    return fail(422, `Framework ${unknownFramework.frameworkVersion} is not known to this installation; nothing was imported.`);
  const ids = backup.assessments.flatMap((a) => [a.id, ...a.respondents.map((r) => r.id)]);
  const clash = (await db.assessment.count({ where: { id: { in: ids } } })) + (await db.respondent.count({ where: { id: { in: ids } } }));
  if (clash > 0) return fail(409, "Some of this backup's assessments already exist here (imported before?); nothing was imported.");
  const backupOwners = backup.members.filter((m) => m.role === "OWNER").map((m) => m.email);
  const owner = await db.user.findFirst({
    where: { email: { in: ownerEmail ? [ownerEmail.toLowerCase()] : backupOwners } },
    select: { id: true, email: true },
  });
  if (!owner) {
    return fail(
      422,
      ownerEmail
        ? `There is no account for ${ownerEmail} here; create it first. Nothing was imported.`
        : "None of the backup's owners has an account here: name an existing account to own the organisation. Nothing was imported.",
    );
  }
  await ensureFrameworksStored(db);

  const summary = await db.$transaction(
    async (tx) => {
      const org = await tx.organization.create({
        data: {
          slug: o.slug,
          name: o.name,
          kind: o.kind,
          ownership: o.ownership,
          sizeBand: o.sizeBand,
          region: o.region,
          country: o.country,
          isDemo: o.isDemo,
          createdAt: o.createdAt,
        },
      });
      const users = await tx.user.findMany({
        where: { email: { in: backup.members.map((m) => m.email) } },
        select: { id: true, email: true },
      });
      const userIds = new Map(users.map((u) => [u.email, u.id]));
      const invitations: ImportSummary["invitations"] = [];
      const members = backup.members.some((m) => m.email === owner.email)
        ? backup.members
        : [...backup.members, { email: owner.email, name: "", role: "OWNER" as const }];
      for (const m of members) {
        const userId = m.email === owner.email ? owner.id : userIds.get(m.email);
        if (userId)
          await tx.membership.create({ data: { organizationId: org.id, userId, role: m.email === owner.email ? "OWNER" : m.role } });
        else {
          const token = newToken();
          await tx.invitation.create({
            data: {
              organizationId: org.id,
              email: m.email,
              role: m.role,
              tokenHash: hashToken(token),
              expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
              invitedById: owner.id,
            },
          });
          invitations.push({ email: m.email, role: m.role, token });
        }
      }
      let answers = 0;
      for (const a of backup.assessments) {
        await tx.assessment.create({
          data: {
            id: a.id,
            organizationId: org.id,
            name: a.name,
            frameworkVersion: a.frameworkVersion,
            modules: a.modules,
            groups: a.groups,
            deadline: a.deadline,
            status: a.status,
            createdAt: a.createdAt,
            closedAt: a.closedAt,
            publishedAt: a.publishedAt,
          },
        });
        for (const r of a.respondents) {
          await tx.respondent.create({
            data: {
              id: r.id,
              assessmentId: a.id,
              organizationId: org.id,
              email: r.email,
              group: r.group,
              tokenHash: r.tokenHash,
              tokenSealed: r.tokenSealed,
              createdAt: r.createdAt,
              lastSentAt: r.lastSentAt,
              remindedCount: r.remindedCount,
              startedAt: r.startedAt,
              submittedAt: r.submittedAt,
              revokedAt: r.revokedAt,
            },
          });
          await tx.answer.createMany({
            data: r.answers.map((x) => ({
              respondentId: r.id,
              itemKey: x.itemKey,
              value: x.value,
              version: x.version,
              answeredAt: x.answeredAt,
            })),
          });
          answers += r.answers.length;
        }
      }
      for (const b of backup.benchmark) {
        await insertPoolEntry(tx, {
          assessmentId: b.assessmentId,
          organizationId: org.id,
          frameworkVersion: b.frameworkVersion,
          round: b.round,
          profile: { ownership: b.ownership, sizeBand: b.sizeBand, region: b.region },
          scores: b.scores,
          publishedAt: b.publishedAt,
        });
      }
      if (backup.initiatives.length > 0) {
        const memberships = await tx.membership.findMany({
          where: { organizationId: org.id },
          select: { id: true, user: { select: { email: true } } },
        });
        const membershipOf = new Map(memberships.map((m) => [m.user.email, m.id]));
        const assessmentIds = new Set(backup.assessments.map((a) => a.id));
        await tx.initiative.createMany({
          data: backup.initiatives.map((i) => ({
            organizationId: org.id,
            title: i.title,
            status: i.status,
            factorKeys: i.factorKeys,
            ownerMembershipId: i.ownerEmail ? (membershipOf.get(i.ownerEmail) ?? null) : null,
            dueDate: i.dueDate,
            notes: i.notes,
            evidenceLinks: i.evidenceLinks,
            createdFromAssessmentId:
              i.createdFromAssessmentId && assessmentIds.has(i.createdFromAssessmentId) ? i.createdFromAssessmentId : null,
            createdById: owner.id,
            createdAt: i.createdAt,
            completedAt: i.completedAt,
          })),
        });
      }
      const counterparts = await tx.organization.findMany({
        where: { slug: { in: backup.grants.map((g) => g.counterpartSlug) } },
        select: { id: true, slug: true },
      });
      const counterpartIds = new Map(counterparts.map((c) => [c.slug, c.id]));
      let grantsRestored = 0;
      const grantsSkipped: string[] = [];
      for (const g of backup.grants) {
        const other = counterpartIds.get(g.counterpartSlug);
        if (!other) {
          grantsSkipped.push(g.counterpartSlug);
          continue;
        }
        const [grantorOrgId, granteeOrgId] = g.direction === "given" ? [org.id, other] : [other, org.id];
        await tx.accessGrant.create({ data: { kind: g.kind, grantorOrgId, granteeOrgId, createdAt: g.createdAt, revokedAt: g.revokedAt } });
        grantsRestored++;
      }
      const actorIds = await tx.user.findMany({
        where: { email: { in: backup.audit.flatMap((e) => (e.actorEmail ? [e.actorEmail] : [])) } },
        select: { id: true, email: true },
      });
      const actorId = new Map(actorIds.map((u) => [u.email, u.id]));
      await tx.auditEvent.createMany({
        data: backup.audit.map((e) => ({
          organizationId: org.id,
          actorUserId: e.actorEmail ? (actorId.get(e.actorEmail) ?? null) : null,
          action: e.action,
          target: e.target,
          detail: e.detail === null ? undefined : (e.detail as object),
          createdAt: e.createdAt,
        })),
      });
      await tx.auditEvent.create({
        data: {
          organizationId: org.id,
          action: "organization.imported",
          detail: { exportedAt: backup.exportedAt.toISOString(), assessments: backup.assessments.length },
        },
      });
      return {
        slug: org.slug,
        assessments: backup.assessments.length,
        answers,
        membersRestored: members.length - invitations.length,
        invitations,
        grantsRestored,
        grantsSkipped,
      };
    },
    { timeout: 120_000 },
  );
  return ok(summary, `Imported ${summary.slug}: ${summary.assessments} assessment(s), ${summary.answers} answers.`);
}
