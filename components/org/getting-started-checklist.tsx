import Link from "next/link";
import { gettingStartedProgress, type GettingStartedStep } from "@/lib/view/org/getting-started";

/** A new bank's first steps with what is done, and the next one to take highlighted. */
export function GettingStartedChecklist({ steps }: { steps: GettingStartedStep[] }) {
  const progress = gettingStartedProgress(steps);
  const next = steps.find((s) => !s.done)?.key;
  return (
    <section
      aria-labelledby="getting-started"
      className="min-w-0 rounded-xl border border-brand-100 bg-white p-5 shadow-sm"
      data-testid="getting-started"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="getting-started" className="text-base font-semibold text-slate-900">
          Get started
        </h2>
        <p className="text-sm text-slate-600">{progress.label}</p>
      </div>
      <div
        className="mt-3 h-1.5 overflow-hidden rounded-full bg-slate-100"
        role="progressbar"
        aria-label="Getting started"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
      >
        <div className="h-full bg-brand-600" style={{ width: `${(100 * progress.done) / progress.total}%` }} />
      </div>
      <ol className="mt-4 space-y-3">
        {steps.map((s, i) => (
          <li key={s.key} className={`flex gap-3 rounded-lg p-3 ${s.key === next ? "bg-brand-50" : ""}`}>
            <span
              aria-hidden
              className={`flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${
                s.done ? "bg-emerald-600 text-white" : "border border-slate-300 text-slate-600"
              }`}
            >
              {s.done ? "✓" : i + 1}
            </span>
            <div className="min-w-0 flex-1">
              <p className={`text-sm font-medium ${s.done ? "text-slate-500" : "text-slate-900"}`}>
                {s.title}
                <span className="sr-only">{s.done ? " (done)" : " (to do)"}</span>
              </p>
              <p className="mt-0.5 text-sm text-slate-600">{s.description}</p>
              {!s.done && s.href && (
                <Link
                  href={s.href}
                  className={
                    s.key === next
                      ? "mt-2 inline-block rounded-lg bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
                      : "mt-2 inline-block text-sm font-medium text-brand-700 underline"
                  }
                >
                  {s.action}
                </Link>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The example report: what a bank gets once its respondents have answered. */
export function ExampleReportCard() {
  return (
    <section className="min-w-0 rounded-xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="example-report">
      <h2 className="text-base font-semibold text-slate-900">See what you will get</h2>
      <p className="mt-2 text-sm text-slate-600">
        The executive report of a fictitious bank, Atlas Bank (demo): its maturity index, the factor scores of managers and employees,
        reliability, and a roadmap that puts the drivers first.
      </p>
      <a
        href="/docs/example-report.pdf"
        target="_blank"
        rel="noopener"
        className="mt-3 inline-block rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        Open the example report (PDF)
      </a>
    </section>
  );
}
