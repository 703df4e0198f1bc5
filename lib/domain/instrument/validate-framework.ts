// Structural rules of a FrameworkDef. Pure: returns the problems found, empty when the framework is valid.
import type { FrameworkDef, MaturityLevel, ModuleKey, ParadigmRole, SeedId } from "./types";

export interface FrameworkProblem {
  /** Where the problem is, e.g. "modules[ecrm].factors[brand].items[2]". */
  path: string;
  message: string;
}

export const ITEMS_PER_FACTOR = { min: 3, max: 5 } as const;
export const ACTIONS_PER_STEP = { min: 2, max: 4 } as const;

const LEVELS: MaturityLevel[] = [1, 2, 3, 4, 5];
const MODULE_KEYS: ModuleKey[] = ["cx", "ecrm", "ckm"];
const SEED_IDS: SeedId[] = ["000", "001", "002", "003", "004"];
const ROLES: ParadigmRole[] = ["causal", "contextual", "central", "intervening", "strategy", "outcome"];
const KEY_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ITEM_KEY_RE = /^([a-z]+)\.([a-z0-9]+(?:-[a-z0-9]+)*)\.([1-9][0-9]*)$/;

const blank = (s: unknown): boolean => typeof s !== "string" || s.trim() === "";

export function validateFramework(fw: FrameworkDef): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  if (blank(fw.version)) add("version", "version is empty");
  if (blank(fw.name)) add("name", "name is empty");
  if (typeof fw.publishedOn !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(fw.publishedOn) || Number.isNaN(Date.parse(fw.publishedOn)))
    add("publishedOn", `publishedOn "${String(fw.publishedOn)}" is not an ISO date (YYYY-MM-DD)`);

  // Sources
  const sourceIds = new Set<string>();
  (fw.sources ?? []).forEach((s, i) => {
    const p = `sources[${i}]`;
    if (!SEED_IDS.includes(s.id)) add(p, `unknown source id "${s.id}"`);
    if (sourceIds.has(s.id)) add(p, `duplicate source id "${s.id}"`);
    sourceIds.add(s.id);
    if (blank(s.citation)) add(p, "citation is empty");
    if (blank(s.file)) add(p, "file is empty");
  });

  // Modules
  if (!Array.isArray(fw.modules) || fw.modules.length === 0) add("modules", "framework has no modules");
  const moduleKeys = new Set<string>();
  const factorKeys = new Set<string>();
  const itemKeys = new Set<string>();

  for (const mod of fw.modules ?? []) {
    const mp = `modules[${mod.key}]`;
    if (!MODULE_KEYS.includes(mod.key)) add(mp, `unknown module key "${mod.key}"`);
    if (moduleKeys.has(mod.key)) add(mp, `duplicate module key "${mod.key}"`);
    moduleKeys.add(mod.key);
    if (blank(mod.name)) add(mp, "module name is empty");
    if (blank(mod.description)) add(mp, "module description is empty");
    if (typeof mod.optional !== "boolean") add(mp, "optional must be true or false");
    if (!Array.isArray(mod.factors) || mod.factors.length === 0) add(mp, "module has no factors");

    const categoryKeys = new Set<string>();
    for (const cat of mod.categories ?? []) {
      const cp = `${mp}.categories[${cat.key}]`;
      if (!KEY_RE.test(cat.key)) add(cp, `category key "${cat.key}" is not kebab-case`);
      if (categoryKeys.has(cat.key)) add(cp, `duplicate category key "${cat.key}"`);
      categoryKeys.add(cat.key);
      if (blank(cat.name)) add(cp, "category name is empty");
      if (blank(cat.description)) add(cp, "category description is empty");
    }
    const usedCategories = new Set<string>();

    for (const f of mod.factors ?? []) {
      const fp = `${mp}.factors[${f.key}]`;
      if (!KEY_RE.test(f.key)) add(fp, `factor key "${f.key}" is not kebab-case`);
      if (factorKeys.has(f.key)) add(fp, `duplicate factor key "${f.key}" (factor keys are unique across the framework)`);
      factorKeys.add(f.key);
      if (blank(f.name)) add(fp, "factor name is empty");
      if (blank(f.definition)) add(fp, "definition is empty");

      // Category reference
      if (f.category !== undefined) {
        usedCategories.add(f.category);
        if (!categoryKeys.has(f.category)) add(fp, `category "${f.category}" is not defined in module ${mod.key}`);
      } else if (categoryKeys.size > 0) {
        add(fp, "module has categories but this factor has none");
      }

      // Sources
      if (!Array.isArray(f.sources) || f.sources.length === 0) add(fp, "factor cites no source");
      for (const s of f.sources ?? []) if (!sourceIds.has(s)) add(fp, `source "${s}" is not in the framework's sources`);
      if (new Set(f.sources ?? []).size !== (f.sources ?? []).length) add(fp, "duplicate source in factor");

      // e-CRM metadata, when present
      for (const r of f.paradigmRoles ?? []) if (!ROLES.includes(r)) add(fp, `unknown paradigm role "${r}"`);
      if (f.publishedLevel !== undefined && !(Number.isInteger(f.publishedLevel) && f.publishedLevel >= 1))
        add(fp, `publishedLevel ${f.publishedLevel} is not a positive integer`);

      // Items
      const items = f.items ?? [];
      if (items.length < ITEMS_PER_FACTOR.min || items.length > ITEMS_PER_FACTOR.max)
        add(fp, `has ${items.length} items; expected ${ITEMS_PER_FACTOR.min}–${ITEMS_PER_FACTOR.max}`);
      items.forEach((it, i) => {
        const ip = `${fp}.items[${i}]`;
        const m = ITEM_KEY_RE.exec(it.key ?? "");
        if (!m) add(ip, `item key "${it.key}" is not of the form <module>.<factor>.<n>`);
        else if (m[1] !== mod.key || m[2] !== f.key) add(ip, `item key "${it.key}" does not start with "${mod.key}.${f.key}."`);
        if (itemKeys.has(it.key)) add(ip, `duplicate item key "${it.key}"`);
        itemKeys.add(it.key);
        if (blank(it.text)) add(ip, "item text is empty");
        if (typeof it.reverse !== "boolean") add(ip, "reverse must be true or false");
        if (it.source !== undefined) {
          if (!(f.sources ?? []).includes(it.source.paper))
            add(`${ip}.source`, `paper "${it.source.paper}" is not among the factor's sources`);
          if (blank(it.source.construct)) add(`${ip}.source`, "construct is empty");
          if (blank(it.source.location)) add(`${ip}.source`, "location is empty");
          if (it.source.passage !== undefined && blank(it.source.passage)) add(`${ip}.source`, "passage is empty");
          if (
            (it.source.passage === undefined) !== (it.source.passageLocation === undefined) ||
            (it.source.passage !== undefined && blank(it.source.passageLocation))
          )
            add(`${ip}.source`, "a passage needs its location, and only a passage has one");
        }
      });
      if (items.length > 0 && items.every((it) => it.reverse)) add(fp, "all items are reverse-worded");

      // Rubric
      for (const level of LEVELS) {
        if (!f.rubric || blank(f.rubric[level])) add(`${fp}.rubric[${level}]`, `rubric for level ${level} is missing`);
      }
      const extraLevels = Object.keys(f.rubric ?? {}).filter((k) => !LEVELS.map(String).includes(k));
      if (extraLevels.length > 0) add(`${fp}.rubric`, `unexpected rubric levels: ${extraLevels.join(", ")}`);

      // Level-step actions: exactly 1→2, 2→3, 3→4, 4→5 in order
      const steps = f.actions ?? [];
      if (steps.length !== 4) add(`${fp}.actions`, `has ${steps.length} level steps; expected exactly 4 (1→2 … 4→5)`);
      steps.forEach((step, i) => {
        const sp = `${fp}.actions[${i}]`;
        if (step.from !== i + 1 || step.to !== i + 2) add(sp, `step ${step.from}→${step.to} out of place; expected ${i + 1}→${i + 2}`);
        const n = step.actions?.length ?? 0;
        if (n < ACTIONS_PER_STEP.min || n > ACTIONS_PER_STEP.max)
          add(sp, `has ${n} actions; expected ${ACTIONS_PER_STEP.min}–${ACTIONS_PER_STEP.max}`);
        (step.actions ?? []).forEach((a, j) => {
          if (blank(a)) add(`${sp}.actions[${j}]`, "action is empty");
        });
      });
    }

    for (const key of categoryKeys) if (!usedCategories.has(key)) add(`${mp}.categories[${key}]`, `category "${key}" has no factors`);
  }

  return problems;
}

/** Statements without a source: a version published with per-statement sources (meyar-2026.2 on) has none. */
export function missingItemSources(fw: FrameworkDef): FrameworkProblem[] {
  return fw.modules.flatMap((mod) =>
    mod.factors.flatMap((f) =>
      f.items.flatMap((it, i) =>
        it.source === undefined
          ? [{ path: `modules[${mod.key}].factors[${f.key}].items[${i}]`, message: `statement "${it.key}" has no source` }]
          : [],
      ),
    ),
  );
}
