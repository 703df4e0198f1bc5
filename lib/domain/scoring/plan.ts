// Compiles a framework + included modules into flat index arrays once, so that scoring, reliability
// and the bootstrap loop work on integer indices and typed arrays instead of string lookups.

import type { FrameworkDef, ModuleKey } from "../instrument/types";
import { ScoringInputError } from "./errors";

export interface PlanItem {
  key: string;
  reverse: boolean;
  factorIndex: number;
}

export interface PlanFactor {
  key: string;
  name: string;
  moduleKey: ModuleKey;
  categoryKey: string | null;
  /** Items of a factor are contiguous in `items`: [itemStart, itemStart + itemCount). */
  itemStart: number;
  itemCount: number;
}

export interface PlanCategory {
  key: string;
  moduleKey: ModuleKey;
  factorIndexes: number[];
}

/** A module is the mean of its units: its categories, plus any factor that has no category. */
export type PlanUnit = { kind: "category"; index: number } | { kind: "factor"; index: number };

export interface PlanModule {
  key: ModuleKey;
  name: string;
  factorIndexes: number[];
  units: PlanUnit[];
}

export interface ScoringPlan {
  frameworkVersion: string;
  items: PlanItem[];
  factors: PlanFactor[];
  categories: PlanCategory[];
  modules: PlanModule[];
  itemIndex: ReadonlyMap<string, number>;
  /** Item keys of modules that exist in the framework but are not included (answers to them are refused). */
  excludedItemKeys: ReadonlySet<string>;
}

export function buildPlan(framework: FrameworkDef, moduleKeys: readonly ModuleKey[]): ScoringPlan {
  if (moduleKeys.length === 0) throw new ScoringInputError("no-modules", "At least one module must be included.");
  for (const k of moduleKeys) {
    if (!framework.modules.some((m) => m.key === k)) {
      throw new ScoringInputError("unknown-module", `Module "${k}" is not in framework ${framework.version}.`, { module: k });
    }
  }
  const included = new Set(moduleKeys);
  const plan: ScoringPlan = {
    frameworkVersion: framework.version,
    items: [],
    factors: [],
    categories: [],
    modules: [],
    itemIndex: new Map(),
    excludedItemKeys: new Set(),
  };
  const itemIndex = plan.itemIndex as Map<string, number>;
  const excluded = plan.excludedItemKeys as Set<string>;
  const seen = new Set<string>();
  // Framework order, not the caller's order, so results do not depend on how modules were listed.
  for (const mod of framework.modules) {
    const isIncluded = included.has(mod.key);
    const planModule: PlanModule = { key: mod.key, name: mod.name, factorIndexes: [], units: [] };
    const categoryIndexByKey = new Map<string, number>();
    for (const c of mod.categories ?? []) {
      categoryIndexByKey.set(c.key, plan.categories.length + categoryIndexByKey.size);
    }
    const moduleCategories: PlanCategory[] = (mod.categories ?? []).map((c) => ({ key: c.key, moduleKey: mod.key, factorIndexes: [] }));
    for (const factor of mod.factors) {
      for (const item of factor.items) {
        if (seen.has(item.key)) {
          throw new ScoringInputError("duplicate-item-key", `Item key "${item.key}" occurs twice in the framework.`, { item: item.key });
        }
        seen.add(item.key);
        if (!isIncluded) excluded.add(item.key);
      }
      if (!isIncluded) continue;
      const factorIndex = plan.factors.length;
      plan.factors.push({
        key: factor.key,
        name: factor.name,
        moduleKey: mod.key,
        categoryKey: factor.category ?? null,
        itemStart: plan.items.length,
        itemCount: factor.items.length,
      });
      for (const item of factor.items) {
        itemIndex.set(item.key, plan.items.length);
        plan.items.push({ key: item.key, reverse: item.reverse, factorIndex });
      }
      planModule.factorIndexes.push(factorIndex);
      if (factor.category === undefined) {
        planModule.units.push({ kind: "factor", index: factorIndex });
        continue;
      }
      let ci = categoryIndexByKey.get(factor.category);
      if (ci === undefined) {
        // A category used by a factor but not declared on the module still groups its factors.
        ci = plan.categories.length + moduleCategories.length;
        categoryIndexByKey.set(factor.category, ci);
        moduleCategories.push({ key: factor.category, moduleKey: mod.key, factorIndexes: [] });
      }
      moduleCategories[ci - plan.categories.length]?.factorIndexes.push(factorIndex);
    }
    if (!isIncluded) continue;
    moduleCategories.forEach((c, i) => {
      if (c.factorIndexes.length > 0) planModule.units.push({ kind: "category", index: plan.categories.length + i });
    });
    plan.categories.push(...moduleCategories);
    plan.modules.push(planModule);
  }
  return plan;
}
