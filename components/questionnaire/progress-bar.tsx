"use client";
import { useTranslations } from "next-intl";

export function ProgressBar({ answered, total }: { answered: number; total: number }) {
  const t = useTranslations("questionnaire");
  const percent = total === 0 ? 100 : Math.floor((answered / total) * 100);
  const text = t("progressText", { answered, total });
  return (
    <div className="min-w-0 flex-1">
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span id="questionnaire-progress-label" className="font-medium text-slate-700">
          {t("progress")}
        </span>
        <span className="tabular-nums text-slate-600">{text}</span>
      </div>
      <div
        role="progressbar"
        aria-labelledby="questionnaire-progress-label"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-valuetext={text}
        className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-600 transition-[width] duration-300" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
