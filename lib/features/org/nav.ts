// What the organisation menu (lib/view/org/nav.ts) needs to know: the plan's features, and whether
// something made with a feature the plan no longer includes is still there.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import { planInForce } from "../entitlements/entitlements.ts";

export async function orgNavFacts(db: Db, org: { id: string; kind: string }) {
  const { plan } = await planInForce(db, org);
  const features = plan.features;
  const bank = org.kind === "BANK";
  const [studies, keys] = await Promise.all([
    bank && !features.includes("ismStudies") ? db.ismStudy.count({ where: { organizationId: org.id } }) : 0,
    org.kind !== "CONSULTANCY" && !features.includes("apiKeys") ? db.apiKey.count({ where: { organizationId: org.id } }) : 0,
  ]);
  return { features, hasIsmStudies: studies > 0, hasApiKeys: keys > 0 };
}
