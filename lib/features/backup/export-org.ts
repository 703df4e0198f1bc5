// Builds an organisation's backup document (lib/features/backup/format.ts) from the database.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import { BACKUP_FORMAT, BACKUP_VERSION, type OrganizationBackupJson } from "./format.ts";
import { readScores } from "../benchmark/pool.ts";

interface PoolRow {
  assessmentId: string;
  frameworkVersion: string;
  round: number;
  ownership: "PRIVATE" | "STATE" | null;
  sizeBand: "SMALL" | "MEDIUM" | "LARGE" | null;
  region: string | null;
  scores: (number | null)[];
  publishedAt: Date;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function exportOrganization(db: Db, organizationId: string): Promise<OrganizationBackupJson> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  const [members, given, held, assessments, audit, pool, initiatives] = await Promise.all([
    db.membership.findMany({
      where: { organizationId },
      include: { user: { select: { email: true, name: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.accessGrant.findMany({
      where: { grantorOrgId: organizationId },
      include: { grantee: { select: { slug: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.accessGrant.findMany({
      where: { granteeOrgId: organizationId },
      include: { grantor: { select: { slug: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.assessment.findMany({
      where: { organizationId },
      include: {
        respondents: { where: { organizationId }, include: { answers: { orderBy: { itemKey: "asc" } } }, orderBy: { createdAt: "asc" } },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.auditEvent.findMany({
      where: { organizationId },
      include: { actor: { select: { email: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    // Raw SQL: Prisma's typed reads refuse NULL elements in the scores array (lib/features/benchmark/pool.ts).
    db.$queryRaw<PoolRow[]>`
      SELECT "assessmentId", "frameworkVersion", round, ownership::text AS ownership, "sizeBand"::text AS "sizeBand", region, scores,
             ("publishedAt" AT TIME ZONE 'UTC') AS "publishedAt"
        FROM "BenchmarkEntry" WHERE "organizationId" = ${organizationId} ORDER BY "publishedAt"`,
    db.initiative.findMany({
      where: { organizationId },
      include: { owner: { select: { user: { select: { email: true } } } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    organization: {
      slug: org.slug,
      name: org.name,
      kind: org.kind,
      ownership: org.ownership,
      sizeBand: org.sizeBand,
      region: org.region,
      country: org.country,
      isDemo: org.isDemo,
      createdAt: org.createdAt.toISOString(),
    },
    members: members.map((m) => ({ email: m.user.email, name: m.user.name, role: m.role })),
    grants: [
      ...given.map((g) => ({
        kind: g.kind,
        direction: "given" as const,
        counterpartSlug: g.grantee.slug,
        createdAt: g.createdAt.toISOString(),
        revokedAt: iso(g.revokedAt),
      })),
      ...held.map((g) => ({
        kind: g.kind,
        direction: "held" as const,
        counterpartSlug: g.grantor.slug,
        createdAt: g.createdAt.toISOString(),
        revokedAt: iso(g.revokedAt),
      })),
    ],
    assessments: assessments.map((a) => ({
      id: a.id,
      name: a.name,
      frameworkVersion: a.frameworkVersion,
      modules: a.modules,
      groups: a.groups,
      deadline: iso(a.deadline),
      status: a.status,
      createdAt: a.createdAt.toISOString(),
      closedAt: iso(a.closedAt),
      publishedAt: iso(a.publishedAt),
      respondents: a.respondents.map((r) => ({
        id: r.id,
        email: r.email,
        group: r.group,
        tokenHash: r.tokenHash,
        tokenSealed: r.tokenSealed,
        createdAt: r.createdAt.toISOString(),
        lastSentAt: iso(r.lastSentAt),
        remindedCount: r.remindedCount,
        startedAt: iso(r.startedAt),
        submittedAt: iso(r.submittedAt),
        revokedAt: iso(r.revokedAt),
        answers: r.answers.map((x) => ({ itemKey: x.itemKey, value: x.value, version: x.version, answeredAt: x.answeredAt.toISOString() })),
      })),
    })),
    benchmark: pool.map((p) => ({
      assessmentId: p.assessmentId,
      frameworkVersion: p.frameworkVersion,
      round: Number(p.round),
      ownership: p.ownership,
      sizeBand: p.sizeBand,
      region: p.region,
      scores: readScores(p.scores),
      publishedAt: new Date(p.publishedAt).toISOString(),
    })),
    initiatives: initiatives.map((i) => ({
      title: i.title,
      status: i.status,
      factorKeys: i.factorKeys,
      ownerEmail: i.owner?.user.email ?? null,
      dueDate: iso(i.dueDate),
      notes: i.notes,
      evidenceLinks: i.evidenceLinks,
      createdFromAssessmentId: i.createdFromAssessmentId,
      createdAt: i.createdAt.toISOString(),
      completedAt: iso(i.completedAt),
    })),
    audit: audit.map((e) => ({
      action: e.action,
      actorEmail: e.actor?.email ?? null,
      target: e.target,
      detail: e.detail as OrganizationBackupJson["audit"][number]["detail"],
      createdAt: e.createdAt.toISOString(),
    })),
  };
}
