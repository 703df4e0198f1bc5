"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId, useTransition } from "react";
import { MATURITY_LEVEL_NAMES } from "@/lib/domain/instrument/types";
import { TARGET_LEVELS, TARGET_PARAM, type TargetLevel } from "@/lib/view/results/target";

/**
 * Chooses the roadmap's target maturity level (2–5). Writes `?target=` with router.replace (no scroll),
 * so the server page re-computes the roadmap. `value` is the level the shown roadmap was built for.
 */
export function TargetControl({ value }: { value: number }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const id = useId();
  const current = (TARGET_LEVELS as readonly number[]).includes(value) ? value : "";

  function onChange(next: TargetLevel) {
    const params = new URLSearchParams(searchParams.toString());
    params.set(TARGET_PARAM, String(next));
    startTransition(() => router.replace(`${pathname}?${params.toString()}`, { scroll: false }));
  }

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        Target level
      </label>
      <select
        id={id}
        value={current}
        onChange={(e) => onChange(Number(e.target.value) as TargetLevel)}
        aria-busy={pending || undefined}
        className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm"
        data-testid="target-level"
      >
        {current === "" && <option value="">Choose…</option>}
        {TARGET_LEVELS.map((l) => (
          <option key={l} value={l}>
            {l} {MATURITY_LEVEL_NAMES[l]}
          </option>
        ))}
      </select>
      {pending && (
        <span className="text-xs text-slate-500" role="status">
          Updating…
        </span>
      )}
    </div>
  );
}
