// Splits a framework into the pages ("sections") a respondent answers, and measures progress.
// Pure TypeScript, no framework imports; every value is plain JSON so it can cross the server/client boundary.
// Deliberately carries no scoring information (no `reverse` flag, no rubric): respondents must not see it.
import type { FactorDef, FrameworkDef, ModuleDef } from "@/lib/domain/instrument/types";
import { displayName, termTitle } from "@/lib/view/role-names";

/** A Likert answer as the respondent gives it: 1 = strongly disagree … 5 = strongly agree; null = "don't know". */
export type AnswerValue = 1 | 2 | 3 | 4 | 5 | null;

export interface QuestionnaireItem {
  key: string;
  text: string;
}

export interface QuestionnaireFactor {
  key: string;
  name: string;
  /** Shown as help text above the factor's statements. */
  definition: string;
  items: QuestionnaireItem[];
}

export interface QuestionnaireSection {
  /** Stable and unique: "<module>.<category>" for categorised modules, "<module>.<n>" (1-based) otherwise. */
  key: string;
  moduleKey: string;
  moduleName: string;
  title: string;
  /** The academic term behind a plain title (e.g. "Causal conditions" behind "Root causes"), for a tooltip. */
  titleTerm?: string;
  description?: string;
  factors: QuestionnaireFactor[];
}

/** At most this many factors (about 25 statements) on one page of a module without categories. */
export const MAX_FACTORS_PER_SECTION = 5;

/**
 * One page per category for modules with categories (in the module's category order; factors keep their
 * framework order within a category), and pages of at most MAX_FACTORS_PER_SECTION factors otherwise,
 * balanced so no page is left nearly empty (6 factors → 3 + 3, 17 → 5 + 4 + 4 + 4).
 * Modules follow framework order; unknown module keys are ignored.
 */
/** The few words sections.ts adds to framework texts, in the respondent's language (English by default). */
export interface SectionWording {
  /** "Title (2 of 3)" for a long section split into parts. */
  part: (title: string, index: number, total: number) => string;
  /** The page for factors outside every category. */
  otherTopics: (moduleName: string) => string;
}

export const ENGLISH_SECTION_WORDING: SectionWording = {
  part: (title, index, total) => `${title} (${index} of ${total})`,
  otherTopics: (moduleName) => `${moduleName}: other topics`,
};

export function buildSections(
  framework: FrameworkDef,
  moduleKeys: readonly string[],
  wording: SectionWording = ENGLISH_SECTION_WORDING,
): QuestionnaireSection[] {
  const sections: QuestionnaireSection[] = [];
  for (const mod of framework.modules) {
    if (!moduleKeys.includes(mod.key)) continue;
    sections.push(...moduleSections(mod, wording));
  }
  return sections;
}

function moduleSections(module: ModuleDef, wording: SectionWording): QuestionnaireSection[] {
  if (!module.categories?.length) {
    return partSections(module, module.factors, module.key, module.name, respondentText(module.description), wording);
  }
  const out: QuestionnaireSection[] = [];
  const known = new Set(module.categories.map((c) => c.key));
  for (const category of module.categories) {
    const factors = module.factors.filter((f) => f.category === category.key);
    const shown = displayName(category.name);
    const term = termTitle(shown);
    out.push(
      ...partSections(module, factors, `${module.key}.${category.key}`, shown.name, respondentText(category.description), wording).map(
        (s) => (term === undefined ? s : { ...s, titleTerm: term }),
      ),
    );
  }
  // Factors without a (known) category would otherwise be lost; keep them on a page of their own.
  const rest = module.factors.filter((f) => !f.category || !known.has(f.category));
  out.push(...partSections(module, rest, `${module.key}.other`, wording.otherTopics(module.name), "", wording));
  return out;
}

/** One section, or several numbered parts when there are more than MAX_FACTORS_PER_SECTION factors. */
function partSections(
  module: ModuleDef,
  factors: FactorDef[],
  baseKey: string,
  baseTitle: string,
  description: string,
  wording: SectionWording,
): QuestionnaireSection[] {
  const chunks = balancedChunks(factors, MAX_FACTORS_PER_SECTION);
  const categorised = baseKey !== module.key;
  return chunks.map((chunk, i) => ({
    key: categorised ? (chunks.length === 1 ? baseKey : `${baseKey}.${i + 1}`) : `${baseKey}.${i + 1}`,
    moduleKey: module.key,
    moduleName: module.name,
    title: chunks.length === 1 ? baseTitle : wording.part(baseTitle, i + 1, chunks.length),
    ...(description ? { description } : {}),
    factors: chunk.map(toQuestionnaireFactor),
  }));
}

function toQuestionnaireFactor(f: FactorDef): QuestionnaireFactor {
  // Copy field by field: the respondent's page must never receive `reverse`, rubrics or actions.
  return {
    key: f.key,
    name: f.name,
    definition: respondentText(f.definition) || f.definition,
    items: f.items.map((it) => ({ key: it.key, text: it.text })),
  };
}

/**
 * Framework prose is written for analysts and cites its research sources ("Seed 002 recommends …",
 * "(the seed's \"interventionist\" categories)"). Respondents get the same text without those citations:
 * parentheticals and sentences that mention a seed are dropped. Returns "" when nothing is left.
 */
export function respondentText(text: string): string {
  const cites = /\bseed(?:s|'s)?\b/i;
  const noAsides = text.replace(/\s*\([^()]*\)/g, (aside) => (cites.test(aside) ? "" : aside));
  return noAsides
    .split(/(?<=[.!?])\s+(?=[A-Z"“])/)
    .filter((sentence) => !cites.test(sentence))
    .join(" ")
    .trim();
}

/** Splits into the fewest chunks of at most `max`, sizes differing by at most one (larger first). */
export function balancedChunks<T>(list: readonly T[], max: number): T[][] {
  if (list.length === 0) return [];
  const count = Math.ceil(list.length / max);
  const base = Math.floor(list.length / count);
  const extra = list.length % count;
  const out: T[][] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const size = base + (i < extra ? 1 : 0);
    out.push(list.slice(at, at + size));
    at += size;
  }
  return out;
}

/**
 * Answers keyed by item key. An item counts as answered when its key is present with any value other than
 * `undefined` — including `null` ("don't know") and `{ value: null, … }` records such as the page's initial answers.
 */
export type AnswerLookup = Readonly<Record<string, unknown>>;

export function isAnswered(answers: AnswerLookup, itemKey: string): boolean {
  return Object.prototype.hasOwnProperty.call(answers, itemKey) && answers[itemKey] !== undefined;
}

export function sectionItemKeys(section: QuestionnaireSection): string[] {
  return section.factors.flatMap((f) => f.items.map((it) => it.key));
}

export interface SectionProgress {
  key: string;
  answered: number;
  total: number;
  complete: boolean;
}

export interface QuestionnaireProgress {
  answered: number;
  total: number;
  /** Every item answered (don't know counts). */
  complete: boolean;
  /** 0–100, rounded down so 100 only shows when everything is answered. */
  percent: number;
  sections: SectionProgress[];
}

export function progress(sections: readonly QuestionnaireSection[], answers: AnswerLookup): QuestionnaireProgress {
  let answered = 0;
  let total = 0;
  const perSection = sections.map((s) => {
    const keys = sectionItemKeys(s);
    const done = keys.filter((k) => isAnswered(answers, k)).length;
    answered += done;
    total += keys.length;
    return { key: s.key, answered: done, total: keys.length, complete: done === keys.length };
  });
  return {
    answered,
    total,
    complete: answered === total,
    percent: total === 0 ? 100 : Math.floor((answered / total) * 100),
    sections: perSection,
  };
}

/** Index of the first section with an unanswered item, or -1 when everything is answered. */
export function firstIncompleteSection(sections: readonly QuestionnaireSection[], answers: AnswerLookup): number {
  return sections.findIndex((s) => sectionItemKeys(s).some((k) => !isAnswered(answers, k)));
}

/** Where a returning respondent resumes: the first incomplete section, or the last one (with Submit) when all are done. */
export function resumeSectionIndex(sections: readonly QuestionnaireSection[], answers: AnswerLookup): number {
  const i = firstIncompleteSection(sections, answers);
  return i >= 0 ? i : Math.max(0, sections.length - 1);
}

/** Unanswered item keys in questionnaire order. */
export function unansweredItems(sections: readonly QuestionnaireSection[], answers: AnswerLookup): string[] {
  return sections.flatMap(sectionItemKeys).filter((k) => !isAnswered(answers, k));
}

/** Index of the first section containing any of `itemKeys`, or -1. */
export function firstSectionContaining(sections: readonly QuestionnaireSection[], itemKeys: readonly string[]): number {
  const wanted = new Set(itemKeys);
  return sections.findIndex((s) => sectionItemKeys(s).some((k) => wanted.has(k)));
}
