// The regulator's time series as CSV (the one CSV writer): one line per institution × round × metric,
// scores on 1–5 as stored (no rounding), blank where the institution had no score.
import "server-only";
import type { TimeSeriesRow } from "../../features/supervision/time-series.ts";
import { toCsv, type Column } from "../../platform/http/csv.ts";

const COLUMNS: readonly Column<TimeSeriesRow>[] = [
  { name: "institution", value: (r) => r.institution },
  { name: "institution_address", value: (r) => r.slug },
  { name: "round", value: (r) => r.round },
  { name: "metric_key", value: (r) => r.metricKey },
  { name: "metric_kind", value: (r) => r.metricKind },
  { name: "metric", value: (r) => r.metric },
  { name: "score", value: (r) => r.score },
  { name: "level", value: (r) => r.level },
];

export function timeSeriesCsv(rows: readonly TimeSeriesRow[]): string {
  // Institution names are typed by people: formulas defused.
  return toCsv(COLUMNS, rows, { defuseFormulas: true });
}
