"use client";
import { useTranslations } from "next-intl";
import type { AnswerValue } from "@/lib/view/questionnaire/sections";
import { LIKERT_OPTIONS } from "./likert-options";

export interface LikertItemProps {
  itemKey: string;
  text: string;
  /** Undefined when not answered; null = "don't know". */
  value: AnswerValue | undefined;
  disabled: boolean;
  /** Highlighted because submitting found it unanswered. */
  missing: boolean;
  /** The shown answer was replaced by a newer one given in another window or device. */
  updatedElsewhere: boolean;
  /** The server refused this answer: the sentence to show. */
  error?: string;
  onAnswer: (itemKey: string, value: AnswerValue) => void;
}

/** One statement with its six answer options as a native radio group (arrow keys move between options). */
export function LikertItem({ itemKey, text, value, disabled, missing, updatedElsewhere, error, onAnswer }: LikertItemProps) {
  const t = useTranslations("questionnaire");
  const name = `answer-${itemKey}`;
  const noteId = `${name}-note`;
  const hasNote = missing || updatedElsewhere || Boolean(error);
  return (
    <div id={`item-${itemKey}`} className={`scroll-mt-40 rounded-lg py-4 ${missing ? "-mx-2 bg-amber-50 px-2 ring-2 ring-amber-400" : ""}`}>
      <p className="text-base font-medium text-slate-900">{text}</p>
      <div
        role="radiogroup"
        aria-label={text}
        aria-describedby={hasNote ? noteId : undefined}
        aria-invalid={missing || error ? true : undefined}
        className="mt-3 grid grid-cols-1 gap-2 sm:grid-cols-6"
      >
        {LIKERT_OPTIONS.map((option) => {
          const checked = value !== undefined && value === option.value;
          const dontKnow = option.value === null;
          return (
            <label
              key={option.id}
              className={[
                "flex min-h-11 items-center gap-3 rounded-lg border px-3 py-2 text-sm leading-snug text-slate-800 transition",
                "sm:flex-col sm:justify-center sm:gap-1.5 sm:px-1.5 sm:text-center sm:text-xs",
                "has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold has-[:checked]:text-brand-900",
                "has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500 has-[:focus-visible]:ring-offset-1",
                dontKnow ? "border-dashed border-slate-300 bg-slate-50" : "border-slate-300 bg-white",
                disabled ? "cursor-not-allowed opacity-70" : "cursor-pointer hover:border-brand-500",
              ].join(" ")}
            >
              <input
                type="radio"
                name={name}
                value={option.id}
                checked={checked}
                disabled={disabled}
                onChange={() => onAnswer(itemKey, option.value)}
                className="size-5 shrink-0 accent-brand-600"
              />
              <span>{t(`scale.${option.id}`)}</span>
            </label>
          );
        })}
      </div>
      {hasNote && (
        <p id={noteId} className={`mt-2 text-sm ${error ? "text-red-700" : missing ? "text-amber-900" : "text-slate-600"}`}>
          {error ?? (missing ? t("itemMissing") : t("itemUpdatedElsewhere"))}
        </p>
      )}
    </div>
  );
}
