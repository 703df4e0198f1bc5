"use client";
import { useTranslations } from "next-intl";
import type { SaveQueueState } from "@/lib/client/questionnaire/save-queue";

type Translate = ReturnType<typeof useTranslations<"questionnaire.save">>;

/** The status line in the respondent's language (the queue itself speaks no language: it reports states). */
function message(state: SaveQueueState, t: Translate): string {
  switch (state.status) {
    case "saving":
      return t("saving");
    case "saved":
      return t("saved");
    case "offline":
      return t("offline");
    case "error": {
      if (state.halted === "locked") return t("locked");
      if (state.halted === "invalid-link") return t("invalidLink");
      if (state.pendingCount > 0) return t("serverRetry");
      const refused = Object.values(state.refusedStatus).at(-1);
      return refused === undefined ? t("someFailed") : t("itemRefused", { status: refused });
    }
    default:
      return t("idle");
  }
}

const TONE: Record<SaveQueueState["status"], string> = {
  idle: "text-slate-600",
  saving: "text-slate-600",
  saved: "text-emerald-700",
  offline: "text-amber-800",
  error: "text-red-700",
};

const DOT: Record<SaveQueueState["status"], string> = {
  idle: "bg-slate-300",
  saving: "bg-brand-500 motion-safe:animate-pulse",
  saved: "bg-emerald-500",
  offline: "bg-amber-500",
  error: "bg-red-500",
};

/** The autosave status line, announced politely to screen readers. */
export function SaveStatus({ state, onRetry }: { state: SaveQueueState; onRetry: () => void }) {
  const t = useTranslations("questionnaire.save");
  const canRetry = !state.halted && state.pendingCount > 0 && (state.status === "offline" || state.status === "error");
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <p
        role="status"
        aria-live="polite"
        data-testid="save-status"
        className={`flex min-w-0 items-start gap-2 text-sm ${TONE[state.status]}`}
      >
        <span aria-hidden="true" className={`mt-1.5 inline-block size-2 shrink-0 rounded-full ${DOT[state.status]}`} />
        <span>{message(state, t)}</span>
      </p>
      {canRetry && (
        <button
          type="button"
          onClick={onRetry}
          className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 underline underline-offset-2 hover:bg-brand-50"
        >
          {t("retryNow")}
        </button>
      )}
    </div>
  );
}
