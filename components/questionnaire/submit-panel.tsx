"use client";
import { useTranslations } from "next-intl";

export interface SubmitPanelProps {
  remaining: number;
  submitting: boolean;
  /** Why the last attempt failed, or what to do next. */
  error: string | null;
  onSubmit: () => void;
  onFindUnanswered: () => void;
}

/** Shown on the last section: Submit is enabled only when every statement has an answer ("Don't know" counts). */
export function SubmitPanel({ remaining, submitting, error, onSubmit, onFindUnanswered }: SubmitPanelProps) {
  const t = useTranslations("questionnaire.submit");
  const complete = remaining === 0;
  return (
    <section aria-labelledby="submit-heading" className="rounded-xl border border-brand-100 bg-brand-50 px-4 py-5 sm:px-6">
      <h2 id="submit-heading" className="text-base font-semibold text-brand-900">
        {t("heading")}
      </h2>
      {complete ? (
        <p className="mt-1 text-sm text-slate-700">{t("complete")}</p>
      ) : (
        <p className="mt-1 text-sm text-slate-700">
          {t("remaining", { count: remaining })}{" "}
          <button type="button" onClick={onFindUnanswered} className="font-medium text-brand-700 underline underline-offset-2">
            {t("findUnanswered")}
          </button>
        </p>
      )}
      {error && (
        <p role="alert" className="mt-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <button
        type="button"
        onClick={onSubmit}
        disabled={!complete || submitting}
        aria-busy={submitting || undefined}
        className="mt-4 inline-flex min-h-11 w-full items-center justify-center rounded-lg bg-brand-600 px-5 py-2 text-sm font-semibold text-white shadow-sm transition hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-50 sm:w-auto"
      >
        {t("button")}
      </button>
      {submitting && (
        <span role="status" className="ms-0 mt-2 block text-sm text-slate-600 sm:ms-3 sm:mt-0 sm:inline">
          {t("submitting")}
        </span>
      )}
    </section>
  );
}
