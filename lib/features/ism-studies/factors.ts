// The factors of an ISM study and the pairs an expert is asked about. Pure (no I/O).
// Default: the 17 e-CRM factors of the instrument, with their stable keys, so that an adopted
// model lines up with the roadmap. An own list may name instrument factors (matched by name or
// key, then they keep the instrument's key) or new ones (key "own-<slug>").
import "server-only";
import { getModule, latestFramework, type FrameworkDef } from "../../domain/instrument/index.ts";

export interface StudyFactor {
  key: string;
  name: string;
}

export const MIN_FACTORS = 3;
export const MAX_FACTORS = 30;

export function instrumentFactors(framework: FrameworkDef = latestFramework): StudyFactor[] {
  return (getModule(framework, "ecrm")?.factors ?? []).map((f) => ({ key: f.key, name: f.name }));
}

const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

/** One factor per line; blank lines ignored. Every problem is reported with its line number. */
export function parseFactorList(text: string, framework: FrameworkDef = latestFramework): { factors: StudyFactor[]; errors: string[] } {
  const known = new Map<string, StudyFactor>();
  for (const f of instrumentFactors(framework)) {
    known.set(normalise(f.name), f);
    known.set(normalise(f.key), f);
  }
  const factors: StudyFactor[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const name = raw.trim().replace(/\s+/g, " ");
    if (!name) return;
    const line = index + 1;
    if (name.length > 80) return void errors.push(`Line ${line}: use at most 80 characters for a factor name.`);
    const match = known.get(normalise(name));
    const slug = normalise(name)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    if (!match && !slug) return void errors.push(`Line ${line}: "${name}" needs at least one letter or digit.`);
    const factor = match ?? { key: `own-${slug}`, name };
    if (seen.has(factor.key)) return void errors.push(`Line ${line}: "${name}" is listed twice.`);
    seen.add(factor.key);
    factors.push(factor);
  });
  if (factors.length < MIN_FACTORS && errors.length === 0) errors.push(`List at least ${MIN_FACTORS} factors, one per line.`);
  if (factors.length > MAX_FACTORS)
    errors.push(`List at most ${MAX_FACTORS} factors (${(MAX_FACTORS * (MAX_FACTORS - 1)) / 2} pairs per expert).`);
  return { factors, errors };
}

export interface Pair {
  i: number;
  j: number;
}

/** All pairs i < j in SSIM reading order (row by row), the order an expert is asked them. */
export function studyPairs(n: number): Pair[] {
  const pairs: Pair[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push({ i, j });
  return pairs;
}

export function pairCount(n: number): number {
  return (n * (n - 1)) / 2;
}

export function isPair(n: number, i: number, j: number): boolean {
  return Number.isInteger(i) && Number.isInteger(j) && i >= 0 && i < j && j < n;
}

/** An expert's judgements as SSIM rows (upper triangle, n rows, the last empty); null while a pair is missing. */
export function ssimFromJudgements(n: number, judgements: readonly { i: number; j: number; letter: string }[]): string[] | null {
  const grid = new Map<string, string>();
  for (const jd of judgements) if (isPair(n, jd.i, jd.j)) grid.set(`${jd.i}:${jd.j}`, jd.letter);
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    let row = "";
    for (let j = i + 1; j < n; j++) {
      const letter = grid.get(`${i}:${j}`);
      if (!letter) return null;
      row += letter;
    }
    rows.push(row);
  }
  return rows;
}

/** True when every factor of the study is an instrument factor, so the model can drive the roadmap. */
export function ownFactors(keys: readonly string[], framework: FrameworkDef = latestFramework): string[] {
  const known = new Set(instrumentFactors(framework).map((f) => f.key));
  return keys.filter((k) => !known.has(k));
}
