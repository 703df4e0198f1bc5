import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/platform/db/prisma";
import { requireOrgPage } from "@/lib/features/access/page";
import { decodeCursor, encodeCursor, readAuditPage } from "@/lib/features/audit-log/read";
import { Card } from "@/components/ui/card";
import { AuditEventRow } from "@/components/audit/audit-event-row";

export const metadata: Metadata = { title: "Audit log" };

// GET /:org/audit – the organisation's append-only audit trail, newest first (OWNER/ADMIN).
export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ before?: string }>;
}) {
  const [{ org: slug }, { before }] = await Promise.all([params, searchParams]);
  const { org } = await requireOrgPage(slug, { minRole: "ADMIN" });
  const cursor = decodeCursor(before);
  const { rows, next } = await readAuditPage(db, org.id, cursor);
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="flex-1 text-2xl font-semibold">Audit log</h1>
        <a
          href={`/api/orgs/${org.slug}/audit`}
          className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
          download
        >
          Export CSV
        </a>
      </div>
      <p className="text-sm text-slate-600">
        Every change to members, invitations, assessments, access grants and settings, and your members&rsquo; sign-ins. Entries are never
        edited or deleted.
      </p>
      <Card>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{cursor ? "No older entries." : "Nothing recorded yet."}</p>
        ) : (
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Audit log entries, newest first</caption>
            <thead>
              <tr className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
                <th scope="col" className="py-2 pr-3">
                  When (UTC)
                </th>
                <th scope="col" className="py-2 pr-3">
                  What
                </th>
                <th scope="col" className="py-2 pr-3">
                  Who
                </th>
                <th scope="col" className="py-2">
                  Details
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <AuditEventRow key={r.id} row={r} />
              ))}
            </tbody>
          </table>
        )}
        <div className="mt-4 flex gap-4 text-sm">
          {cursor && (
            <Link href={`/${org.slug}/audit`} className="text-brand-700 underline">
              Newest
            </Link>
          )}
          {next && (
            <Link href={`/${org.slug}/audit?before=${encodeCursor(next)}`} className="text-brand-700 underline">
              Older entries
            </Link>
          )}
        </div>
      </Card>
    </>
  );
}
