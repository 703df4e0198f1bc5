// A consultancy's clients side by side (built by lib/features/portfolio/compare.ts).

export type AssessmentStatus = "OPEN" | "CLOSED" | "PUBLISHED";

export interface ComparedClient {
  slug: string;
  name: string;
  assessmentId: string;
  assessmentName: string;
  status: AssessmentStatus;
  respondents: number;
}

export type ComparisonRowKind = "overall" | "module" | "factor";

export interface ComparisonRow {
  kind: ComparisonRowKind;
  key: string;
  name: string;
  moduleKey: string | null;
  /** One mean (1–5) per compared client, same order as `clients`; null when not measured. */
  scores: (number | null)[];
  /** The market reference for this row (see `market`). */
  market: number | null;
}

export interface Comparison {
  clients: ComparedClient[];
  /** Clients without a closed or published assessment with answers: not compared. */
  notCompared: { slug: string; name: string }[];
  rows: ComparisonRow[];
  market: { kind: "portfolio-median" | "market-median"; label: string };
}
