import { LIMIT_LABELS } from "@/lib/domain/billing/plans";
import type { LimitUsage } from "@/lib/view/billing/types";

export function UsageList({ usage }: { usage: LimitUsage[] }) {
  return (
    <dl className="grid gap-3 sm:grid-cols-2">
      {usage.map((u) => {
        const atLimit = u.max !== null && u.used >= u.max;
        return (
          <div key={u.limit} className="rounded-lg border border-slate-200 p-3" data-testid={`usage-${u.limit}`}>
            <dt className="text-xs text-slate-500">
              {u.limit === "respondentsPerAssessment" ? "Respondents (largest open assessment)" : "Open assessments"}
            </dt>
            <dd className={`text-lg font-semibold ${atLimit ? "text-amber-700" : "text-slate-900"}`}>
              {u.used}{" "}
              {u.max === null ? (
                <span className="text-sm font-normal text-slate-500">(no limit)</span>
              ) : (
                <span className="text-sm font-normal text-slate-500">
                  of {u.max} {LIMIT_LABELS[u.limit].many.replace(/ (per assessment|at a time)$/, "")}
                </span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
