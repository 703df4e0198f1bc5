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

/**
 * The regions a bank places itself in: one list for the organisation forms, the benchmark's peer
 * filter and the demo data, so that peers are grouped by the same words everywhere.
 */
export const REGIONS = ["Gulf", "Levant", "North Africa", "East Africa", "Central Asia", "South Asia", "Europe", "Other"] as const;
export type Region = (typeof REGIONS)[number];

export function isRegion(value: unknown): value is Region {
  return typeof value === "string" && (REGIONS as readonly string[]).includes(value);
}

/** The list as form choices; a region saved before the list existed stays offered to whoever has it. */
export function regionOptions(current?: string | null): { value: string; label: string }[] {
  const values: string[] = [...REGIONS];
  if (current && !isRegion(current)) values.push(current);
  return values.map((value) => ({ value, label: value }));
}

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  ANALYST: "Analyst",
  VIEWER: "Viewer",
};

export function options<K extends string>(labels: Record<K, string>) {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
