import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/platform/db/prisma";
import { requireOrgPage } from "@/lib/features/access/page";
import { AUDIT_PAGE_SIZE, decodeCursor, encodeCursor, readAuditPage } from "@/lib/features/audit-log/read";
import { auditFilterQuery, parseAuditFilter } from "@/lib/features/audit-log/filter";
import { listMembers } from "@/lib/features/org/overview";
import { Card } from "@/components/ui/card";
import { AuditEventRow } from "@/components/audit/audit-event-row";
import { AuditFilters } from "@/components/audit/audit-filters";

export const metadata: Metadata = { title: "Audit log" };

// GET /:org/audit – the organisation's append-only audit trail, newest first (OWNER/ADMIN), in
// sentences, filtered by person, kind and days (?who=&kind=&from=&to=).
export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ org: slug }, query] = await Promise.all([params, searchParams]);
  const { org } = await requireOrgPage(slug, { minRole: "ADMIN" });
  const cursor = decodeCursor(typeof query.before === "string" ? query.before : undefined);
  const parsed = parseAuditFilter(query);
  const filter = parsed.ok ? parsed.filter : {};
  const kept = parsed.ok ? auditFilterQuery(parsed.input) : new URLSearchParams();
  const [{ rows, next }, members] = await Promise.all([
    readAuditPage(db, org.id, cursor, AUDIT_PAGE_SIZE, filter),
    listMembers(db, org.id),
  ]);
  const people = members.map((m) => ({ id: m.userId, name: m.user.name || m.user.email })).sort((a, b) => a.name.localeCompare(b.name));
  const base = `/${org.slug}/audit`;
  const withQuery = (extra: Record<string, string>) => {
    const q = new URLSearchParams(kept);
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    const s = q.toString();
    return s ? `${base}?${s}` : base;
  };
  const filtering = [...kept.keys()].length > 0;
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="flex-1 text-2xl font-semibold">Audit log</h1>
        <a
          href={`/api/orgs/${org.slug}/audit${kept.size ? `?${kept.toString()}` : ""}`}
          className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
          download
        >
          {filtering ? "Export these entries (CSV)" : "Export CSV"}
        </a>
      </div>
      <p className="text-sm text-slate-600">
        Every change to members, invitations, assessments, access grants and settings, and your members&rsquo; sign-ins. Entries are never
        edited or deleted. The CSV export also holds each entry&rsquo;s event code and ids.
      </p>
      <Card>
        <AuditFilters action={base} people={people} values={parsed.input} error={parsed.ok ? null : parsed.error} />
      </Card>
      <Card>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">
            {cursor ? "No older entries." : filtering ? "No entry matches these filters." : "Nothing recorded yet."}
          </p>
        ) : (
          <ol className="divide-y divide-slate-100" aria-label="Audit log entries, newest first">
            {rows.map((r) => (
              <AuditEventRow key={r.id} row={r} />
            ))}
          </ol>
        )}
        <div className="mt-4 flex gap-4 text-sm">
          {cursor && (
            <Link href={withQuery({})} className="text-brand-700 underline">
              Newest
            </Link>
          )}
          {next && (
            <Link href={withQuery({ before: encodeCursor(next) })} className="text-brand-700 underline">
              Older entries
            </Link>
          )}
        </div>
      </Card>
    </>
  );
}
