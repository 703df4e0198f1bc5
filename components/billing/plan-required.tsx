import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/view/action-result";

/** Shown instead of a page's figures when the organisation's plan does not include them (402). */
export function PlanRequired({ refusal, orgSlug }: { refusal: ActionFailure; orgSlug: string }) {
  const t = useTranslations("planRequired");
  return (
    <p
      role="status"
      data-testid="plan-required"
      className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      {refusal.error}{" "}
      <Link href={`/${orgSlug}/billing`} className="font-medium underline">
        {t("upgrade")}
      </Link>
    </p>
  );
}
