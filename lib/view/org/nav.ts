// The organisation menu: each kind of organisation sees what it can use. A page a kind could use
// after an upgrade it would buy stays (its page says which plan); one only a plan the kind would
// never buy includes (a bank's ISM studies and API keys need Consultancy) appears only while the
// plan includes it or something made with it is still there to read.
import type { Feature } from "../../domain/billing/plans.ts";
import type { OrgKind } from "./labels.ts";

export interface OrgNavInput {
  slug: string;
  kind: OrgKind;
  /** Owner or admin: settings, billing, the audit log and API keys. */
  canManage: boolean;
  /** The features of the plan in force. */
  features: readonly Feature[];
  /** The organisation has ISM studies of its own (readable after a downgrade). */
  hasIsmStudies: boolean;
  /** The organisation has API keys (revocable after a downgrade). */
  hasApiKeys: boolean;
}

/** Stable names of the menu's entries (the keys a translated menu looks its labels up by). */
export type OrgNavKey =
  | "overview"
  | "assessments"
  | "plan"
  | "benchmark"
  | "sector"
  | "clients"
  | "ismStudies"
  | "instrumentHealth"
  | "members"
  | "settings"
  | "billing"
  | "audit"
  | "apiKeys";

/** An entry of the menu; its label is the messages' `shell.nav.<key>` in the page's language. */
export interface OrgNavLink {
  key: OrgNavKey;
  href: string;
}

export function orgNavLinks(n: OrgNavInput): OrgNavLink[] {
  const at = (path: string) => `/${n.slug}${path}`;
  const bank = n.kind === "BANK";
  const consultancy = n.kind === "CONSULTANCY";
  const regulator = n.kind === "REGULATOR";
  const has = (f: Feature) => n.features.includes(f);
  const show: [boolean, OrgNavKey, string][] = [
    [true, "overview", ""],
    [bank, "assessments", "/assessments"],
    [bank, "plan", "/plan"],
    [bank, "benchmark", "/benchmark"],
    [regulator, "sector", "/sector"],
    [consultancy, "clients", "/clients"],
    [consultancy || (bank && (has("ismStudies") || n.hasIsmStudies)), "ismStudies", "/ism-studies"],
    [consultancy || regulator, "instrumentHealth", "/instrument-health"],
    [true, "members", "/members"],
    [n.canManage, "settings", "/settings"],
    [n.canManage, "billing", "/billing"],
    [n.canManage, "audit", "/audit"],
    [n.canManage && (consultancy || has("apiKeys") || n.hasApiKeys), "apiKeys", "/api-keys"],
  ];
  return show.filter(([visible]) => visible).map(([, key, path]) => ({ key, href: at(path) }));
}
