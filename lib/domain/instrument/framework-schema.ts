// The zod schema of a framework version's data files (frameworks/<version>/*.json) and the loader that turns them
// into a FrameworkDef. Pure: zod only, no framework imports.
//
// A published version's fingerprint is FNV-1a over JSON.stringify(framework), so key order matters. The data
// files are free to order their keys for reading; the builders below set the published order explicitly
// (they never rely on the order of the JSON or on the order zod emits), and `about` notes are dropped.
import { z } from "zod";
import type {
  CategoryDef,
  FactorDef,
  FrameworkDef,
  ItemDef,
  ItemSource,
  LevelStepActions,
  MaturityLevel,
  ModuleDef,
  ModuleKey,
  SourceDef,
} from "./types";
import { missingItemSources, validateFramework } from "./validate-framework";

export const MODULE_KEYS = ["cx", "ecrm", "ckm"] as const satisfies readonly ModuleKey[];
const SEED_IDS = ["000", "001", "002", "003", "004"] as const;
const PARADIGM_ROLES = ["causal", "contextual", "central", "intervening", "strategy", "outcome"] as const;

const text = z.string().regex(/\S/, "must not be empty");
const kebabKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case key");
const seedId = z.enum(SEED_IDS);
const paradigmRole = z.enum(PARADIGM_ROLES);
/** Provenance note of a data file: where its content comes from. Not part of the framework object. */
const about = text;

export const sourceSchema = z.strictObject({ id: seedId, citation: text, file: text });

/** A statement's source: the study, the construct in its words, where it stands and, optionally, the passage. */
export const itemSourceSchema = z
  .strictObject({
    paper: seedId,
    construct: text,
    location: text,
    passage: text.optional(),
    passageLocation: text.optional(),
  })
  .refine((s) => (s.passage === undefined) === (s.passageLocation === undefined), {
    message: "passage and passageLocation go together",
    path: ["passageLocation"],
  });

export const itemSchema = z.strictObject({
  key: z.string().regex(/^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*\.[1-9][0-9]*$/, "must be of the form <module>.<factor>.<n>"),
  text,
  reverse: z.boolean(),
  source: itemSourceSchema.optional(),
});

/** One sentence per maturity level 1 (Initial) … 5 (Optimised); no other levels. */
export const rubricSchema = z.strictObject({ "1": text, "2": text, "3": text, "4": text, "5": text });

export const levelStepSchema = z.strictObject({
  from: z.literal([1, 2, 3, 4]),
  to: z.literal([2, 3, 4, 5]),
  actions: z.array(text).min(2).max(4),
});

/** Exactly the four steps 1→2, 2→3, 3→4, 4→5, in that order. */
const levelStepsSchema = z
  .array(levelStepSchema)
  .length(4)
  .superRefine((steps, ctx) => {
    steps.forEach((s, i) => {
      if (s.from !== i + 1 || s.to !== i + 2)
        ctx.addIssue({ code: "custom", path: [i], message: `step ${s.from}→${s.to} out of place; expected ${i + 1}→${i + 2}` });
    });
  });

/** A factor's own content: what every module file holds for it. */
const factorContentShape = {
  key: kebabKey,
  category: kebabKey.optional(),
  definition: text,
  sources: z.array(seedId).min(1),
  items: z.array(itemSchema).min(3).max(5),
  rubric: rubricSchema,
  actions: levelStepsSchema,
};

/** A complete factor. */
export const factorSchema = z.strictObject({
  ...factorContentShape,
  name: text,
  paradigmRoles: z.array(paradigmRole).min(1).optional(),
  publishedLevel: z.int().min(1).optional(),
});

/** A factor whose name, paradigm roles and published level come from reference data (module "ecrm"). */
export const referencedFactorSchema = z.strictObject(factorContentShape);

/** The fields taken from reference data for a referenced factor. Extra fields of the reference file are ignored. */
export const factorReferenceSchema = z.object({
  key: kebabKey,
  name: text,
  paradigmRoles: z.array(paradigmRole).min(1),
  publishedLevel: z.int().min(1),
});

export const categorySchema = z.strictObject({ key: kebabKey, name: text, description: text });

const moduleShape = {
  about,
  key: z.enum(MODULE_KEYS),
  name: text,
  description: text,
  optional: z.boolean(),
  categories: z.array(categorySchema).min(1).optional(),
};

/** A module file (e.g. cx.json) with complete factors. */
export const moduleFileSchema = z.strictObject({ ...moduleShape, factors: z.array(factorSchema).min(1) });

/** A module file whose factors take their names, roles and levels from reference data (ecrm.json). */
export const referencedModuleFileSchema = z.strictObject({ ...moduleShape, factors: z.array(referencedFactorSchema).min(1) });

/** framework.json: the version's identity and its module files in questionnaire order. */
export const frameworkFileSchema = z.strictObject({
  about,
  version: text,
  name: text,
  publishedOn: z.iso.date(),
  modules: z.array(z.enum(MODULE_KEYS)).min(1),
});

/** sources.json: the seed studies the version cites. */
export const sourcesFileSchema = z.strictObject({ about, sources: z.array(sourceSchema).min(1) });

export type ModuleFile = z.infer<typeof moduleFileSchema>;
export type ReferencedModuleFile = z.infer<typeof referencedModuleFileSchema>;
export type FactorReference = z.infer<typeof factorReferenceSchema>;

/** A data file that does not match its schema; the message names the file and the path of every bad field. */
export class FrameworkDataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(`Invalid framework data in ${file}:\n${problems.map((p) => `  ${p.path || "(root)"}: ${p.message}`).join("\n")}`);
    this.name = "FrameworkDataError";
  }
}

/** "factors[3].items[0].text" from zod's path segments. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, seg) => (typeof seg === "number" ? `${out}[${seg}]` : out ? `${out}.${String(seg)}` : String(seg)), "");
}

/** Parses one data file against its schema; throws FrameworkDataError naming the file and the bad fields. */
export function parseFrameworkFile<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success)
    throw new FrameworkDataError(
      file,
      result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    );
  return result.data;
}

// ---- Builders: the published key order of each object -------------------------------------------------

type FactorData = z.infer<typeof factorSchema>;

function toSource(s: ItemSource): ItemSource {
  const out: ItemSource = { paper: s.paper, construct: s.construct, location: s.location };
  if (s.passage !== undefined) out.passage = s.passage;
  if (s.passageLocation !== undefined) out.passageLocation = s.passageLocation;
  return out;
}

/** Key, text, reverse, then (from 2026.2) source: a version without sources keeps its published form and hash. */
function toItem(it: ItemDef): ItemDef {
  const out: ItemDef = { key: it.key, text: it.text, reverse: it.reverse };
  if (it.source !== undefined) out.source = toSource(it.source);
  return out;
}

function toStep(s: LevelStepActions): LevelStepActions {
  return { from: s.from, to: s.to, actions: [...s.actions] };
}

function toFactor(f: FactorData): FactorDef {
  const rubric = { 1: f.rubric[1], 2: f.rubric[2], 3: f.rubric[3], 4: f.rubric[4], 5: f.rubric[5] } satisfies Record<MaturityLevel, string>;
  const out: FactorDef = {
    key: f.key,
    name: f.name,
    definition: f.definition,
    sources: [...f.sources],
    items: f.items.map(toItem),
    rubric,
    actions: f.actions.map(toStep),
  };
  if (f.category !== undefined) out.category = f.category;
  if (f.paradigmRoles !== undefined) out.paradigmRoles = [...f.paradigmRoles];
  if (f.publishedLevel !== undefined) out.publishedLevel = f.publishedLevel;
  return out;
}

function toCategory(c: CategoryDef): CategoryDef {
  return { key: c.key, name: c.name, description: c.description };
}

function toModule(m: ModuleFile): ModuleDef {
  const factors = m.factors.map(toFactor);
  const head = { key: m.key, name: m.name, description: m.description, optional: m.optional };
  return m.categories !== undefined ? { ...head, categories: m.categories.map(toCategory), factors } : { ...head, factors };
}

function toSourceDef(s: SourceDef): SourceDef {
  return { id: s.id, citation: s.citation, file: s.file };
}

/**
 * Completes a referenced module (ecrm.json) from its reference data: each factor takes its name, paradigm roles
 * and published level from the reference entry with its key, and the factors must be the reference's, in its order.
 */
export function withReference(module: ReferencedModuleFile, reference: unknown, file: string): ModuleFile {
  const refs = parseFrameworkFile(z.array(factorReferenceSchema), reference, `${file} (reference data)`);
  const expected = refs.map((r) => r.key).join(", ");
  const actual = module.factors.map((f) => f.key).join(", ");
  if (expected !== actual)
    throw new FrameworkDataError(file, [
      { path: "factors", message: `factor keys must be the reference's, in order: ${expected} (found ${actual})` },
    ]);
  const byKey = new Map(refs.map((r) => [r.key, r]));
  return {
    ...module,
    factors: module.factors.map((f) => {
      const ref = byKey.get(f.key);
      if (!ref) throw new FrameworkDataError(file, [{ path: "factors", message: `factor "${f.key}" is not in the reference data` }]);
      return { ...f, name: ref.name, paradigmRoles: ref.paradigmRoles, publishedLevel: ref.publishedLevel };
    }),
  };
}

/** Recursively freezes a published framework so that no caller can alter it at run time. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

export interface FrameworkFiles {
  /** "required": every statement must carry a `source` (meyar-2026.2 on); a version published without them omits this. */
  itemSources?: "required";
  /** framework.json, parsed. */
  framework: z.infer<typeof frameworkFileSchema>;
  /** sources.json, parsed. */
  sources: z.infer<typeof sourcesFileSchema>;
  /** Every module file by its key, complete (referenced modules already completed with `withReference`). */
  modules: Partial<Record<ModuleKey, ModuleFile>>;
}

/**
 * Assembles a frozen FrameworkDef from its parsed data files, in the published key order, and checks the
 * structural rules across files (validateFramework: category and source references, unique keys, …).
 */
export function assembleFramework(files: FrameworkFiles): FrameworkDef {
  const { framework } = files;
  const where = `framework ${framework.version}`;
  const modules = framework.modules.map((key, i) => {
    const m = files.modules[key];
    if (!m)
      throw new FrameworkDataError(`${where}: framework.json`, [{ path: `modules[${i}]`, message: `no data file for module "${key}"` }]);
    if (m.key !== key)
      throw new FrameworkDataError(`${where}: ${key}.json`, [{ path: "key", message: `expected "${key}", found "${m.key}"` }]);
    return toModule(m);
  });
  const fw: FrameworkDef = {
    version: framework.version,
    name: framework.name,
    publishedOn: framework.publishedOn,
    sources: files.sources.sources.map(toSourceDef),
    modules,
  };
  const problems = [...validateFramework(fw), ...(files.itemSources === "required" ? missingItemSources(fw) : [])];
  if (problems.length > 0) throw new FrameworkDataError(where, problems);
  return deepFreeze(fw);
}
