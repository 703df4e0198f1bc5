// GET /api/orgs/:org/members – the organisation's members and their roles (any member may read).
import { db } from "@/lib/platform/db/prisma";
import { withOrg } from "@/lib/features/access/route";
import { listMembersForApi } from "@/lib/features/org/overview";

export const GET = withOrg({ minRole: "VIEWER" }, async (_request, { org }) => {
  const members = await listMembersForApi(db, org.id);
  return Response.json({ organization: { slug: org.slug, name: org.name, kind: org.kind }, members });
});
