// The rules of a what-if request and of a saved scenario: the targets travel as JSON text from the form
// ({ "training": 3, … }) or as an object (tests, a future API), and are checked against the framework's
// factor keys here and against the assessment's own factors by the projection.
import "server-only";
import { z } from "zod";
import { KNOWN_FACTOR_KEYS } from "../action-plan/validation.ts";
import type { MaturityLevel } from "../../domain/instrument/types.ts";

export const MAX_TARGETS = 100;
export const MAX_NAME = 80;

const parseJson = (v: unknown) => {
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v === "" ? "{}" : v);
  } catch {
    return v;
  }
};

export const targetsSchema = z
  .preprocess(
    parseJson,
    z.record(
      z.string(),
      z
        .number({ error: "Target levels are whole numbers from 1 to 5." })
        .int("Target levels are whole numbers from 1 to 5.")
        .min(1, "Target levels are whole numbers from 1 to 5.")
        .max(5, "Target levels are whole numbers from 1 to 5."),
      { error: "The targets could not be read. Reload the page and try again." },
    ),
  )
  .superRefine((targets, ctx) => {
    const keys = Object.keys(targets);
    if (keys.length > MAX_TARGETS) ctx.addIssue({ code: "custom", message: `Set at most ${MAX_TARGETS} targets.` });
    const unknown = keys.filter((k) => !KNOWN_FACTOR_KEYS.has(k));
    if (unknown.length) ctx.addIssue({ code: "custom", message: `Unknown factor: ${unknown.slice(0, 5).join(", ")}.` });
  })
  .transform((t) => t as Record<string, MaturityLevel>);

const assessmentId = z.string({ error: "Choose an assessment." }).trim().min(1, "Choose an assessment.").max(64, "Choose an assessment.");
const scenarioId = z.string({ error: "Choose a scenario." }).trim().min(1, "Choose a scenario.").max(64, "Choose a scenario.");
const name = z
  .string({ error: "Give the scenario a name." })
  .trim()
  .min(1, "Give the scenario a name.")
  .max(MAX_NAME, `Use at most ${MAX_NAME} characters.`);

export const projectSchema = z.object({ assessmentId, targets: targetsSchema });
export const saveScenarioSchema = z.object({ assessmentId, name, targets: targetsSchema });
export const renameScenarioSchema = z.object({ scenarioId, name });
export const scenarioRefSchema = z.object({ scenarioId });
export const compareScenariosSchema = z.object({ first: scenarioId, second: scenarioId });
