// GET /api/orgs/:org/members – the organisation's members and their roles (any member may read).
import { db } from "@/lib/platform/db/prisma";
import { withOrg } from "@/lib/platform/access/with-org";

export const GET = withOrg("VIEWER", async (_request, { org }) => {
  const members = await db.membership.findMany({
    where: { organizationId: org.id },
    select: { id: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return Response.json({ organization: { slug: org.slug, name: org.name, kind: org.kind }, members });
});
