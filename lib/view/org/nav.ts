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

export interface OrgNavLink {
  href: string;
  label: string;
}

export function orgNavLinks(n: OrgNavInput): OrgNavLink[] {
  const at = (path: string) => `/${n.slug}${path}`;
  const bank = n.kind === "BANK";
  const consultancy = n.kind === "CONSULTANCY";
  const regulator = n.kind === "REGULATOR";
  const has = (f: Feature) => n.features.includes(f);
  const show: [boolean, string, string][] = [
    [true, "", "Overview"],
    [bank, "/assessments", "Assessments"],
    [bank, "/plan", "Action plan"],
    [bank, "/benchmark", "Benchmark"],
    [regulator, "/sector", "Sector"],
    [consultancy, "/clients", "Clients"],
    [consultancy || (bank && (has("ismStudies") || n.hasIsmStudies)), "/ism-studies", "ISM studies"],
    [consultancy || regulator, "/instrument-health", "Instrument health"],
    [true, "/members", "Members"],
    [n.canManage, "/settings", "Settings"],
    [n.canManage, "/billing", "Billing"],
    [n.canManage, "/audit", "Audit log"],
    [n.canManage && (consultancy || has("apiKeys") || n.hasApiKeys), "/api-keys", "API keys"],
  ];
  return show.filter(([visible]) => visible).map(([, path, label]) => ({ href: at(path), label }));
}
