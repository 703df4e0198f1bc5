const STYLES: Record<string, string> = {
  OPEN: "bg-emerald-100 text-emerald-800",
  CLOSED: "bg-slate-200 text-slate-800",
  PUBLISHED: "bg-brand-100 text-brand-900",
  "not-started": "bg-slate-100 text-slate-700",
  "in-progress": "bg-amber-100 text-amber-800",
  submitted: "bg-emerald-100 text-emerald-800",
  revoked: "bg-red-100 text-red-800",
};

const LABELS: Record<string, string> = {
  OPEN: "Open",
  CLOSED: "Closed",
  PUBLISHED: "Published",
  "not-started": "Not started",
  "in-progress": "In progress",
  submitted: "Submitted",
  revoked: "Revoked",
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STYLES[status] ?? ""}`}>{LABELS[status] ?? status}</span>;
}
