// The shape of a versioned assessment framework (the questionnaire and its rubrics).
// Pure data types: no framework imports. Content lives in ./frameworks/<version>/*.json, one folder per version,
// loaded and checked by ./framework-schema.ts.

export type MaturityLevel = 1 | 2 | 3 | 4 | 5;

export const MATURITY_LEVEL_NAMES: Record<MaturityLevel, string> = {
  1: "Initial",
  2: "Developing",
  3: "Defined",
  4: "Managed",
  5: "Optimised",
};

/** A Likert answer: 1 = strongly disagree … 5 = strongly agree; null = "don't know". */
export type LikertAnswer = 1 | 2 | 3 | 4 | 5 | null;

/** Grounded-theory paradigm roles of the e-CRM factors (seed 001). */
export type ParadigmRole = "causal" | "contextual" | "central" | "intervening" | "strategy" | "outcome";

export type SeedId = "000" | "001" | "002" | "003" | "004";

export interface SourceDef {
  id: SeedId;
  /**
   * Provenance as recorded when the version was published (frozen with it, so part of its fingerprint).
   * Readers never see this: pages and reports cite `paperCitation(id)` from the citations data file.
   */
  citation: string;
  /** Where the study's text was read, for maintainers. */
  file: string;
}

/**
 * Where a statement comes from (meyar-2026.2 on): the study, the construct it operationalises, and, where the
 * study has one, the passage it turns into a statement. Without a passage the statement is Meyar's own
 * operationalisation of the construct. Frozen with the version (part of its fingerprint).
 */
export interface ItemSource {
  /** The study, by its id in the framework's `sources`. */
  paper: SeedId;
  /** The construct in the study's own words (a category, factor or concept name), verbatim. */
  construct: string;
  /** Where in the study the construct stands, with its role, e.g. "Table 1 and section 3, Findings and Results; causal condition". */
  location: string;
  /** A short verbatim passage of the study that the statement operationalises. */
  passage?: string;
  /** Where the passage stands, e.g. "Conclusion"; present exactly when `passage` is. */
  passageLocation?: string;
}

export interface ItemDef {
  /** Globally unique and stable across versions when the wording is unchanged: "<module>.<factor>.<n>". */
  key: string;
  /** One idea, plain business English, answerable by a bank manager or employee. */
  text: string;
  /** True when agreement means LESS maturity; scored as 6 - answer. */
  reverse: boolean;
  /** The statement's source (from meyar-2026.2; absent in 2026.1, published without per-statement sources). */
  source?: ItemSource;
}

export interface LevelStepActions {
  from: 1 | 2 | 3 | 4;
  to: 2 | 3 | 4 | 5;
  /** 2–4 concrete actions that move a bank from `from` to `to` on this factor. */
  actions: string[];
}

export interface FactorDef {
  /** Unique within the framework, e.g. "infrastructure" (e-CRM keys match the ISM reference data). */
  key: string;
  name: string;
  /** One or two sentences. Shown as help text in the questionnaire. */
  definition: string;
  /** Optional category/class within the module (e.g. the six classes of module "ckm"). */
  category?: string;
  /** Seeds this factor is drawn from. */
  sources: SeedId[];
  /** e-CRM only: roles in the grounded-theory paradigm model. */
  paradigmRoles?: ParadigmRole[];
  /** e-CRM only: level in the seed's published ISM model (1 = top). */
  publishedLevel?: number;
  items: ItemDef[];
  /** One concrete sentence per maturity level, written for banks. */
  rubric: Record<MaturityLevel, string>;
  /** Exactly four steps: 1→2, 2→3, 3→4, 4→5. */
  actions: LevelStepActions[];
}

export interface CategoryDef {
  key: string;
  name: string;
  description: string;
}

export type ModuleKey = "cx" | "ecrm" | "ckm";

export interface ModuleDef {
  key: ModuleKey;
  name: string;
  description: string;
  /** Optional modules may be left out of an assessment. */
  optional: boolean;
  /** Present when factors are grouped (factor.category refers to these keys). */
  categories?: CategoryDef[];
  factors: FactorDef[];
}

export interface FrameworkDef {
  /** e.g. "meyar-2026.1". A published version never changes; it is only superseded. */
  version: string;
  name: string;
  /** ISO date the version was published. */
  publishedOn: string;
  sources: SourceDef[];
  modules: ModuleDef[];
}
