"use client";
import type { AnswerValue, QuestionnaireFactor } from "@/lib/view/questionnaire/sections";
import type { SaveQueueState } from "@/lib/client/questionnaire/save-queue";
import { useTranslations } from "next-intl";
import { LikertItem } from "./likert-item";

export interface FactorBlockProps {
  factor: QuestionnaireFactor;
  answers: Readonly<Record<string, AnswerValue>>;
  disabled: boolean;
  missing: ReadonlySet<string>;
  updatedElsewhere: SaveQueueState["updatedElsewhere"];
  itemErrors: SaveQueueState["itemErrors"];
  refusedStatus: SaveQueueState["refusedStatus"];
  onAnswer: (itemKey: string, value: AnswerValue) => void;
}

/** A factor: its name, its definition as help text, then its statements. */
export function FactorBlock({
  factor,
  answers,
  disabled,
  missing,
  updatedElsewhere,
  itemErrors,
  refusedStatus,
  onAnswer,
}: FactorBlockProps) {
  const t = useTranslations("questionnaire.save");
  const headingId = `factor-${factor.key}`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white px-4 py-5 shadow-sm sm:px-6">
      <h3 id={headingId} className="text-lg font-semibold text-slate-900">
        {factor.name}
      </h3>
      <p className="mt-1 text-sm text-slate-600">{factor.definition}</p>
      <div className="mt-2 divide-y divide-slate-100">
        {factor.items.map((item) => {
          const answered = Object.prototype.hasOwnProperty.call(answers, item.key);
          return (
            <LikertItem
              key={item.key}
              itemKey={item.key}
              text={item.text}
              value={answered ? answers[item.key] : undefined}
              disabled={disabled}
              missing={missing.has(item.key) && !answered}
              updatedElsewhere={Boolean(updatedElsewhere[item.key])}
              error={item.key in itemErrors ? t("itemRefused", { status: refusedStatus[item.key] ?? 400 }) : undefined}
              onAnswer={onAnswer}
            />
          );
        })}
      </div>
    </section>
  );
}
