import type { AuditRow } from "@/lib/view/audit/types";
import { auditSentence } from "@/lib/view/audit/sentences";

/** One audit entry: the sentence (who did what to which), when, and the record it was read from. */
export function AuditEventRow({ row }: { row: AuditRow }) {
  const sentence = auditSentence(row, { actor: row.actorName, objectName: row.targetName });
  const time = row.createdAt.toISOString().replace("T", " ").slice(0, 16);
  return (
    <li className="py-3" data-testid="audit-row">
      <p className="text-sm text-slate-900">{sentence}</p>
      <p className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-500">
        <time dateTime={row.createdAt.toISOString()} className="tabular-nums">
          {time} UTC
        </time>
        {row.actor && <span>{row.actor}</span>}
      </p>
      <details className="mt-1 text-xs text-slate-500">
        <summary className="cursor-pointer select-none">Recorded as</summary>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 break-all">
          <dt>Event</dt>
          <dd className="font-mono">{row.action}</dd>
          {row.target && (
            <>
              <dt>Target</dt>
              <dd className="font-mono">{row.target}</dd>
            </>
          )}
          {row.detail !== null && (
            <>
              <dt>Detail</dt>
              <dd className="font-mono">{JSON.stringify(row.detail)}</dd>
            </>
          )}
        </dl>
      </details>
    </li>
  );
}
