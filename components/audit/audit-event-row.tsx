import type { AuditRow } from "@/lib/view/audit/types";

/** One audit entry: when, the action, who did it and its recorded details (never secrets). */
export function AuditEventRow({ row }: { row: AuditRow }) {
  const detail = row.detail && typeof row.detail === "object" ? Object.entries(row.detail) : [];
  return (
    <tr className="border-b border-slate-100 align-top" data-testid="audit-row">
      <td className="py-2 pr-3 whitespace-nowrap tabular-nums text-slate-600">
        {row.createdAt.toISOString().replace("T", " ").slice(0, 19)}
      </td>
      <td className="py-2 pr-3 font-mono text-xs text-slate-900">{row.action}</td>
      <td className="py-2 pr-3 text-slate-800">{row.actor ?? "—"}</td>
      <td className="py-2 text-xs text-slate-600">
        {row.target && <span className="mr-2">on {row.target}</span>}
        {detail.map(([k, v]) => (
          <span key={k} className="mr-2">
            {k}: {typeof v === "string" ? v : JSON.stringify(v)}
          </span>
        ))}
      </td>
    </tr>
  );
}
