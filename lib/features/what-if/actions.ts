// The what-if operations, each through the one guard (defineOrgAction), with the action plan's rules:
// every member of a bank runs and compares what-ifs (reading); ANALYSTs and up save, rename and turn a
// scenario into initiatives; deleting a scenario needs an ADMIN, like deleting an initiative.
import "server-only";
import { defineOrgAction } from "../access/action.ts";
import { PLAN, PLAN_EDIT } from "../action-plan/actions.ts";
import { projectForAssessment } from "./projection.ts";
import { compareScenarios, deleteScenarioIn, renameScenarioIn, saveScenarioIn, scenarioToInitiatives } from "./scenarios.ts";
import { compareScenariosSchema, projectSchema, renameScenarioSchema, saveScenarioSchema, scenarioRefSchema } from "./validation.ts";

export const projectWhatIf = defineOrgAction({
  name: "what-if.project",
  ...PLAN,
  minRole: "VIEWER",
  mutates: false,
  schema: projectSchema,
  run: (db, ctx, input) => projectForAssessment(db, ctx.org, input.assessmentId, input.targets),
});

export const compareWhatIfScenarios = defineOrgAction({
  name: "what-if.compare",
  ...PLAN,
  minRole: "VIEWER",
  mutates: false,
  schema: compareScenariosSchema,
  run: (db, ctx, input) => compareScenarios(db, ctx.org, input.first, input.second),
});

export const saveWhatIfScenario = defineOrgAction({
  name: "what-if.save",
  ...PLAN_EDIT,
  mutates: true,
  schema: saveScenarioSchema,
  run: (db, ctx, input) => saveScenarioIn(db, ctx.org, { userId: ctx.user.id }, input),
});

export const renameWhatIfScenario = defineOrgAction({
  name: "what-if.rename",
  ...PLAN_EDIT,
  mutates: true,
  schema: renameScenarioSchema,
  run: (db, ctx, input) => renameScenarioIn(db, ctx.org, { userId: ctx.user.id }, input.scenarioId, input.name),
});

export const deleteWhatIfScenario = defineOrgAction({
  name: "what-if.delete",
  ...PLAN,
  minRole: "ADMIN",
  mutates: true,
  schema: scenarioRefSchema,
  run: (db, ctx, input) => deleteScenarioIn(db, ctx.org, { userId: ctx.user.id }, input.scenarioId),
});

export const whatIfToInitiatives = defineOrgAction({
  name: "what-if.to-initiatives",
  ...PLAN_EDIT,
  mutates: true,
  schema: scenarioRefSchema,
  run: (db, ctx, input) => scenarioToInitiatives(db, ctx.org, { userId: ctx.user.id }, input.scenarioId),
});
