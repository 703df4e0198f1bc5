// The measurement-quality table: one row per factor (reliability, validity, agreement) and one per
// item (item-total correlation, loading), as the results page's "Measurement quality" section shows
// them. The JSON export carries the whole section (bands, HTMT, tested perception gaps) as is.
import "server-only";
import type { FactorQualityView, MeasurementQualityView } from "../../view/results/measurement-quality.ts";
import type { Column } from "../../platform/http/csv.ts";
import { LIST_SEPARATOR } from "./roadmap.ts";

/** The factor-level figures, named as on the results page; item rows leave them empty. */
type FactorFigures = Pick<
  FactorQualityView,
  "alpha" | "alphaLower" | "alphaUpper" | "omega" | "compositeReliability" | "averageVarianceExtracted" | "rwgJ" | "rwgJStar"
>;

export interface QualityRow extends FactorFigures {
  scope: "factor" | "item";
  module: string;
  factorKey: string;
  factorName: string;
  itemKey: string | null;
  itemTotal: number | null;
  loading: number | null;
  flags: string[];
  reading: string | null;
}

export const QUALITY_COLUMNS: Column<QualityRow>[] = [
  { name: "scope", value: (r) => r.scope },
  { name: "module", value: (r) => r.module },
  { name: "factor_key", value: (r) => r.factorKey },
  { name: "factor_name", value: (r) => r.factorName },
  { name: "item_key", value: (r) => r.itemKey },
  { name: "alpha", value: (r) => r.alpha },
  { name: "alpha_ci_lower", value: (r) => r.alphaLower },
  { name: "alpha_ci_upper", value: (r) => r.alphaUpper },
  { name: "omega_total", value: (r) => r.omega },
  { name: "composite_reliability", value: (r) => r.compositeReliability },
  { name: "ave", value: (r) => r.averageVarianceExtracted },
  { name: "rwg_j", value: (r) => r.rwgJ },
  { name: "rwg_j_star", value: (r) => r.rwgJStar },
  { name: "item_total", value: (r) => r.itemTotal },
  { name: "loading", value: (r) => r.loading },
  { name: "flags", value: (r) => r.flags.join(LIST_SEPARATOR) },
  { name: "reading", value: (r) => r.reading },
];

export function qualityRows(quality: MeasurementQualityView | null): QualityRow[] {
  if (!quality) return [];
  return quality.factors.flatMap((f) => {
    const base = { module: f.moduleKey, factorKey: f.factorKey, factorName: f.factorName };
    const factor: QualityRow = {
      scope: "factor",
      ...base,
      itemKey: null,
      alpha: f.alpha,
      alphaLower: f.alphaLower,
      alphaUpper: f.alphaUpper,
      omega: f.omega,
      compositeReliability: f.compositeReliability,
      averageVarianceExtracted: f.averageVarianceExtracted,
      rwgJ: f.rwgJ,
      rwgJStar: f.rwgJStar,
      itemTotal: null,
      loading: null,
      flags: [...f.flags, ...(f.lowAgreement ? ["low-agreement"] : [])],
      reading: f.reading,
    };
    const items = f.items.map((i): QualityRow => ({
      scope: "item",
      ...base,
      itemKey: i.itemKey,
      alpha: null,
      alphaLower: null,
      alphaUpper: null,
      omega: null,
      compositeReliability: null,
      averageVarianceExtracted: null,
      rwgJ: null,
      rwgJStar: null,
      itemTotal: i.itemTotal,
      loading: i.loading,
      flags: i.flags,
      reading: null,
    }));
    return [factor, ...items];
  });
}
