// Saved what-if scenarios: a name and the targets on one assessment, nothing else (the projection is
// recomputed from the current results each time). Every query carries the organisation's id, so another
// organisation's scenario is indistinguishable from a missing one. Writes are audited.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import { fail, isUniqueViolation, ok, type ActionResult } from "../../platform/http/action-result.ts";
import { recordAudit } from "../../platform/audit.ts";
import { MATURITY_LEVEL_NAMES } from "../../domain/instrument/types.ts";
import type { ScenarioTargets } from "../../domain/scenario/index.ts";
import { createInitiativeIn, type Actor } from "../action-plan/initiatives.ts";
import { projectForAssessment, projectWith, publishedPeers, scoredResults, type WhatIfView } from "./projection.ts";
import type { LoadedResults } from "../results/assessment-results.ts";
import { targetsSchema } from "./validation.ts";
import { shownLevel, type SavedScenarioView } from "../../view/scenario/what-if.ts";

export type SavedScenario = SavedScenarioView;

const NOT_FOUND = "That scenario was not found.";
const clash = (name: string) => fail(409, `A scenario named "${name}" already exists for this assessment. Choose another name.`);

function toSaved(r: { id: string; name: string; assessmentId: string; targets: unknown; updatedAt: Date }): SavedScenario {
  const parsed = targetsSchema.safeParse(r.targets);
  return {
    id: r.id,
    name: r.name,
    assessmentId: r.assessmentId,
    targets: parsed.success ? parsed.data : {},
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function listScenarios(db: Db, organizationId: string, assessmentId: string): Promise<SavedScenario[]> {
  const rows = await db.whatIfScenario.findMany({ where: { organizationId, assessmentId }, orderBy: [{ name: "asc" }] });
  return rows.map(toSaved);
}

async function findScenario(db: Db, organizationId: string, scenarioId: string) {
  return db.whatIfScenario.findFirst({ where: { id: scenarioId, organizationId } });
}

export async function saveScenarioIn(
  db: Db,
  org: { id: string },
  actor: Actor,
  input: { assessmentId: string; name: string; targets: ScenarioTargets },
): Promise<ActionResult<SavedScenario>> {
  if (Object.keys(input.targets).length === 0)
    return fail(422, "Please correct the highlighted fields.", { targets: ["Set at least one target level before saving."] });
  // The same checks as the projection (assessment of this organisation, scored factors only).
  const projected = await projectForAssessment(db, org, input.assessmentId, input.targets);
  if (!projected.ok) return projected;
  if (
    await db.whatIfScenario.findFirst({
      where: { organizationId: org.id, assessmentId: input.assessmentId, name: input.name },
      select: { id: true },
    })
  )
    return clash(input.name);
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.whatIfScenario.create({
        data: {
          organizationId: org.id,
          assessmentId: input.assessmentId,
          name: input.name,
          targets: input.targets,
          createdById: actor.userId,
        },
      });
      await recordAudit(tx, {
        organizationId: org.id,
        actorUserId: actor.userId,
        action: "what-if.saved",
        target: created.id,
        detail: { name: created.name, assessmentId: created.assessmentId, targets: input.targets },
      });
      return created;
    });
    return ok(toSaved(row), `Scenario "${row.name}" saved.`);
  } catch (e) {
    if (isUniqueViolation(e)) return clash(input.name);
    throw e;
  }
}

export async function renameScenarioIn(
  db: Db,
  org: { id: string },
  actor: Actor,
  scenarioId: string,
  name: string,
): Promise<ActionResult<SavedScenario>> {
  const current = await findScenario(db, org.id, scenarioId);
  if (!current) return fail(404, NOT_FOUND);
  if (current.name === name) return ok(toSaved(current), "Nothing to change.");
  if (
    await db.whatIfScenario.findFirst({ where: { organizationId: org.id, assessmentId: current.assessmentId, name }, select: { id: true } })
  )
    return clash(name);
  try {
    const row = await db.$transaction(async (tx) => {
      const updated = await tx.whatIfScenario.update({ where: { id: current.id, organizationId: org.id }, data: { name } });
      await recordAudit(tx, {
        organizationId: org.id,
        actorUserId: actor.userId,
        action: "what-if.renamed",
        target: current.id,
        detail: { from: current.name, to: name },
      });
      return updated;
    });
    return ok(toSaved(row), `Scenario renamed to "${row.name}".`);
  } catch (e) {
    if (isUniqueViolation(e)) return clash(name);
    throw e;
  }
}

export async function deleteScenarioIn(
  db: Db,
  org: { id: string },
  actor: Actor,
  scenarioId: string,
): Promise<ActionResult<{ id: string }>> {
  const current = await findScenario(db, org.id, scenarioId);
  if (!current) return fail(404, NOT_FOUND);
  await db.$transaction(async (tx) => {
    await tx.whatIfScenario.deleteMany({ where: { id: current.id, organizationId: org.id } });
    await recordAudit(tx, {
      organizationId: org.id,
      actorUserId: actor.userId,
      action: "what-if.deleted",
      target: current.id,
      detail: { name: current.name, assessmentId: current.assessmentId },
    });
  });
  return ok({ id: current.id }, `Scenario "${current.name}" deleted.`);
}

export interface ComparedScenario {
  id: string;
  name: string;
  view: WhatIfView;
}

/** Two saved scenarios of the organisation, each projected on its assessment's current results. */
export async function compareScenarios(
  db: Db,
  org: { id: string },
  firstId: string,
  secondId: string,
): Promise<ActionResult<ComparedScenario[]>> {
  if (firstId === secondId) return fail(422, "Choose two different scenarios to compare.");
  const rows = await Promise.all([findScenario(db, org.id, firstId), findScenario(db, org.id, secondId)]);
  const out: ComparedScenario[] = [];
  // The peers are the bank's, whatever the scenario; each assessment's results are loaded once.
  const peers = await publishedPeers(db, org);
  const results = new Map<string, Awaited<ReturnType<typeof scoredResults>>>();
  for (const row of rows) {
    if (!row) return fail(404, NOT_FOUND);
    const saved = toSaved(row);
    if (!results.has(saved.assessmentId)) results.set(saved.assessmentId, await scoredResults(db, org, saved.assessmentId));
    const loaded = results.get(saved.assessmentId)!;
    if (!loaded.ok) return loaded;
    const projected = projectWith(loaded.data, saved.targets, peers);
    if (!projected.ok) return projected;
    out.push({ id: saved.id, name: saved.name, view: projected.data });
  }
  return ok(out);
}

export interface ScenarioInitiatives {
  created: { id: string; title: string; factorKey: string }[];
  /** Targeted factors left out, with why (already covered by an open initiative, or no lift). */
  skipped: { factorKey: string; name: string; reason: string }[];
}

/**
 * One planned initiative per targeted factor that the target lifts, through the action plan's own
 * operation (its checks and audit); a factor already covered by an open (planned or in progress)
 * initiative is skipped, so running this twice creates nothing new.
 */
export async function scenarioToInitiatives(
  db: Db,
  org: { id: string },
  actor: Actor,
  scenarioId: string,
): Promise<ActionResult<ScenarioInitiatives>> {
  const row = await findScenario(db, org.id, scenarioId);
  if (!row) return fail(404, NOT_FOUND);
  const scenario = toSaved(row);
  const loaded = await scoredResults(db, org, scenario.assessmentId);
  if (!loaded.ok) return loaded;
  const open = await db.initiative.findMany({
    where: { organizationId: org.id, status: { in: ["PLANNED", "IN_PROGRESS"] } },
    select: { title: true, factorKeys: true },
    orderBy: { createdAt: "asc" },
  });
  const covering = new Map<string, string>();
  for (const i of open) for (const k of i.factorKeys) if (!covering.has(k)) covering.set(k, i.title);
  const result: ScenarioInitiatives = { created: [], skipped: [] };
  // Framework order, so the plan reads like the results page.
  for (const factor of loaded.data.results.factors) {
    const target = scenario.targets[factor.key];
    if (target === undefined) continue;
    const existing = covering.get(factor.key);
    if (existing !== undefined) {
      result.skipped.push({ factorKey: factor.key, name: factor.name, reason: `already in the plan ("${existing}")` });
      continue;
    }
    if (factor.mean === null) {
      result.skipped.push({ factorKey: factor.key, name: factor.name, reason: "has no score yet" });
      continue;
    }
    if (shownLevel(factor.mean) >= target) {
      result.skipped.push({ factorKey: factor.key, name: factor.name, reason: `already at level ${target} or above` });
      continue;
    }
    const created = await createInitiativeIn(db, org, actor, {
      title: `Raise ${factor.name} to level ${target} (${MATURITY_LEVEL_NAMES[target]})`,
      factorKeys: [factor.key],
      ownerMembershipId: null,
      dueDate: null,
      status: "PLANNED",
      notes: `From the what-if scenario "${scenario.name}".`,
      evidenceLinks: [],
      createdFromAssessmentId: scenario.assessmentId,
    });
    if (!created.ok) return created;
    result.created.push({ id: created.data.id, title: created.data.title, factorKey: factor.key });
  }
  await recordAudit(db, {
    organizationId: org.id,
    actorUserId: actor.userId,
    action: "what-if.turned-into-initiatives",
    target: scenario.id,
    detail: { name: scenario.name, created: result.created.map((c) => c.id), skipped: result.skipped.map((s) => s.factorKey) },
  });
  const message =
    result.created.length === 0
      ? "No new initiatives: every targeted factor is already in the plan or at its target."
      : `${result.created.length} initiative${result.created.length === 1 ? "" : "s"} added to the plan.`;
  return ok(result, message);
}

/** What the results page's what-if section starts from: the projection without targets and the saved scenarios. */
/** The results page's what-if: the page's own scored results (not loaded again), the peers and the saved scenarios. */
export async function whatIfSection(
  db: Db,
  org: { id: string },
  loaded: LoadedResults,
): Promise<{ initial: WhatIfView; saved: SavedScenario[] } | null> {
  if (loaded.results.status !== "ok") return null;
  const [peers, saved] = await Promise.all([publishedPeers(db, org), listScenarios(db, org.id, loaded.assessment.id)]);
  const initial = projectWith(loaded, {}, peers);
  return initial.ok ? { initial: initial.data, saved } : null;
}
