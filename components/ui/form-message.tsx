import type { ActionResult } from "@/lib/view/action-result";
import { UpgradeLink } from "@/components/billing/upgrade-link";

/** The outcome of a form submission, announced to screen readers. */
export function FormMessage({ state }: { state: ActionResult<unknown> | null }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
        {state.message}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
      {state.error}
      {state.status === 402 && <UpgradeLink />}
    </p>
  );
}

export function fieldErrors(state: ActionResult<unknown> | null, field: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[field] : undefined;
}
