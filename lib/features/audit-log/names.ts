// The current names of what audit events were done to (an assessment, a member, a grantee…), so
// that the log reads as sentences rather than ids. Every lookup is scoped to the organisation
// whose trail is read; a target that is gone, or not this organisation's, stays unnamed.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import { auditObjectOf, type AuditObject } from "../../view/audit/sentences.ts";

type Lookup = (db: Db, organizationId: string, ids: string[]) => Promise<[string, string][]>;

const pairs = <T>(rows: T[], id: (r: T) => string, name: (r: T) => string): [string, string][] => rows.map((r) => [id(r), name(r)]);

const LOOKUPS: Record<AuditObject, Lookup> = {
  assessment: async (db, org, ids) =>
    pairs(
      await db.assessment.findMany({
        where: { id: { in: ids }, OR: [{ organizationId: org }, { runByOrgId: org }] },
        select: { id: true, name: true },
      }),
      (r) => r.id,
      (r) => r.name,
    ),
  respondent: async (db, org, ids) =>
    pairs(
      await db.respondent.findMany({ where: { id: { in: ids }, organizationId: org }, select: { id: true, email: true } }),
      (r) => r.id,
      (r) => r.email,
    ),
  // Members an event of this organisation's own trail names (a removed member keeps their name here).
  user: async (db, _org, ids) =>
    pairs(
      await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }),
      (r) => r.id,
      (r) => r.name || r.email,
    ),
  grant: async (db, org, ids) =>
    pairs(
      await db.accessGrant.findMany({
        where: { id: { in: ids }, OR: [{ grantorOrgId: org }, { granteeOrgId: org }] },
        select: { id: true, grantorOrgId: true, grantor: { select: { name: true } }, grantee: { select: { name: true } } },
      }),
      (r) => r.id,
      (r) => (r.grantorOrgId === org ? r.grantee.name : r.grantor.name),
    ),
  initiative: async (db, org, ids) =>
    pairs(
      await db.initiative.findMany({ where: { id: { in: ids }, organizationId: org }, select: { id: true, title: true } }),
      (r) => r.id,
      (r) => r.title,
    ),
  apiKey: async (db, org, ids) =>
    pairs(
      await db.apiKey.findMany({ where: { id: { in: ids }, organizationId: org }, select: { id: true, name: true } }),
      (r) => r.id,
      (r) => r.name,
    ),
  ismStudy: async (db, org, ids) =>
    pairs(
      await db.ismStudy.findMany({ where: { id: { in: ids }, organizationId: org }, select: { id: true, name: true } }),
      (r) => r.id,
      (r) => r.name,
    ),
  expert: async (db, org, ids) =>
    pairs(
      await db.ismExpert.findMany({ where: { id: { in: ids }, organizationId: org }, select: { id: true, name: true, email: true } }),
      (r) => r.id,
      (r) => r.name || r.email,
    ),
  organization: async (db, org, slugs) =>
    pairs(
      await db.organization.findMany({ where: { id: org, slug: { in: slugs } }, select: { slug: true, name: true } }),
      (r) => r.slug,
      (r) => r.name,
    ),
};

/** The name of each event's target, keyed by event id. */
export async function targetNames(
  db: Db,
  organizationId: string,
  events: { id: string; action: string; target: string | null }[],
): Promise<Map<string, string>> {
  const wanted = new Map<AuditObject, Set<string>>();
  for (const e of events) {
    const object = auditObjectOf(e.action);
    if (!object || !e.target) continue;
    if (!wanted.has(object)) wanted.set(object, new Set());
    wanted.get(object)!.add(e.target);
  }
  const found = new Map<AuditObject, Map<string, string>>();
  await Promise.all(
    [...wanted].map(async ([object, ids]) => found.set(object, new Map(await LOOKUPS[object](db, organizationId, [...ids])))),
  );
  const names = new Map<string, string>();
  for (const e of events) {
    const object = auditObjectOf(e.action);
    const name = object && e.target ? found.get(object)?.get(e.target) : undefined;
    if (name) names.set(e.id, name);
  }
  return names;
}
