// Labels of the organisation and membership choices, shared by forms and pages. The unions mirror
// the database enums (prisma/schema.prisma); lib/platform/db/enum-parity.ts fails to compile when
// the two drift apart.

export type OrgKind = "BANK" | "CONSULTANCY" | "REGULATOR";
export type Ownership = "PRIVATE" | "STATE";
export type SizeBand = "SMALL" | "MEDIUM" | "LARGE";
export type Role = "OWNER" | "ADMIN" | "ANALYST" | "VIEWER";

export const ORG_KIND_LABELS: Record<OrgKind, string> = { BANK: "Bank", CONSULTANCY: "Consultancy", REGULATOR: "Regulator" };
export const OWNERSHIP_LABELS: Record<Ownership, string> = { PRIVATE: "Private", STATE: "State-owned" };
export const SIZE_BAND_LABELS: Record<SizeBand, string> = {
  SMALL: "Small (total assets under USD 10 bn)",
  MEDIUM: "Medium (USD 10–50 bn)",
  LARGE: "Large (over USD 50 bn)",
};

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  ANALYST: "Analyst",
  VIEWER: "Viewer",
};

export function options<K extends string>(labels: Record<K, string>) {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
