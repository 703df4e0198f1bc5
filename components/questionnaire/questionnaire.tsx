"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { localeOfTag } from "@/lib/view/i18n/locales";
import {
  isAnswered,
  progress,
  resumeSectionIndex,
  sectionItemKeys,
  firstSectionContaining,
  type AnswerValue,
} from "@/lib/view/questionnaire/sections";
import { FactorBlock } from "./factor-block";
import { FinishedNotice } from "./finished-notice";
import { ProgressBar } from "./progress-bar";
import { SaveStatus } from "./save-status";
import { SectionNav } from "./section-nav";
import { SubmitPanel } from "./submit-panel";
import type { QuestionnaireProps } from "./types";
import { useSaveQueue } from "./use-save-queue";

type FocusRequest = { target: "section" } | { target: "item"; itemKey: string } | { target: "finished" };

const NO_MISSING: ReadonlySet<string> = new Set();

/**
 * The respondent's questionnaire: one section per page, every answer saved the moment it is given
 * (no save button), resumable on any device through the personal link, then submitted once complete.
 */
export function Questionnaire({
  token,
  assessmentName,
  organizationName,
  anonymityThreshold,
  status,
  sections,
  initialAnswers,
}: QuestionnaireProps) {
  const t = useTranslations("questionnaire");
  // The language the respondent reads in is recorded with the submission (same item keys in every language).
  const locale = localeOfTag(useLocale());
  const { queue, state } = useSaveQueue(token, status === "open");
  const initialValues = useMemo(() => {
    const out: Record<string, AnswerValue> = {};
    for (const [key, answer] of Object.entries(initialAnswers)) if (answer) out[key] = answer.value;
    return out;
  }, [initialAnswers]);
  // Answers given on this device (or restored from it, or newer ones from the server) win over the page's.
  const answers = useMemo(() => ({ ...initialValues, ...state.answers }), [initialValues, state.answers]);
  const overall = useMemo(() => progress(sections, answers), [sections, answers]);

  const [current, setCurrent] = useState(() => (status === "open" ? resumeSectionIndex(sections, initialValues) : 0));
  const [submitted, setSubmitted] = useState<{ submittedAt: string | null } | null>(null);
  const [closedDetail, setClosedDetail] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [missing, setMissing] = useState<ReadonlySet<string>>(NO_MISSING);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const sectionHeadingRef = useRef<HTMLHeadingElement>(null);
  const finishedRef = useRef<HTMLHeadingElement>(null);

  const mode: "open" | "submitted" | "closed" = submitted
    ? "submitted"
    : status !== "open"
      ? status
      : state.halted === "locked" || closedDetail
        ? "closed"
        : "open";
  const readOnly = mode !== "open" || state.halted !== null;
  const index = Math.min(Math.max(current, 0), Math.max(sections.length - 1, 0));
  const section = sections[index];
  const isLast = index === sections.length - 1;
  const stillMissing = [...missing].filter((k) => !isAnswered(answers, k)).length;

  useEffect(() => {
    if (!focusRequest) return;
    if (focusRequest.target === "section") {
      sectionHeadingRef.current?.scrollIntoView({ block: "start" });
      sectionHeadingRef.current?.focus({ preventScroll: true });
    } else if (focusRequest.target === "item") {
      const el = document.getElementById(`item-${focusRequest.itemKey}`);
      el?.scrollIntoView({ block: "center" });
      el?.querySelector<HTMLInputElement>("input:not([disabled])")?.focus({ preventScroll: true });
    } else {
      finishedRef.current?.scrollIntoView({ block: "start" });
      finishedRef.current?.focus({ preventScroll: true });
    }
  }, [focusRequest]);

  function goTo(i: number) {
    setCurrent(Math.min(Math.max(i, 0), sections.length - 1));
    setFocusRequest({ target: "section" });
  }

  function goToItem(itemKey: string) {
    const i = firstSectionContaining(sections, [itemKey]);
    if (i < 0) return;
    setCurrent(i);
    setFocusRequest({ target: "item", itemKey });
  }

  function handleAnswer(itemKey: string, value: AnswerValue) {
    if (readOnly) return;
    queue.enqueue(itemKey, value);
  }

  function firstUnanswered(): string | undefined {
    return sections.flatMap(sectionItemKeys).find((k) => !isAnswered(answers, k));
  }

  function handleMissing(missingKeys: readonly string[]) {
    const latest = { ...initialValues, ...queue.getState().answers };
    const inQuestionnaire = sections.flatMap(sectionItemKeys);
    const wanted = new Set(missingKeys);
    const known = inQuestionnaire.filter((k) => wanted.has(k));
    const unanswered = known.filter((k) => !isAnswered(latest, k));
    // Answered here but unknown to the server (a save was lost): send them again.
    for (const k of known) if (isAnswered(latest, k)) queue.enqueue(k, latest[k] ?? null);
    if (unanswered.length > 0) {
      setMissing(new Set(unanswered));
      setSubmitError(null);
      goToItem(unanswered[0]!);
    } else if (known.length > 0) {
      setSubmitError(t("submit.resending"));
    } else {
      setSubmitError(t("submit.missingReload"));
    }
  }

  async function handleSubmit() {
    if (submitting || readOnly) return;
    setSubmitting(true);
    setSubmitError(null);
    try {
      queue.retryNow();
      if (!(await queue.whenSettled(15_000))) {
        const s = queue.getState();
        if (s.halted === "locked") return;
        setSubmitError(s.halted === "invalid-link" ? t("save.invalidLink") : t("submit.notSettled"));
        return;
      }
      let res: Response;
      try {
        res = await fetch(`/api/respond/${encodeURIComponent(token)}/submit?locale=${locale}`, {
          method: "POST",
          headers: { accept: "application/json" },
          cache: "no-store",
          credentials: "same-origin",
        });
      } catch {
        setSubmitError(t("submit.unreachable"));
        return;
      }
      const body: unknown = await res.json().catch(() => null);
      const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
      if (res.ok) {
        queue.clear();
        setMissing(NO_MISSING);
        setSubmitted({ submittedAt: typeof record.submittedAt === "string" ? record.submittedAt : null });
        setFocusRequest({ target: "finished" });
      } else if (res.status === 422) {
        handleMissing(Array.isArray(record.missing) ? record.missing.filter((k): k is string => typeof k === "string") : []);
      } else if (res.status === 409) {
        queue.clear();
        setClosedDetail(record.reason === "submitted" ? t("submit.alreadySubmitted") : t("save.locked"));
        setFocusRequest({ target: "finished" });
      } else {
        setSubmitError(res.status === 404 || res.status === 410 ? t("save.invalidLink") : t("submit.failed", { status: res.status }));
      }
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <main className="mx-auto w-full max-w-6xl px-4 pb-16 pt-6 sm:px-6">
      <header>
        <p className="text-sm font-medium text-brand-700">{organizationName}</p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900 sm:text-3xl">{assessmentName}</h1>
        {mode === "open" && <p className="mt-2 max-w-3xl text-sm text-slate-600">{t("intro")}</p>}
        {mode === "open" && (
          <section
            aria-label={t("privacyLabel")}
            data-testid="privacy-notice"
            className="mt-3 max-w-3xl rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700"
          >
            <p className="font-medium text-slate-900">{t("privacyTitle")}</p>
            <p className="mt-1">{t("privacyBody", { organization: organizationName, threshold: anonymityThreshold })}</p>
          </section>
        )}
      </header>

      {mode !== "open" && (
        <div className="mt-6">
          <FinishedNotice
            ref={finishedRef}
            kind={mode}
            submittedAt={submitted?.submittedAt}
            detail={mode === "closed" ? (closedDetail ?? (state.halted === "locked" ? t("save.locked") : null)) : null}
            showAnswersBelow={sections.length > 0 && overall.answered > 0}
          />
        </div>
      )}

      {status === "open" && !submitted && (
        <div className="sticky top-0 z-20 -mx-4 mt-4 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6">
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-6">
            <ProgressBar answered={overall.answered} total={overall.total} />
            <div className="sm:max-w-md sm:shrink-0">
              <SaveStatus state={state} onRetry={() => queue.retryNow()} />
            </div>
          </div>
        </div>
      )}

      {!section ? (
        <p className="mt-6 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        (mode === "open" || overall.answered > 0) && (
          <div className="mt-6 grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
            <aside>
              <SectionNav sections={sections} progress={overall.sections} current={index} onSelect={goTo} />
            </aside>

            <div className="min-w-0 space-y-5">
              {stillMissing > 0 && (
                <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
                  {t("stillMissing", { count: stillMissing })}
                </p>
              )}

              <div>
                <p className="text-sm font-medium text-brand-700">
                  {t("sectionOf", { module: section.moduleName, index: index + 1, total: sections.length })}
                </p>
                <h2
                  ref={sectionHeadingRef}
                  tabIndex={-1}
                  className="mt-1 scroll-mt-40 text-xl font-semibold text-slate-900 focus:outline-none"
                >
                  {section.titleTerm ? (
                    <abbr title={section.titleTerm} className="no-underline">
                      {section.title}
                    </abbr>
                  ) : (
                    section.title
                  )}
                </h2>
                {section.description && <p className="mt-1 max-w-3xl text-sm text-slate-600">{section.description}</p>}
              </div>

              {section.factors.map((factor) => (
                <FactorBlock
                  key={factor.key}
                  factor={factor}
                  answers={answers}
                  disabled={readOnly}
                  missing={missing}
                  updatedElsewhere={state.updatedElsewhere}
                  itemErrors={state.itemErrors}
                  refusedStatus={state.refusedStatus}
                  onAnswer={handleAnswer}
                />
              ))}

              <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
                {index > 0 ? (
                  <button
                    type="button"
                    onClick={() => goTo(index - 1)}
                    className="inline-flex min-h-11 items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
                  >
                    <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">
                      ←
                    </span>
                    {t("previousSection")}
                  </button>
                ) : (
                  <span className="hidden sm:block" />
                )}
                {!isLast && (
                  <button
                    type="button"
                    onClick={() => goTo(index + 1)}
                    className="inline-flex min-h-11 flex-col items-center justify-center rounded-lg bg-brand-600 px-5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 sm:items-end"
                  >
                    <span>
                      {t("nextSection")}
                      <span aria-hidden="true" className="ms-1 inline-block rtl:-scale-x-100">
                        →
                      </span>
                    </span>
                    <span aria-hidden="true" className="text-xs font-normal text-brand-100">
                      {sections[index + 1]?.title}
                    </span>
                  </button>
                )}
              </div>

              {isLast && !readOnly && (
                <SubmitPanel
                  remaining={overall.total - overall.answered}
                  submitting={submitting}
                  error={submitError}
                  onSubmit={() => void handleSubmit()}
                  onFindUnanswered={() => {
                    const k = firstUnanswered();
                    if (k) goToItem(k);
                  }}
                />
              )}
            </div>
          </div>
        )
      )}
    </main>
  );
}
