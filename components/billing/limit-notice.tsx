import Link from "next/link";
import type { LimitNotice as Notice } from "@/lib/view/billing/limit-notices";

/** A plan limit said before the form: a quiet line, or (when the form could only be refused) instead of it. */
export function LimitNotice({ notice, billingHref }: { notice: Notice; billingHref?: string }) {
  return (
    <p
      role={notice.blocked ? "status" : undefined}
      data-testid="limit-notice"
      className={
        notice.blocked
          ? "rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
          : "rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700"
      }
    >
      {notice.text}{" "}
      {billingHref && (
        <Link href={billingHref} className="font-medium underline">
          See plans
        </Link>
      )}
    </p>
  );
}
