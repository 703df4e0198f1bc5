import Link from "next/link";
import type { PlanProgress } from "@/lib/view/plan/initiatives";

/** The plan's progress (done of all but the dropped) and what is overdue: the organisation overview's card. */
export function PlanProgressSummary({
  orgSlug,
  progress,
  linkToPlan = true,
}: {
  orgSlug: string;
  progress: PlanProgress;
  /** False on the plan page itself. */
  linkToPlan?: boolean;
}) {
  if (progress.total === 0 && progress.dropped === 0) {
    return (
      <p className="text-sm text-slate-600">
        No initiatives yet. Add roadmap items from a results page, or{" "}
        <Link className="text-brand-700 underline" href={`/${orgSlug}/plan/new`}>
          add one by hand
        </Link>
        .
      </p>
    );
  }
  const pct = progress.percentDone ?? 0;
  return (
    <div className="space-y-3 text-sm" data-testid="plan-progress">
      <p className="text-slate-800">
        <span className="text-2xl font-semibold tabular-nums" data-testid="plan-done-total">
          {progress.done}/{progress.total}
        </span>{" "}
        done
        <span className="text-slate-600">
          {" "}
          · {progress.inProgress} in progress · {progress.planned} planned
          {progress.dropped > 0 ? ` · ${progress.dropped} dropped (not counted)` : ""}
        </span>
      </p>
      <div
        className="h-2 w-full overflow-hidden rounded-full bg-slate-100"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-label="Share of initiatives done"
      >
        <div className="h-full rounded-full bg-emerald-500" style={{ width: `${pct}%` }} />
      </div>
      {progress.overdue.length === 0 ? (
        <p className="text-slate-600">Nothing is overdue.</p>
      ) : (
        <div>
          <p className="font-medium text-red-800">{progress.overdue.length} overdue</p>
          <ul className="mt-1 space-y-1" data-testid="plan-overdue">
            {progress.overdue.map((o) => (
              <li key={o.id}>
                <Link className="text-brand-700 underline" href={`/${orgSlug}/plan/${o.id}`}>
                  {o.title}
                </Link>{" "}
                <span className="text-slate-600">
                  due {o.dueDate} ({o.daysOverdue} day{o.daysOverdue === 1 ? "" : "s"} ago)
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {linkToPlan && (
        <Link className="inline-block text-brand-700 underline" href={`/${orgSlug}/plan`}>
          Open the action plan
        </Link>
      )}
    </div>
  );
}
