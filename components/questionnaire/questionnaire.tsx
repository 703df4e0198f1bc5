"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { LOCKED_MESSAGE } from "@/lib/client/questionnaire/save-queue";
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

function errorText(body: unknown): string | null {
  if (typeof body !== "object" || body === null) return null;
  const e = (body as Record<string, unknown>).error;
  return typeof e === "string" && e.trim() ? e.trim() : null;
}

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

  function handleMissing(missingKeys: readonly string[], body: unknown) {
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
      setSubmitError("Some of your answers had not reached us; we are saving them again now. Please submit again in a moment.");
    } else {
      setSubmitError(errorText(body) ?? "Some answers are missing. Please reload the page and try again.");
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
        setSubmitError(
          s.error && s.status === "error" && s.halted
            ? s.error
            : "Some of your answers have not reached us yet, so we cannot submit. They are kept on this device and will be saved automatically when the connection returns; then please submit again.",
        );
        return;
      }
      let res: Response;
      try {
        res = await fetch(`/api/respond/${encodeURIComponent(token)}/submit`, {
          method: "POST",
          headers: { accept: "application/json" },
          cache: "no-store",
          credentials: "same-origin",
        });
      } catch {
        setSubmitError("We could not reach the server to submit your answers. Please check your connection and try again.");
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
        handleMissing(Array.isArray(record.missing) ? record.missing.filter((k): k is string => typeof k === "string") : [], body);
      } else if (res.status === 409) {
        queue.clear();
        setClosedDetail(errorText(body) ?? LOCKED_MESSAGE);
        setFocusRequest({ target: "finished" });
      } else {
        setSubmitError(errorText(body) ?? `Your answers could not be submitted (error ${res.status}). Please try again.`);
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
        {mode === "open" && (
          <p className="mt-2 max-w-3xl text-sm text-slate-600">
            For each statement about your bank, choose how far you agree. If you cannot judge, choose “Don’t know”. There are no right or
            wrong answers. Each answer is saved as soon as you give it, so you can stop at any time and continue later from the same link.
          </p>
        )}
        {mode === "open" && (
          <section
            aria-label="Privacy"
            data-testid="privacy-notice"
            className="mt-3 max-w-3xl rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700"
          >
            <p className="font-medium text-slate-900">Your answers are confidential</p>
            <p className="mt-1">
              {organizationName} sees only grouped results, and only once at least {anonymityThreshold} people have answered (also within
              each group, such as managers or employees). Your answers are never shown with your name or e-mail address.
            </p>
          </section>
        )}
      </header>

      {mode !== "open" && (
        <div className="mt-6">
          <FinishedNotice
            ref={finishedRef}
            kind={mode}
            submittedAt={submitted?.submittedAt}
            detail={mode === "closed" ? (closedDetail ?? (state.halted === "locked" ? state.error : null)) : null}
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
        <p className="mt-6 text-sm text-slate-600">This questionnaire has no statements.</p>
      ) : (
        (mode === "open" || overall.answered > 0) && (
          <div className="mt-6 grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
            <aside>
              <SectionNav sections={sections} progress={overall.sections} current={index} onSelect={goTo} />
            </aside>

            <div className="min-w-0 space-y-5">
              {stillMissing > 0 && (
                <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
                  {stillMissing === 1 ? "1 statement still needs an answer" : `${stillMissing} statements still need an answer`} before you
                  can submit. They are highlighted.
                </p>
              )}

              <div>
                <p className="text-sm font-medium text-brand-700">
                  {section.moduleName} · Section {index + 1} of {sections.length}
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
                    Previous section
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
                    <span>Next section</span>
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
