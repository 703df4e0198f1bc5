// Plain-text summary of an instrument-health report (the command's output) and the small figures the
// page shows. Pure: imports domain types only.
import type { FitIndices, InstrumentHealthReport } from "../../domain/scoring/instrument-health";
import { median } from "../../domain/statistics/descriptive";

export const fmt = (v: number | null | undefined, digits = 2): string =>
  v === null || v === undefined || !Number.isFinite(v) ? "—" : v.toFixed(digits);

export function fitLine(fit: FitIndices | null): string {
  if (!fit) return "not fitted";
  return `χ²(${fit.df}) = ${fmt(fit.chisq, 1)}, CFI ${fmt(fit.cfi)}, TLI ${fmt(fit.tli)}, RMSEA ${fmt(fit.rmsea, 3)}, SRMR ${fmt(fit.srmr, 3)}${fit.converged ? "" : " (did not converge)"}`;
}

const med = (xs: (number | null | undefined)[]): number | null => {
  const v = xs.filter((x): x is number => typeof x === "number" && Number.isFinite(x));
  return v.length ? median(v) : null;
};

export interface HealthHeadline {
  fitted: number;
  factors: number;
  medianCfi: number | null;
  medianRmsea: number | null;
  medianSrmr: number | null;
  flaggedItems: number;
  invariant: number;
  invarianceTested: number;
  medianIcc1: number | null;
  medianIcc2: number | null;
}

export function healthHeadline(r: InstrumentHealthReport): HealthHeadline {
  const fitted = r.factors.filter((f) => f.fit);
  const tested = r.factors.filter((f) => f.invariance);
  return {
    fitted: fitted.length,
    factors: r.factors.length,
    medianCfi: med(fitted.map((f) => f.fit?.cfi)),
    medianRmsea: med(fitted.map((f) => f.fit?.rmsea)),
    medianSrmr: med(fitted.map((f) => f.fit?.srmr)),
    flaggedItems: r.flaggedItems,
    invariant: tested.filter((f) => f.invariance?.invariant).length,
    invarianceTested: tested.length,
    medianIcc1: med(r.factors.map((f) => f.icc?.icc1)),
    medianIcc2: med(r.factors.map((f) => f.icc?.icc2)),
  };
}

export function summariseInstrumentHealth(r: InstrumentHealthReport, durationMs: number): string[] {
  const h = healthHeadline(r);
  const lines = [
    `Framework ${r.frameworkVersion}: ${r.assessments} published assessments, ${r.respondents} respondents, computed in ${durationMs} ms.`,
    `  One-factor models fitted: ${h.fitted} of ${h.factors} factors; median CFI ${fmt(h.medianCfi)}, RMSEA ${fmt(h.medianRmsea, 3)}, SRMR ${fmt(h.medianSrmr, 3)}.`,
  ];
  for (const m of r.modules)
    lines.push(`  Module ${m.moduleKey} (${m.items} items, ${m.factors} factors): ${m.fit ? fitLine(m.fit) : `withheld — ${m.withheld}`}`);
  const bad = r.factors.flatMap((f) =>
    f.items
      .filter((i) => i.problems.length)
      .map((i) => `    ${i.itemKey}: standardised loading ${fmt(i.standardizedLoading)} (${i.problems.join(", ")})`),
  );
  lines.push(`  Misbehaving items: ${bad.length}${bad.length ? "" : " (none)"}`, ...bad);
  const notInv = r.factors.filter((f) => f.invariance && !f.invariance.invariant).map((f) => f.factorKey);
  lines.push(
    `  Managers vs employees, metric invariance: holds for ${h.invariant} of ${h.invarianceTested} factors tested${notInv.length ? `; not for ${notInv.join(", ")}` : ""}.`,
  );
  lines.push(`  Aggregation to the bank: median ICC(1) ${fmt(h.medianIcc1)}, ICC(2) ${fmt(h.medianIcc2)}.`);
  return lines;
}
