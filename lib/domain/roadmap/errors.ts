// Typed input errors of the roadmap engine.

export type RoadmapErrorCode = "invalid-model" | "unknown-factor" | "invalid-score" | "invalid-target" | "invalid-benchmark";

export class RoadmapInputError extends Error {
  readonly code: RoadmapErrorCode;
  readonly details: Readonly<Record<string, string | number | null>>;

  constructor(code: RoadmapErrorCode, message: string, details: Record<string, string | number | null> = {}) {
    super(message);
    this.name = "RoadmapInputError";
    this.code = code;
    this.details = details;
  }
}
