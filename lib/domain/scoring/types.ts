// Input and output shapes of the scoring engine.

import type { LikertAnswer, ModuleKey } from "../instrument/types";
import type { ScoreValue } from "./maturity";

/** One respondent's answers. A missing key = skipped; null = "don't know". */
export interface ResponseInput {
  respondentId: string;
  /** "managers", "employees" or a custom group name. */
  group: string;
  answers: Readonly<Record<string, LikertAnswer | undefined>>;
}

export interface Coverage {
  /** Respondents × items. */
  expected: number;
  answered: number;
  dontKnow: number;
  /** Neither answered nor "don't know" (key absent). */
  skipped: number;
  /** answered / expected; null when nothing was expected (no respondents). */
  answeredShare: number | null;
  /** dontKnow / expected; null when nothing was expected. */
  dontKnowShare: number | null;
}

export interface FactorScore extends ScoreValue {
  key: string;
  name: string;
  moduleKey: ModuleKey;
  categoryKey: string | null;
  /** Respondents who answered at least one item of the factor (the n behind `mean`). */
  respondents: number;
  /** SD of the respondents' factor scores (spread of opinion); null when fewer than 2. */
  sd: number | null;
  coverage: Coverage;
}

export interface CategoryScore extends ScoreValue {
  key: string;
  moduleKey: ModuleKey;
  factorKeys: string[];
}

export interface ModuleScore extends ScoreValue {
  key: ModuleKey;
  name: string;
  coverage: Coverage;
}

export interface ScoreSet {
  respondents: number;
  factors: FactorScore[];
  categories: CategoryScore[];
  modules: ModuleScore[];
  overall: ScoreValue & { coverage: Coverage };
}

export interface GroupScoreSet extends ScoreSet {
  group: string;
}
