import "server-only";
// Page guard of the ISM-study pages: the organisation guard, then banks and consultancies only.
import { notFound } from "next/navigation";
import type { Role } from "../../platform/db/generated/client.ts";
import type { OrgContext } from "../../platform/access/access.ts";
import { requireOrgPage } from "../../platform/access/session.ts";
import { runsIsmStudies } from "./access.ts";

export async function requireIsmStudyPage(orgSlug: string, minRole: Role = "VIEWER"): Promise<OrgContext> {
  const ctx = await requireOrgPage(orgSlug, minRole);
  if (!runsIsmStudies(ctx)) notFound();
  return ctx;
}
