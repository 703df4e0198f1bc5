// The content-validity review kit: one row per statement of a framework version, with what an expert needs to
// judge its relevance to its construct (module, factor, definition, statement, reverse scoring, source) and two
// empty columns for the expert's rating (1–4) and comment. Each expert fills a copy; `readReviewKitRatings` reads
// the copies back and lib/domain/statistics/content-validity computes I-CVI, S-CVI/Ave and modified kappa.
// Method: docs/SCORING.md §15. Written with the app's one CSV writer (lib/platform/http/csv).
import "server-only";
import { allItems, paperCitation, type FrameworkDef, type ItemSource } from "../../domain/instrument/index.ts";
import { contentValidity, type ContentValidity, type ItemRatings, type RelevanceRating } from "../../domain/statistics/content-validity.ts";
import { parseCsv, toCsv, type Column } from "../../platform/http/csv.ts";
import { respondentText } from "../../view/questionnaire/sections.ts";

/** The rating column: its header states the scale (Lynn 1986), so a copy handed to an expert explains itself. */
export const RATING_COLUMN = "relevance (1 = not relevant, 2 = somewhat relevant, 3 = quite relevant, 4 = highly relevant)";
export const COMMENT_COLUMN = "comment";

export interface ReviewKitRow {
  frameworkVersion: string;
  itemKey: string;
  module: string;
  factorKey: string;
  factor: string;
  factorDefinition: string;
  statement: string;
  reverse: boolean;
  source: ItemSource | null;
}

const BASIS_PASSAGE = "operationalises the quoted passage";
const BASIS_CONSTRUCT = "the instrument authors' operationalisation of the construct (the study gives no passage to quote)";

export const REVIEW_KIT_COLUMNS: Column<ReviewKitRow>[] = [
  { name: "framework_version", value: (r) => r.frameworkVersion },
  { name: "item_key", value: (r) => r.itemKey },
  { name: "module", value: (r) => r.module },
  { name: "factor_key", value: (r) => r.factorKey },
  { name: "factor", value: (r) => r.factor },
  { name: "factor_definition", value: (r) => r.factorDefinition },
  { name: "statement", value: (r) => r.statement },
  { name: "reverse_scored", value: (r) => (r.reverse ? "yes" : "no") },
  { name: "source_paper", value: (r) => (r.source ? paperCitation(r.source.paper) : null) },
  { name: "source_construct", value: (r) => r.source?.construct ?? null },
  { name: "source_location", value: (r) => r.source?.location ?? null },
  { name: "source_passage", value: (r) => r.source?.passage ?? null },
  { name: "source_passage_location", value: (r) => r.source?.passageLocation ?? null },
  { name: "source_basis", value: (r) => (r.source ? (r.source.passage !== undefined ? BASIS_PASSAGE : BASIS_CONSTRUCT) : null) },
  { name: RATING_COLUMN, value: () => null },
  { name: COMMENT_COLUMN, value: () => null },
];

/** Every statement of `framework`, in questionnaire order. */
export function reviewKitRows(framework: FrameworkDef): ReviewKitRow[] {
  const modules = new Map(framework.modules.map((m) => [m.key, m]));
  return allItems(framework).map((it) => {
    const factor = modules.get(it.moduleKey)?.factors.find((f) => f.key === it.factorKey);
    const definition = factor?.definition ?? "";
    return {
      frameworkVersion: framework.version,
      itemKey: it.key,
      module: modules.get(it.moduleKey)?.name ?? it.moduleKey,
      factorKey: it.factorKey,
      factor: factor?.name ?? it.factorKey,
      // Definitions cite their seeds for maintainers ("Seed 002 recommends …"); the source columns cite the paper.
      factorDefinition: respondentText(definition) || definition,
      statement: it.text,
      reverse: it.reverse,
      source: it.source ?? null,
    };
  });
}

export function reviewKitCsv(framework: FrameworkDef): string {
  return toCsv(REVIEW_KIT_COLUMNS, reviewKitRows(framework));
}

export function reviewKitFileName(framework: FrameworkDef): string {
  return `content-validity-review-kit-${framework.version.replace(/[^a-z0-9.-]+/gi, "-")}.csv`;
}

export class ReviewKitError extends Error {}

/**
 * The ratings of filled copies of the kit (one CSV per expert), per statement of `framework` in questionnaire order:
 * ratings[e] is expert e's rating, null when the cell is empty. Refuses a file of another version, an unknown or
 * repeated statement, or a rating that is not 1–4, naming the file and the line.
 */
export function readReviewKitRatings(framework: FrameworkDef, files: readonly { name: string; csv: string }[]): ItemRatings[] {
  const keys = allItems(framework).map((it) => it.key);
  const byKey = new Map(keys.map((k) => [k, [] as (RelevanceRating | null)[]]));
  files.forEach(({ name, csv }, expert) => {
    const [header, ...lines] = parseCsv(csv.replace(/^\uFEFF/, ""));
    const col = (title: string) => header?.findIndex((h) => h.trim() === title) ?? -1;
    const keyAt = col("item_key");
    const versionAt = col("framework_version");
    const ratingAt = header?.findIndex((h) => h.trim().toLowerCase().startsWith("relevance")) ?? -1;
    if (keyAt < 0 || ratingAt < 0) throw new ReviewKitError(`${name}: not a review kit (no item_key or relevance column)`);
    const seen = new Set<string>();
    lines.forEach((cells, i) => {
      const line = i + 2;
      if (cells.every((c) => c.trim() === "")) return;
      const key = (cells[keyAt] ?? "").trim();
      const ratings = byKey.get(key);
      if (!ratings) throw new ReviewKitError(`${name}, line ${line}: "${key}" is not a statement of ${framework.version}`);
      if (versionAt >= 0 && (cells[versionAt] ?? "").trim() !== framework.version)
        throw new ReviewKitError(`${name}, line ${line}: the kit is of ${cells[versionAt]}, not ${framework.version}`);
      if (seen.has(key)) throw new ReviewKitError(`${name}, line ${line}: "${key}" is rated twice`);
      seen.add(key);
      const raw = (cells[ratingAt] ?? "").trim();
      if (raw !== "" && !/^[1-4]$/.test(raw)) throw new ReviewKitError(`${name}, line ${line}: rating "${raw}" is not 1, 2, 3 or 4`);
      ratings[expert] = raw === "" ? null : (Number(raw) as RelevanceRating);
    });
  });
  // A statement missing from an expert's file counts as not rated by that expert.
  return keys.map((key) => {
    const ratings = byKey.get(key) ?? [];
    return { key, ratings: Array.from({ length: files.length }, (_, e) => ratings[e] ?? null) };
  });
}

export interface ContentValidityRow {
  itemKey: string;
  factorKey: string;
  experts: number;
  relevant: number;
  iCvi: number | null;
  chanceAgreement: number | null;
  modifiedKappa: number | null;
  reading: string | null;
  acceptable: boolean | null;
}

export const CONTENT_VALIDITY_COLUMNS: Column<ContentValidityRow>[] = [
  { name: "item_key", value: (r) => r.itemKey },
  { name: "factor_key", value: (r) => r.factorKey },
  { name: "experts", value: (r) => r.experts },
  { name: "relevant", value: (r) => r.relevant },
  { name: "i_cvi", value: (r) => r.iCvi },
  { name: "chance_agreement", value: (r) => r.chanceAgreement },
  { name: "modified_kappa", value: (r) => r.modifiedKappa },
  { name: "kappa_reading", value: (r) => r.reading },
  { name: "meets_lynn_criterion", value: (r) => (r.acceptable === null ? null : r.acceptable ? "yes" : "no") },
];

/** The ratings scored: per statement (with its factor) and for the scale. */
export function scoreReviewKit(
  framework: FrameworkDef,
  files: readonly { name: string; csv: string }[],
): { rows: ContentValidityRow[]; scale: ContentValidity } {
  const items = allItems(framework);
  const scale = contentValidity(readReviewKitRatings(framework, files));
  const rows = scale.items.map((r, i) => ({
    itemKey: r.key,
    factorKey: items[i]?.factorKey ?? "",
    experts: r.experts,
    relevant: r.relevant,
    iCvi: r.iCvi,
    chanceAgreement: r.chanceAgreement,
    modifiedKappa: r.modifiedKappa,
    reading: r.reading,
    acceptable: r.acceptable,
  }));
  return { rows, scale };
}
