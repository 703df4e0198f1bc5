"use client";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { QuestionnaireSection, SectionProgress } from "@/lib/view/questionnaire/sections";

export interface SectionNavProps {
  sections: readonly QuestionnaireSection[];
  progress: readonly SectionProgress[];
  current: number;
  onSelect: (index: number) => void;
}

/** The list of sections with their completion; collapsible on small screens, always shown on large ones. */
export function SectionNav({ sections, progress, current, onSelect }: SectionNavProps) {
  const t = useTranslations("questionnaire.nav");
  const format = useFormatter();
  const [open, setOpen] = useState(false);
  const listId = "questionnaire-section-list";
  return (
    <nav
      aria-label={t("label")}
      className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm lg:sticky lg:top-28 lg:max-h-[calc(100vh-8rem)] lg:overflow-y-auto"
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
        className="flex min-h-11 w-full items-center justify-between gap-2 rounded-lg px-2 text-start text-sm font-medium text-slate-800 hover:bg-slate-50 lg:hidden"
      >
        <span>{t("toggle", { index: current + 1, total: sections.length })}</span>
        <span aria-hidden="true" className={`transition ${open ? "rotate-180" : ""}`}>
          ▾
        </span>
      </button>
      <h2 className="hidden px-2 pb-2 text-sm font-semibold text-slate-900 lg:block">{t("heading")}</h2>
      <ol id={listId} className={`${open ? "mt-2 block" : "hidden"} space-y-1 lg:block`}>
        {sections.map((section, i) => {
          const p = progress[i];
          const complete = p?.complete ?? false;
          const showModule = i === 0 || sections[i - 1]?.moduleKey !== section.moduleKey;
          const isCurrent = i === current;
          return (
            <li key={section.key}>
              {showModule && (
                <p className="px-2 pb-1 pt-3 text-xs font-semibold uppercase tracking-wide text-slate-500 first:pt-0">
                  {section.moduleName}
                </p>
              )}
              <button
                type="button"
                aria-current={isCurrent ? "step" : undefined}
                onClick={() => {
                  setOpen(false);
                  onSelect(i);
                }}
                className={`flex min-h-11 w-full items-center gap-3 rounded-lg px-2 py-1.5 text-start text-sm ${
                  isCurrent ? "bg-brand-50 font-semibold text-brand-900" : "text-slate-700 hover:bg-slate-50"
                }`}
              >
                <span
                  aria-hidden="true"
                  className={`flex size-6 shrink-0 items-center justify-center rounded-full text-xs ${
                    complete
                      ? "bg-emerald-600 text-white"
                      : isCurrent
                        ? "border-2 border-brand-600 text-brand-700"
                        : "border border-slate-300 text-slate-500"
                  }`}
                >
                  {complete ? "✓" : format.number(i + 1)}
                </span>
                <span className="min-w-0 flex-1" title={section.titleTerm}>
                  {section.title}
                </span>
                <span className="shrink-0 text-xs tabular-nums text-slate-500">
                  <span className="sr-only">{complete ? t("complete") : ""}</span>
                  {p ? t("answered", { answered: p.answered, total: p.total }) : ""}
                  <span className="sr-only">{t("answeredSuffix")}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
