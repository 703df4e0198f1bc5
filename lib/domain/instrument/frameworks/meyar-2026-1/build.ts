// Small builders that turn the compact content of meyar-2026.1 into FrameworkDef factors.
// They only assemble data (item keys "<module>.<factor>.<n>", rubric and level-step records);
// they carry no content of their own. Part of the published version: do not change their output.
import type { FactorDef, ItemDef, LevelStepActions, MaturityLevel, ModuleKey, ParadigmRole, SeedId } from "../../types";

/** A reverse-worded statement: agreement means LOWER maturity. */
export interface ReverseItem {
  reverse: true;
  text: string;
}

/** Marks a statement as reverse-worded. */
export const R = (text: string): ReverseItem => ({ reverse: true, text });

export interface FactorSpec {
  key: string;
  name: string;
  definition: string;
  category?: string;
  sources: SeedId[];
  paradigmRoles?: ParadigmRole[];
  publishedLevel?: number;
  /** Statements in questionnaire order; item n gets the key "<module>.<factor>.<n>". */
  items: Array<string | ReverseItem>;
  /** Initial, Developing, Defined, Managed, Optimised. */
  rubric: [string, string, string, string, string];
  /** Actions for the steps 1→2, 2→3, 3→4, 4→5. */
  actions: [string[], string[], string[], string[]];
}

export function factor(moduleKey: ModuleKey, spec: FactorSpec): FactorDef {
  const items: ItemDef[] = spec.items.map((it, i) => ({
    key: `${moduleKey}.${spec.key}.${i + 1}`,
    text: typeof it === "string" ? it : it.text,
    reverse: typeof it !== "string",
  }));
  const rubric = Object.fromEntries(spec.rubric.map((text, i) => [i + 1, text])) as Record<MaturityLevel, string>;
  const actions: LevelStepActions[] = spec.actions.map((list, i) => ({
    from: (i + 1) as LevelStepActions["from"],
    to: (i + 2) as LevelStepActions["to"],
    actions: [...list],
  }));
  const out: FactorDef = {
    key: spec.key,
    name: spec.name,
    definition: spec.definition,
    sources: [...spec.sources],
    items,
    rubric,
    actions,
  };
  if (spec.category !== undefined) out.category = spec.category;
  if (spec.paradigmRoles !== undefined) out.paradigmRoles = [...spec.paradigmRoles];
  if (spec.publishedLevel !== undefined) out.publishedLevel = spec.publishedLevel;
  return out;
}

/** Recursively freezes a published framework so that no caller can alter it at run time. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
