// Typed input errors. Scoring refuses bad input loudly instead of letting a NaN reach a dashboard.

export type ScoringErrorCode =
  | "unknown-module"
  | "no-modules"
  | "duplicate-item-key"
  | "unknown-item"
  | "item-not-included"
  | "invalid-answer"
  | "duplicate-respondent"
  | "invalid-group"
  | "unknown-group"
  | "invalid-option";

export class ScoringInputError extends Error {
  readonly code: ScoringErrorCode;
  /** Structured context for logs and API error bodies (respondent id, item key, value…). */
  readonly details: Readonly<Record<string, string | number | null>>;

  constructor(code: ScoringErrorCode, message: string, details: Record<string, string | number | null> = {}) {
    super(message);
    this.name = "ScoringInputError";
    this.code = code;
    this.details = details;
  }
}

export function isScoringInputError(e: unknown): e is ScoringInputError {
  return e instanceof ScoringInputError;
}
