import Link from "next/link";
import { boardColumns, INITIATIVE_STATUS_LABELS, isOverdue, type InitiativeStatus, type InitiativeView } from "@/lib/view/plan/initiatives";
import { StatusControl } from "./status-control";

const STATUS_STYLE: Record<InitiativeStatus, string> = {
  PLANNED: "bg-slate-100 text-slate-800",
  IN_PROGRESS: "bg-brand-50 text-brand-900",
  DONE: "bg-emerald-50 text-emerald-800",
  DROPPED: "bg-slate-50 text-slate-500 line-through",
};

export function StatusBadge({ status }: { status: InitiativeStatus }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[status]}`}>
      {INITIATIVE_STATUS_LABELS[status]}
    </span>
  );
}

function Due({ initiative, today }: { initiative: InitiativeView; today: string }) {
  if (!initiative.dueDate) return <span className="text-slate-500">No due date</span>;
  const overdue = isOverdue(initiative, today);
  return (
    <span className={overdue ? "font-medium text-red-700" : "text-slate-700"}>
      Due {initiative.dueDate}
      {overdue && " · overdue"}
    </span>
  );
}

function Factors({ names }: { names: string[] }) {
  if (names.length === 0) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-1" aria-label="Linked factors">
      {names.map((n) => (
        <li key={n} className="rounded bg-slate-100 px-1.5 py-0.5 text-[11px] text-slate-700">
          {n}
        </li>
      ))}
    </ul>
  );
}

interface PlanViewProps {
  orgSlug: string;
  initiatives: InitiativeView[];
  today: string;
  canEdit: boolean;
}

/** The list: one card per initiative on phones, a table row layout from `md`. */
export function PlanList({ orgSlug, initiatives, today, canEdit }: PlanViewProps) {
  return (
    <ul className="divide-y divide-slate-100" data-testid="plan-list">
      {initiatives.map((i) => (
        <li
          key={i.id}
          className="grid gap-2 py-3 md:grid-cols-[minmax(0,1fr)_10rem_10rem_auto] md:items-start"
          data-testid="initiative-row"
        >
          <div className="min-w-0">
            <Link href={`/${orgSlug}/plan/${i.id}`} className="font-medium text-slate-900 underline-offset-2 hover:underline">
              {i.title}
            </Link>
            <Factors names={i.factorNames} />
          </div>
          <div className="text-sm text-slate-700">{i.owner ? i.owner.name : <span className="text-slate-500">No owner</span>}</div>
          <div className="text-sm">
            <Due initiative={i} today={today} />
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {canEdit ? (
              <StatusControl orgSlug={orgSlug} initiativeId={i.id} status={i.status} title={i.title} />
            ) : (
              <StatusBadge status={i.status} />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The board: a column per status; stacked on phones, two columns on tablets, four from `xl`. */
export function PlanBoard({ orgSlug, initiatives, today, canEdit }: PlanViewProps) {
  return (
    <ol className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4" aria-label="Plan board" data-testid="plan-board">
      {boardColumns(initiatives).map((col) => (
        <li key={col.status} className="min-w-0 rounded-xl bg-slate-50 p-3" data-testid={`board-column-${col.status.toLowerCase()}`}>
          <h2 className="mb-2 flex items-center justify-between text-sm font-semibold text-slate-900">
            {col.label}
            <span className="rounded-full bg-white px-2 text-xs font-normal text-slate-600 tabular-nums">{col.items.length}</span>
          </h2>
          {col.items.length === 0 ? (
            <p className="text-xs text-slate-500">Nothing here.</p>
          ) : (
            <ul className="space-y-2">
              {col.items.map((i) => (
                <li key={i.id} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid="board-card">
                  <Link href={`/${orgSlug}/plan/${i.id}`} className="text-sm font-medium text-slate-900 hover:underline">
                    {i.title}
                  </Link>
                  <Factors names={i.factorNames} />
                  <p className="mt-1 text-xs">
                    <Due initiative={i} today={today} />
                    {i.owner && <span className="text-slate-600"> · {i.owner.name}</span>}
                  </p>
                  {canEdit && (
                    <div className="mt-2">
                      <StatusControl orgSlug={orgSlug} initiativeId={i.id} status={i.status} title={i.title} />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
