// What the ISM study page shows about the panel's agreement: Fleiss' kappa beside Gwet's AC1 and
// Krippendorff's alpha, on the letters and direction-aware, a one-line plain reading, and how stable
// each factor's level is when one expert is left out. Pure: domain imports only.
import { fleissKappa } from "../../domain/ism/agreement";
import type { AggregationRule } from "../../domain/ism/aggregate";
import { parseSsim } from "../../domain/ism/ssim";
import { SSIM_LETTERS, type SsimLetter } from "../../domain/ism/types";
import { aggregatedLevels, leaveOneExpertOut, ssimLetterAgreement } from "../../domain/statistics/panel-agreement";

export interface AgreementRow {
  raw: number | null;
  fleissKappa: number | null;
  ac1: number | null;
  krippendorffAlpha: number | null;
}

export interface FactorStability {
  name: string;
  level: number;
  /** Share of leave-one-expert-out runs in which the level changes. */
  changeRate: number;
  maxShift: number;
}

export interface PanelAgreementView {
  experts: number;
  letters: AgreementRow;
  directions: AgreementRow;
  reading: string;
  /** Null with fewer than 3 experts (leaving one out of two leaves a single opinion, not a panel). */
  stability: FactorStability[] | null;
}

const counts = (units: readonly (readonly string[])[], categories: readonly string[]) =>
  units.map((u) => categories.map((c) => u.filter((v) => v === c).length));

/** Landis & Koch (1977) bands, used for every chance-corrected figure here. */
export function strengthWord(v: number): string {
  if (v < 0) return "worse than chance";
  if (v < 0.2) return "slight";
  if (v < 0.4) return "fair";
  if (v < 0.6) return "moderate";
  if (v < 0.8) return "substantial";
  return "almost perfect";
}

const pct = (v: number) => `${Math.round(v * 100)} %`;

export function agreementReading(letters: AgreementRow): string {
  const { raw, fleissKappa: k, ac1 } = letters;
  if (raw === null || ac1 === null) return "Too few experts have finished to judge agreement.";
  if (k !== null && ac1 - k >= 0.2 && raw >= 0.7) {
    return `Experts give the same letter ${pct(raw)} of the time; Fleiss' kappa (${k.toFixed(2)}) looks low only because one letter dominates the answers (the prevalence paradox), while Gwet's AC1 (${ac1.toFixed(2)}), which allows for that, reads ${strengthWord(ac1)} agreement.`;
  }
  return `Experts give the same letter ${pct(raw)} of the time; beyond chance that is ${strengthWord(ac1)} agreement (Gwet's AC1 ${ac1.toFixed(2)}${k === null ? "" : `, Fleiss' kappa ${k.toFixed(2)}`}).`;
}

export function panelAgreementView(
  factors: readonly string[],
  factorNames: readonly string[],
  expertSsims: readonly (readonly string[])[],
  rule: AggregationRule,
): PanelAgreementView {
  const grids = expertSsims.map((rows) => parseSsim(factors, rows));
  const cells: SsimLetter[][] = [];
  for (let i = 0; i < factors.length; i++)
    for (let j = i + 1; j < factors.length; j++) cells.push(grids.map((g) => g[i]?.[j - i - 1] as SsimLetter));
  const fig = ssimLetterAgreement(cells);
  const fwd = cells.map((u) => u.map((l) => (l === "V" || l === "X" ? "1" : "0")));
  const bwd = cells.map((u) => u.map((l) => (l === "A" || l === "X" ? "1" : "0")));
  const letters: AgreementRow = { ...fig.letters, fleissKappa: expertSsims.length >= 2 ? fleissKappa(counts(cells, SSIM_LETTERS)) : null };
  const directions: AgreementRow = {
    ...fig.directions,
    fleissKappa: expertSsims.length >= 2 ? fleissKappa(counts([...fwd, ...bwd], ["0", "1"])) : null,
  };
  let stability: FactorStability[] | null = null;
  if (expertSsims.length >= 3) {
    const s = leaveOneExpertOut(factors, expertSsims, aggregatedLevels(rule));
    stability = factors.map((_, i) => ({
      name: factorNames[i] ?? String(i + 1),
      level: s.fullLevels[i] as number,
      changeRate: s.changeRate[i] as number,
      maxShift: s.maxShift[i] as number,
    }));
  }
  return { experts: expertSsims.length, letters, directions, reading: agreementReading(letters), stability };
}
