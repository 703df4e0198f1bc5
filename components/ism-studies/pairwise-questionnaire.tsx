"use client";
// One pair at a time: "Does A influence B, B influence A, both, or neither?" → V, A, X, O.
// Each judgement is saved at once; the page resumes at the first unanswered pair. Keys 1–4 (or
// V, A, X, O) answer, ← and → move between pairs.
import { useCallback, useEffect, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { directionOf, localeOfTag } from "@/lib/view/i18n/locales";

type Letter = "V" | "A" | "X" | "O";

interface Props {
  token: string;
  studyName: string;
  organizationName: string;
  expertName: string;
  factors: string[];
  /** Each factor's definition (same order as `factors`); null when the study's own factor has none. */
  definitions?: (string | null)[];
  open: boolean;
  initial: { i: number; j: number; letter: string }[];
}

const KEYS: Record<string, Letter> = { "1": "V", "2": "A", "3": "X", "4": "O", v: "V", a: "A", x: "X", o: "O" };

const LETTERS: readonly { letter: Letter; key: string }[] = [
  { letter: "V", key: "1" },
  { letter: "A", key: "2" },
  { letter: "X", key: "3" },
  { letter: "O", key: "4" },
];

/** What V, A, X and O mean, each with a worked example, so every expert reads the four answers the same way. */
function LetterGuide() {
  const t = useTranslations("expert.guide");
  return (
    <details className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm" data-testid="letter-guide">
      <summary className="cursor-pointer font-medium text-brand-700">{t("summary")}</summary>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      <dl className="mt-2 space-y-2">
        {LETTERS.map(({ letter }) => (
          <div key={letter}>
            <dt className="font-semibold text-slate-900">
              <bdi>{letter}</bdi>: {t(`${letter}.meaning`)}
            </dt>
            <dd className="text-slate-600">{t("example", { example: t(`${letter}.example`) })}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function Definition({ name, text }: { name: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p className="text-sm text-slate-600">
      <span className="font-medium text-slate-800">{name}: </span>
      {text}
    </p>
  );
}

export function PairwiseQuestionnaire({ token, studyName, organizationName, expertName, factors, definitions = [], open, initial }: Props) {
  const t = useTranslations("expert");
  // ← and → move back and forward in reading order: in Persian and Arabic, → goes back.
  const rtl = directionOf(localeOfTag(useLocale())) === "rtl";
  const pairs = useMemo(() => {
    const out: { i: number; j: number }[] = [];
    for (let i = 0; i < factors.length; i++) for (let j = i + 1; j < factors.length; j++) out.push({ i, j });
    return out;
  }, [factors.length]);
  const [answers, setAnswers] = useState<Map<string, Letter>>(() => new Map(initial.map((x) => [`${x.i}:${x.j}`, x.letter as Letter])));
  const firstOpen = pairs.findIndex((p) => !answers.has(`${p.i}:${p.j}`));
  const [index, setIndex] = useState(firstOpen === -1 ? 0 : firstOpen);
  const [status, setStatus] = useState<{ kind: "idle" | "saving" | "saved" | "error"; message?: string }>({ kind: "idle" });
  const answered = pairs.filter((p) => answers.has(`${p.i}:${p.j}`)).length;
  const done = answered === pairs.length;
  const pair = pairs[index];
  const a = pair ? (factors[pair.i] ?? "") : "";
  const b = pair ? (factors[pair.j] ?? "") : "";
  const current = pair ? answers.get(`${pair.i}:${pair.j}`) : undefined;
  const defA = pair ? definitions[pair.i] : null;
  const defB = pair ? definitions[pair.j] : null;

  const answer = useCallback(
    async (letter: Letter) => {
      if (!pair || !open || status.kind === "saving") return;
      const key = `${pair.i}:${pair.j}`;
      setStatus({ kind: "saving" });
      try {
        const res = await fetch(`/api/ism/${encodeURIComponent(token)}/judgements`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ i: pair.i, j: pair.j, letter }),
        });
        if (!res.ok) return setStatus({ kind: "error", message: t("saveFailed", { status: res.status }) });
        const next = new Map(answers).set(key, letter);
        setAnswers(next);
        setStatus({ kind: "saved" });
        // On to the next unanswered pair (after this one first, then from the start).
        const after = pairs.findIndex((p, k) => k > index && !next.has(`${p.i}:${p.j}`));
        const anyOpen = pairs.findIndex((p) => !next.has(`${p.i}:${p.j}`));
        setIndex(after !== -1 ? after : anyOpen !== -1 ? anyOpen : index);
      } catch {
        setStatus({ kind: "error", message: t("offline") });
      }
    },
    [answers, index, open, pair, pairs, status.kind, token, t],
  );

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.altKey || e.ctrlKey || e.metaKey || (e.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)))
        return;
      const letter = KEYS[e.key.toLowerCase()];
      if (letter) {
        e.preventDefault();
        void answer(letter);
      } else if (e.key === (rtl ? "ArrowRight" : "ArrowLeft")) setIndex((k) => Math.max(0, k - 1));
      else if (e.key === (rtl ? "ArrowLeft" : "ArrowRight")) setIndex((k) => Math.min(pairs.length - 1, k + 1));
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [answer, pairs.length, rtl]);

  const percent = pairs.length ? Math.round((answered / pairs.length) * 100) : 0;
  return (
    <main className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <header className="space-y-1">
        <p className="text-sm text-slate-500">{organizationName}</p>
        <h1 className="text-2xl font-semibold">{studyName}</h1>
        <p className="text-sm text-slate-700">{t("intro", { expert: expertName, pairs: pairs.length })}</p>
      </header>

      <div>
        <div className="flex justify-between text-sm text-slate-600">
          <span data-testid="expert-answered">{t("answered", { answered, total: pairs.length })}</span>
          <span>{t("percent", { percent: percent / 100 })}</span>
        </div>
        <div
          className="mt-1 h-2 rounded-full bg-slate-200"
          role="progressbar"
          aria-label={t("progressLabel")}
          aria-valuemin={0}
          aria-valuemax={pairs.length}
          aria-valuenow={answered}
        >
          <div className="h-2 rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
        </div>
      </div>

      <LetterGuide />

      {!open && (
        <p role="status" className="rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-800">
          {t("closed")}
        </p>
      )}
      {done && open && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800" data-testid="expert-done">
          {t("done", { total: pairs.length })}
        </p>
      )}

      {pair && (
        <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby="pair-question">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
            {t("pairOf", { index: index + 1, total: pairs.length })}
          </p>
          <h2 id="pair-question" className="text-lg font-medium text-slate-900">
            {t.rich("question", { a, b, strong: (chunks) => <strong>{chunks}</strong> })}
          </h2>
          {(defA || defB) && (
            <div className="space-y-1 rounded-lg bg-slate-50 px-3 py-2" data-testid="pair-definitions">
              <Definition name={a} text={defA} />
              <Definition name={b} text={defB} />
            </div>
          )}
          <div role="group" aria-labelledby="pair-question" className="grid gap-2 sm:grid-cols-2">
            {LETTERS.map((c) => (
              <button
                key={c.letter}
                type="button"
                disabled={!open || status.kind === "saving"}
                aria-pressed={current === c.letter}
                aria-keyshortcuts={c.key}
                onClick={() => void answer(c.letter)}
                className={`rounded-lg border px-4 py-3 text-start text-sm transition focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 disabled:opacity-60 ${
                  current === c.letter
                    ? "border-brand-600 bg-brand-50 font-semibold text-brand-900"
                    : "border-slate-300 bg-white hover:bg-slate-50"
                }`}
              >
                <span className="me-2 inline-block rounded border border-slate-300 px-1.5 text-xs text-slate-500" aria-hidden="true">
                  {c.key}
                </span>
                {t(`choice${c.letter}`, { a, b })}
              </button>
            ))}
          </div>
          <div className="flex items-center justify-between gap-3 text-sm">
            <button
              type="button"
              onClick={() => setIndex((k) => Math.max(0, k - 1))}
              disabled={index === 0}
              className="rounded border border-slate-300 px-3 py-1.5 disabled:opacity-40"
            >
              <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">
                ←
              </span>
              {t("previous")}
            </button>
            <span
              aria-live="polite"
              className={status.kind === "error" ? "text-red-700" : "text-slate-500"}
              role={status.kind === "error" ? "alert" : undefined}
              data-testid="save-status"
            >
              {status.kind === "saving"
                ? t("saving")
                : status.kind === "saved"
                  ? t("saved")
                  : status.kind === "error"
                    ? status.message
                    : ""}
            </span>
            <button
              type="button"
              onClick={() => setIndex((k) => Math.min(pairs.length - 1, k + 1))}
              disabled={index >= pairs.length - 1}
              className="rounded border border-slate-300 px-3 py-1.5 disabled:opacity-40"
            >
              {t("next")}
              <span aria-hidden="true" className="ms-1 inline-block rtl:-scale-x-100">
                →
              </span>
            </button>
          </div>
          <p className="text-xs text-slate-500">{t("keyboard")}</p>
        </section>
      )}
    </main>
  );
}
