// The action plan's server operations, each through the one guard (defineOrgAction): the bank's
// ANALYSTs and up create, edit and move initiatives; ADMINs and up delete them; VIEWERs read only.
// The plan is the bank's own: consultancies and regulators read a bank's scores through a grant but
// never its plan (kinds: BANK; another kind answers 404 as for a non-member).
import "server-only";
import { defineOrgAction } from "../access/action.ts";
import type { OrgGuard } from "../access/guard.ts";
import { fail } from "../../platform/http/action-result.ts";
import { loadAssessmentResults } from "../results/assessment-results.ts";
import { createInitiativeIn, deleteInitiativeIn, roadmapPrefill, updateInitiativeIn } from "./initiatives.ts";
import {
  changeStatusSchema,
  createInitiativeSchema,
  fromRoadmapSchema,
  initiativeRefSchema,
  updateInitiativeSchema,
} from "./validation.ts";

/** Reading the plan (pages, exports' guard adds its own role): every member of a bank. */
export const PLAN = { kinds: ["BANK"] } as const satisfies OrgGuard;
/** Changing the plan. */
export const PLAN_EDIT = { ...PLAN, minRole: "ANALYST" } as const satisfies OrgGuard;

export const createInitiative = defineOrgAction({
  name: "initiative.create",
  ...PLAN_EDIT,
  mutates: true,
  schema: createInitiativeSchema,
  run: (db, ctx, input) => createInitiativeIn(db, ctx.org, { userId: ctx.user.id }, input),
});

/** One click on a roadmap item: its title, factor and actions, from the one results loader. */
export const createInitiativeFromRoadmap = defineOrgAction({
  name: "initiative.create-from-roadmap",
  ...PLAN_EDIT,
  mutates: true,
  schema: fromRoadmapSchema,
  async run(db, ctx, input) {
    const loaded = await loadAssessmentResults(db, { org: ctx.org }, input.assessmentId, { target: input.target, intervals: false });
    if (!loaded) return fail(404, "That assessment was not found.");
    const item = loaded.results.roadmap.phases.flatMap((p) => p.items).find((it) => it.factorKey === input.factorKey);
    if (!item) return fail(404, "That factor is not on this assessment's roadmap.");
    const open = await db.initiative.findFirst({
      where: { organizationId: ctx.org.id, factorKeys: { has: item.factorKey }, status: { in: ["PLANNED", "IN_PROGRESS"] } },
      select: { title: true },
    });
    if (open) return fail(409, `${item.name} is already in the plan ("${open.title}").`);
    return createInitiativeIn(
      db,
      ctx.org,
      { userId: ctx.user.id },
      {
        ...roadmapPrefill(item),
        ownerMembershipId: null,
        dueDate: null,
        status: "PLANNED",
        evidenceLinks: [],
        createdFromAssessmentId: loaded.assessment.id,
      },
    );
  },
});

export const updateInitiative = defineOrgAction({
  name: "initiative.update",
  ...PLAN_EDIT,
  mutates: true,
  schema: updateInitiativeSchema,
  run: (db, ctx, { initiativeId, ...patch }) => updateInitiativeIn(db, ctx.org, { userId: ctx.user.id }, initiativeId, patch),
});

export const changeInitiativeStatus = defineOrgAction({
  name: "initiative.change-status",
  ...PLAN_EDIT,
  mutates: true,
  schema: changeStatusSchema,
  run: (db, ctx, input) =>
    updateInitiativeIn(db, ctx.org, { userId: ctx.user.id }, input.initiativeId, { status: input.status }, "initiative.status-changed"),
});

export const deleteInitiative = defineOrgAction({
  name: "initiative.delete",
  ...PLAN,
  minRole: "ADMIN",
  mutates: true,
  schema: initiativeRefSchema,
  run: (db, ctx, input) => deleteInitiativeIn(db, ctx.org, { userId: ctx.user.id }, input.initiativeId),
});
