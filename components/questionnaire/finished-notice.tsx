"use client";

export interface FinishedNoticeProps {
  kind: "submitted" | "closed";
  /** ISO time of submission, when known. */
  submittedAt?: string | null;
  /** Overrides the default explanation (e.g. the server's reason). */
  detail?: string | null;
  showAnswersBelow: boolean;
  ref?: React.Ref<HTMLHeadingElement>;
}

function formatDate(iso: string): string | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleString(undefined, { dateStyle: "long", timeStyle: "short" });
}

/** The read-only end state: thanks after submitting, or the questionnaire is closed. */
export function FinishedNotice({ kind, submittedAt, detail, showAnswersBelow, ref }: FinishedNoticeProps) {
  const when = submittedAt ? formatDate(submittedAt) : null;
  return (
    <section
      aria-labelledby="finished-heading"
      className={`rounded-xl border px-4 py-6 shadow-sm sm:px-6 ${kind === "submitted" ? "border-emerald-200 bg-emerald-50" : "border-slate-200 bg-white"}`}
    >
      <h2 id="finished-heading" ref={ref} tabIndex={-1} className="text-xl font-semibold text-slate-900 focus:outline-none">
        {kind === "submitted" ? "Thank you — your answers have been submitted" : "This questionnaire is closed"}
      </h2>
      <p className="mt-2 text-sm text-slate-700">
        {detail ??
          (kind === "submitted"
            ? `${when ? `We received them on ${when}. ` : ""}Your answers are locked and can no longer be changed. You can close this page.`
            : "It no longer accepts answers; your answers can no longer change.")}
      </p>
      {showAnswersBelow && <p className="mt-2 text-sm text-slate-600">Your answers are shown below for reference.</p>}
    </section>
  );
}
