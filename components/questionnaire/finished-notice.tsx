"use client";
import { useTranslations } from "next-intl";

export interface FinishedNoticeProps {
  kind: "submitted" | "closed";
  /** ISO time of submission, when known. */
  submittedAt?: string | null;
  /** Overrides the default explanation (e.g. the server's reason). */
  detail?: string | null;
  showAnswersBelow: boolean;
  ref?: React.Ref<HTMLHeadingElement>;
}

/** The read-only end state: thanks after submitting, or the questionnaire is closed. */
export function FinishedNotice({ kind, submittedAt, detail, showAnswersBelow, ref }: FinishedNoticeProps) {
  const t = useTranslations("questionnaire.finished");
  const parsed = submittedAt ? new Date(submittedAt) : null;
  const when = parsed && !Number.isNaN(parsed.getTime()) ? parsed : null;
  return (
    <section
      aria-labelledby="finished-heading"
      className={`rounded-xl border px-4 py-6 shadow-sm sm:px-6 ${kind === "submitted" ? "border-emerald-200 bg-emerald-50" : "border-slate-200 bg-white"}`}
    >
      <h2 id="finished-heading" ref={ref} tabIndex={-1} className="text-xl font-semibold text-slate-900 focus:outline-none">
        {kind === "submitted" ? t("submittedTitle") : t("closedTitle")}
      </h2>
      <p className="mt-2 text-sm text-slate-700">
        {detail ?? (kind === "submitted" ? `${when ? `${t("submittedOn", { when })} ` : ""}${t("submittedBody")}` : t("closedBody"))}
      </p>
      {showAnswersBelow && <p className="mt-2 text-sm text-slate-600">{t("answersBelow")}</p>}
    </section>
  );
}
