import type { Metadata } from "next";
import { db } from "@/lib/platform/db/prisma";
import { requireOrgPage } from "@/lib/features/access/page";
import { INSTRUMENT_HEALTH } from "@/lib/features/access/requirements";
import { latestInstrumentHealth, type InstrumentHealthView } from "@/lib/features/instrument-health/queries";
import { fitLine, fmt, healthHeadline } from "@/lib/view/instrument-health/summary";
import { Card } from "@/components/ui/card";
import { latestFramework } from "@/lib/domain/instrument";

export const metadata: Metadata = { title: "Instrument health" };

// GET /:org/instrument-health – does the instrument measure what it claims across the pool (consultancies, regulators).
export default async function InstrumentHealthPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const ctx = await requireOrgPage(slug, INSTRUMENT_HEALTH);
  const reports = await latestInstrumentHealth(db, ctx);
  return (
    <>
      <h1 className="text-2xl font-semibold">Instrument health</h1>
      <p className="text-sm text-slate-700">
        Confirmatory factor analysis on the pooled answers of every published assessment: whether each factor&apos;s statements measure one
        thing, which statements misbehave, whether managers and employees read them alike, and whether averaging respondents to a bank is
        justified. Pooled across banks; no bank&apos;s figures are shown.
      </p>
      <Card title="Content validity review kit">
        <p className="text-sm text-slate-700">
          Every statement of the current framework ({latestFramework.version}) with its factor, definition and the study, construct and
          passage it operationalises, and empty columns for an expert&apos;s relevance rating (1 not relevant to 4 highly relevant) and
          comment. Give one copy to each expert; the returned copies give each statement&apos;s content validity index (I-CVI) and modified
          kappa, and the scale&apos;s S-CVI.
        </p>
        <p className="mt-2 text-sm">
          <a className="text-blue-700 underline" href={`/${slug}/instrument-health/review-kit.csv`} data-testid="review-kit-link" download>
            Download the review kit (CSV)
          </a>
        </p>
      </Card>
      {reports.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600" data-testid="health-empty">
            No report yet: it is computed from published assessments by the operator.
          </p>
        </Card>
      ) : (
        reports.map((r) => <ReportCard key={r.frameworkVersion} view={r} />)
      )}
    </>
  );
}

function ReportCard({ view }: { view: InstrumentHealthView }) {
  const { report } = view;
  const h = healthHeadline(report);
  const flagged = report.factors.flatMap((f) => f.items.filter((i) => i.problems.length > 0).map((i) => ({ ...i, factor: f.factorName })));
  return (
    <Card title={`Framework ${view.frameworkVersion}`}>
      <p className="text-sm text-slate-700" data-testid="health-stamp">
        Computed {view.computedAt.toISOString().slice(0, 16).replace("T", " ")} UTC in {view.durationMs} ms from {view.assessments}{" "}
        published assessments ({view.respondents} respondents).
      </p>
      <ul className="mt-3 space-y-1 text-sm text-slate-800">
        <li>
          One-factor models fitted for {h.fitted} of {h.factors} factors: median CFI {fmt(h.medianCfi)}, RMSEA {fmt(h.medianRmsea, 3)}, SRMR{" "}
          {fmt(h.medianSrmr, 3)}.
        </li>
        <li>Statements that misbehave (standardised loading below 0.4, or an improper solution): {flagged.length}.</li>
        <li>
          Managers and employees read the statements alike (metric invariance) for {h.invariant} of {h.invarianceTested} factors tested.
        </li>
        <li>
          Aggregation to the bank: median ICC(1) {fmt(h.medianIcc1)} (share of variance between banks), ICC(2) {fmt(h.medianIcc2)}{" "}
          (reliability of a bank&apos;s mean).
        </li>
      </ul>
      {flagged.length > 0 && (
        <div className="overflow-x-auto">
          <table className="mt-4 w-full text-left text-sm" data-testid="health-flagged">
            <thead>
              <tr className="text-xs text-slate-500">
                <th className="py-1">Statement</th>
                <th>Factor</th>
                <th>Loading</th>
                <th>Problem</th>
              </tr>
            </thead>
            <tbody>
              {flagged.map((i) => (
                <tr key={i.itemKey} className="border-t border-slate-100">
                  <td className="py-1 font-mono text-xs">{i.itemKey}</td>
                  <td>{i.factor}</td>
                  <td>{fmt(i.standardizedLoading)}</td>
                  <td>{i.problems.map((p) => (p === "heywood" ? "improper (Heywood)" : "low loading")).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details className="mt-4">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">Per module and per factor</summary>
        <ul className="mt-2 space-y-1 text-sm">
          {report.modules.map((m) => (
            <li key={m.moduleKey}>
              <strong>Module {m.moduleKey}</strong> ({m.items} statements, {m.factors} factors): {m.fit ? fitLine(m.fit) : m.withheld}
            </li>
          ))}
        </ul>
        <div className="overflow-x-auto">
          <table className="mt-3 w-full text-left text-xs">
            <thead>
              <tr className="text-slate-500">
                <th className="py-1">Factor</th>
                <th>n</th>
                <th>Fit</th>
                <th>Loadings</th>
                <th>Invariance</th>
                <th>ICC(1) / ICC(2)</th>
              </tr>
            </thead>
            <tbody>
              {report.factors.map((f) => (
                <tr key={f.factorKey} className="border-t border-slate-100 align-top">
                  <td className="py-1">{f.factorName}</td>
                  <td>{f.n}</td>
                  <td>
                    {f.fit
                      ? `CFI ${fmt(f.fit.cfi)} · TLI ${fmt(f.fit.tli)} · RMSEA ${fmt(f.fit.rmsea, 3)} · SRMR ${fmt(f.fit.srmr, 3)}`
                      : f.withheld}
                  </td>
                  <td>{f.items.map((i) => fmt(i.standardizedLoading)).join(" ")}</td>
                  <td>
                    {f.invariance
                      ? `${f.invariance.invariant ? "holds" : "does not hold"} (Δχ²(${f.invariance.dfDiff}) = ${fmt(f.invariance.chisqDiff, 1)}, p = ${fmt(f.invariance.pValue, 3)})`
                      : "—"}
                  </td>
                  <td>{f.icc ? `${fmt(f.icc.icc1)} / ${fmt(f.icc.icc2)}` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Card>
  );
}
