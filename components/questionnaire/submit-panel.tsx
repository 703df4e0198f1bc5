"use client";

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
  const complete = remaining === 0;
  return (
    <section aria-labelledby="submit-heading" className="rounded-xl border border-brand-100 bg-brand-50 px-4 py-5 sm:px-6">
      <h2 id="submit-heading" className="text-base font-semibold text-brand-900">
        Submit your answers
      </h2>
      {complete ? (
        <p className="mt-1 text-sm text-slate-700">
          You have answered every statement. Once you submit, your answers can no longer be changed.
        </p>
      ) : (
        <p className="mt-1 text-sm text-slate-700">
          {remaining === 1 ? "1 statement still needs an answer" : `${remaining} statements still need an answer`} before you can submit.
          “Don’t know” counts as an answer.{" "}
          <button type="button" onClick={onFindUnanswered} className="font-medium text-brand-700 underline underline-offset-2">
            Go to the first unanswered statement
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
        Submit answers
      </button>
      {submitting && (
        <span role="status" className="ml-0 mt-2 block text-sm text-slate-600 sm:ml-3 sm:mt-0 sm:inline">
          Submitting…
        </span>
      )}
    </section>
  );
}
