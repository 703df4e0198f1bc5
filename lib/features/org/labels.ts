import type { OrgKind, Ownership, SizeBand } from "../../platform/db/generated/enums.ts";

export const ORG_KIND_LABELS: Record<OrgKind, string> = { BANK: "Bank", CONSULTANCY: "Consultancy", REGULATOR: "Regulator" };
export const OWNERSHIP_LABELS: Record<Ownership, string> = { PRIVATE: "Private", STATE: "State-owned" };
export const SIZE_BAND_LABELS: Record<SizeBand, string> = {
  SMALL: "Small (total assets under USD 10 bn)",
  MEDIUM: "Medium (USD 10–50 bn)",
  LARGE: "Large (over USD 50 bn)",
};

export function options<K extends string>(labels: Record<K, string>) {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
