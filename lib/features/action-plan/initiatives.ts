// The action plan's operations and queries. Every query carries the organisation's id: an initiative
// id of another organisation is indistinguishable from a missing one. The web actions (./actions.ts)
// and API v1 (lib/delivery/api/initiatives.ts) both call the `…In` functions below, so the rules and
// the audit trail are the same whichever way a change comes in.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { Initiative, Prisma } from "../../platform/db/generated/client.ts";
import { fail, ok, type ActionResult } from "../../platform/http/action-result.ts";
import { recordAudit } from "../../platform/audit.ts";
import { factorByKey, frameworks, latestFramework } from "../../domain/instrument/index.ts";
import { isoDay, type InitiativeView } from "../../view/plan/initiatives.ts";

export type { InitiativeView };
import type { RoadmapItemView } from "../../view/results/types.ts";
import type { InitiativeFields, InitiativeUpdate } from "./validation.ts";

/** Who makes a change: a signed-in member, or an API key (acting for the member who created it). */
export interface Actor {
  userId: string | null;
  apiKeyId?: string;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const withOwner = { owner: { select: { id: true, user: { select: { name: true, email: true } } } } } as const;
type Row = Initiative & { owner: { id: string; user: { name: string; email: string } } | null };

/** A factor's display name in the newest framework that has it (keys are stable across versions). */
export function factorName(key: string): string {
  const fw = [latestFramework, ...Object.values(frameworks)].find((f) => factorByKey(f, key));
  return fw ? (factorByKey(fw, key)?.name ?? key) : key;
}

export function initiativeView(r: Row): InitiativeView {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    factorKeys: r.factorKeys,
    factorNames: r.factorKeys.map(factorName),
    owner: r.owner ? { membershipId: r.owner.id, name: r.owner.user.name, email: r.owner.user.email } : null,
    dueDate: r.dueDate ? isoDay(r.dueDate) : null,
    notes: r.notes,
    evidenceLinks: r.evidenceLinks,
    createdFromAssessmentId: r.createdFromAssessmentId,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    completedAt: r.completedAt?.toISOString() ?? null,
  };
}

const NOT_FOUND = "That initiative was not found in this organisation's plan.";

async function ownerCheck(
  db: Db | Tx,
  organizationId: string,
  membershipId: string | null | undefined,
): Promise<ActionResult<null> | null> {
  if (!membershipId) return null;
  const m = await db.membership.findFirst({ where: { id: membershipId, organizationId }, select: { id: true } });
  return m ? null : fail(422, "Please correct the highlighted fields.", { ownerMembershipId: ["Choose a member of this organisation."] });
}

async function assessmentCheck(db: Db, organizationId: string, assessmentId: string | null | undefined) {
  if (!assessmentId) return null;
  const a = await db.assessment.findFirst({ where: { id: assessmentId, organizationId }, select: { id: true } });
  return a ? null : fail(404, "That assessment was not found.");
}

const via = (actor: Actor) => (actor.apiKeyId ? { via: "api", apiKeyId: actor.apiKeyId } : {});

export async function createInitiativeIn(
  db: Db,
  org: { id: string },
  actor: Actor,
  input: InitiativeFields & { createdFromAssessmentId?: string | null },
): Promise<ActionResult<InitiativeView>> {
  const refused =
    (await ownerCheck(db, org.id, input.ownerMembershipId)) ?? (await assessmentCheck(db, org.id, input.createdFromAssessmentId));
  if (refused && !refused.ok) return refused;
  const created = await db.$transaction(async (tx) => {
    const row = await tx.initiative.create({
      data: {
        organizationId: org.id,
        title: input.title,
        factorKeys: input.factorKeys,
        ownerMembershipId: input.ownerMembershipId,
        dueDate: input.dueDate,
        status: input.status,
        notes: input.notes,
        evidenceLinks: input.evidenceLinks,
        createdFromAssessmentId: input.createdFromAssessmentId ?? null,
        createdById: actor.userId,
        completedAt: input.status === "DONE" ? new Date() : null,
      },
      include: withOwner,
    });
    await recordAudit(tx, {
      organizationId: org.id,
      actorUserId: actor.userId,
      action: "initiative.created",
      target: row.id,
      detail: {
        title: row.title,
        status: row.status,
        factorKeys: row.factorKeys,
        ...(row.createdFromAssessmentId ? { fromAssessmentId: row.createdFromAssessmentId } : {}),
        ...via(actor),
      },
    });
    return row;
  });
  return ok(initiativeView(created), `"${created.title}" added to the plan.`);
}

/** Changes the given fields only; nothing changes (and nothing is audited) when a check fails. */
export async function updateInitiativeIn(
  db: Db,
  org: { id: string },
  actor: Actor,
  initiativeId: string,
  patch: InitiativeUpdate,
  audit: "initiative.updated" | "initiative.status-changed" = "initiative.updated",
): Promise<ActionResult<InitiativeView>> {
  const current = await db.initiative.findFirst({ where: { id: initiativeId, organizationId: org.id } });
  if (!current) return fail(404, NOT_FOUND);
  const refused = await ownerCheck(db, org.id, patch.ownerMembershipId);
  if (refused && !refused.ok) return refused;
  const data: Prisma.InitiativeUncheckedUpdateManyInput = {};
  const changed: string[] = [];
  const set = <K extends keyof InitiativeUpdate>(k: K, same: (a: NonNullable<InitiativeUpdate[K]> | null) => boolean) => {
    const v = patch[k];
    if (v === undefined || same(v as NonNullable<InitiativeUpdate[K]> | null)) return;
    (data as Record<string, unknown>)[k] = v;
    changed.push(k);
  };
  set("title", (v) => v === current.title);
  set("factorKeys", (v) => JSON.stringify(v) === JSON.stringify(current.factorKeys));
  set("ownerMembershipId", (v) => v === current.ownerMembershipId);
  set("dueDate", (v) => (v as Date | null)?.getTime() === current.dueDate?.getTime());
  set("status", (v) => v === current.status);
  set("notes", (v) => v === current.notes);
  set("evidenceLinks", (v) => JSON.stringify(v) === JSON.stringify(current.evidenceLinks));
  if (changed.length === 0) {
    const row = await db.initiative.findFirstOrThrow({ where: { id: current.id, organizationId: org.id }, include: withOwner });
    return ok(initiativeView(row), "Nothing to change.");
  }
  if (patch.status && patch.status !== current.status) data.completedAt = patch.status === "DONE" ? new Date() : null;
  const updated = await db.$transaction(async (tx) => {
    // Scoped by organisation in the write itself, not only in the read above.
    const { count } = await tx.initiative.updateMany({ where: { id: current.id, organizationId: org.id }, data });
    if (count === 0) return null;
    await recordAudit(tx, {
      organizationId: org.id,
      actorUserId: actor.userId,
      action: audit,
      target: current.id,
      detail: {
        title: patch.title ?? current.title,
        fields: changed,
        ...(changed.includes("status") ? { from: current.status, to: patch.status as string } : {}),
        ...via(actor),
      },
    });
    return tx.initiative.findFirstOrThrow({ where: { id: current.id, organizationId: org.id }, include: withOwner });
  });
  if (!updated) return fail(404, NOT_FOUND);
  const message =
    audit === "initiative.status-changed" && patch.status ? `Marked ${patch.status.toLowerCase().replace("_", " ")}.` : "Initiative saved.";
  return ok(initiativeView(updated), message);
}

export async function deleteInitiativeIn(
  db: Db,
  org: { id: string },
  actor: Actor,
  initiativeId: string,
): Promise<ActionResult<undefined>> {
  return db.$transaction(async (tx) => {
    const row = await tx.initiative.findFirst({ where: { id: initiativeId, organizationId: org.id }, select: { id: true, title: true } });
    if (!row) return fail(404, NOT_FOUND);
    await tx.initiative.deleteMany({ where: { id: row.id, organizationId: org.id } });
    await recordAudit(tx, {
      organizationId: org.id,
      actorUserId: actor.userId,
      action: "initiative.deleted",
      target: row.id,
      detail: { title: row.title, ...via(actor) },
    });
    return ok(undefined, `"${row.title}" removed from the plan.`);
  });
}

/** The initiative a roadmap item becomes: its title, factor and the roadmap's actions as notes. */
export function roadmapPrefill(item: RoadmapItemView): Pick<InitiativeFields, "title" | "factorKeys" | "notes"> {
  const steps = item.actions.flatMap((a) => a.actions.map((x) => `- Level ${a.from} → ${a.to}: ${x}`));
  const notes = [
    `From the roadmap (phase ${item.phase}, step ${item.rank}): ${item.name} from level ${item.currentLevel} ${item.currentLevelName} to level ${item.targetLevel} ${item.targetLevelName}.`,
    item.why,
    ...(steps.length ? ["", "Suggested actions:", ...steps] : []),
  ].join("\n");
  return {
    title: `Raise ${item.name} to level ${item.targetLevel} ${item.targetLevelName}`.slice(0, 160),
    factorKeys: [item.factorKey],
    notes: notes.slice(0, 5000),
  };
}

// ---- Queries ----

export async function listInitiatives(db: Db, organizationId: string): Promise<InitiativeView[]> {
  const rows = await db.initiative.findMany({
    where: { organizationId },
    include: withOwner,
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(initiativeView);
}

/** One page of the API's list: oldest first by (createdAt, id), after the cursor's row. */
export async function listInitiativesPage(
  db: Db,
  organizationId: string,
  opts: { status?: InitiativeView["status"]; after: { createdAt: Date; id: string } | null; take: number },
): Promise<InitiativeView[]> {
  const rows = await db.initiative.findMany({
    where: {
      organizationId,
      ...(opts.status ? { status: opts.status } : {}),
      ...(opts.after
        ? { OR: [{ createdAt: { gt: opts.after.createdAt } }, { createdAt: opts.after.createdAt, id: { gt: opts.after.id } }] }
        : {}),
    },
    include: withOwner,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: opts.take,
  });
  return rows.map(initiativeView);
}

export async function getInitiative(db: Db, organizationId: string, initiativeId: string): Promise<InitiativeView | null> {
  const row = await db.initiative.findFirst({ where: { id: initiativeId, organizationId }, include: withOwner });
  return row ? initiativeView(row) : null;
}

/** The members an initiative can be given to, by name. */
export async function ownerOptions(db: Db, organizationId: string) {
  const members = await db.membership.findMany({
    where: { organizationId },
    select: { id: true, user: { select: { name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return members.map((m) => ({ value: m.id, label: `${m.user.name} (${m.user.email})` }));
}

/** The membership of an e-mail address in the organisation (the API names owners by e-mail). */
export async function membershipIdByEmail(db: Db, organizationId: string, email: string): Promise<string | null> {
  const m = await db.membership.findFirst({
    where: { organizationId, user: { email: email.trim().toLowerCase() } },
    select: { id: true },
  });
  return m?.id ?? null;
}

/** The factors a plan can link, grouped by module, from the newest framework. */
export function factorOptions() {
  return latestFramework.modules.map((m) => ({
    module: m.name,
    factors: m.factors.map((f) => ({ key: f.key, name: f.name })),
  }));
}
