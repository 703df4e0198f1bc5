// GET /api/orgs/:org/audit – the audit trail as CSV, streamed page by page (OWNER/ADMIN), narrowed
// by the same filters as the page (?who=&kind=&from=&to=). The export is itself recorded in the trail.
import { db } from "@/lib/platform/db/prisma";
import { withOrg } from "@/lib/features/access/route";
import { recordAudit } from "@/lib/platform/audit";
import { readAllAudit } from "@/lib/features/audit-log/read";
import { parseAuditFilter } from "@/lib/features/audit-log/filter";
import { auditCsvHeader, auditCsvLine } from "@/lib/delivery/exports/audit-log-csv";

export const GET = withOrg({ minRole: "ADMIN" }, async (request, { org, user }) => {
  const parsed = parseAuditFilter(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 422 });
  await recordAudit(db, {
    organizationId: org.id,
    actorUserId: user.id,
    action: "audit.exported",
    ...(Object.keys(parsed.input).some((k) => parsed.input[k as keyof typeof parsed.input]) ? { detail: { ...parsed.input } } : {}),
  });
  const rows = readAllAudit(db, org.id, parsed.filter);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(auditCsvHeader));
    },
    async pull(controller) {
      const next = await rows.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(auditCsvLine(next.value)));
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="meyar-audit-${org.slug}-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
});
