import { FEATURES, FEATURE_LABELS, LIMITS, describeLimit, planIncludes, type Plan } from "@/lib/domain/billing/plans";

/** What a plan includes and its limits, as a list (included features first). */
export function PlanFeatures({ plan }: { plan: Plan }) {
  return (
    <ul className="space-y-1 text-sm">
      {LIMITS.map((l) => (
        <li key={l} className="text-slate-700">
          {describeLimit(l, plan.limits[l])}
        </li>
      ))}
      {FEATURES.map((f) => (
        <li key={f} className={planIncludes(plan, f) ? "text-slate-800" : "text-slate-400 line-through"}>
          <span aria-hidden>{planIncludes(plan, f) ? "✓ " : "– "}</span>
          {FEATURE_LABELS[f]}
          <span className="sr-only">{planIncludes(plan, f) ? " (included)" : " (not included)"}</span>
        </li>
      ))}
    </ul>
  );
}
