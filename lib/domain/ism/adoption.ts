// Adoption rules for a consultancy's expert-panel model: when may it replace the reference model?

export interface AdoptionInput {
  /** Identifiers (or names) of every expert invited to the panel. */
  invitedExperts: readonly string[];
  /** Those who submitted a complete SSIM. */
  finishedExperts: readonly string[];
  /** An explicit decision to adopt without these experts (must name every missing one). */
  proceedWithout?: readonly string[];
  /** Number of levels of the panel's model. */
  levelCount: number;
}

export interface AdoptionDecision {
  allowed: boolean;
  /** Why adoption is blocked (empty when allowed). */
  reasons: string[];
  /** Allowed, but worth saying (e.g. a flat hierarchy, experts left out). */
  warnings: string[];
  /** Invited experts who have not finished. */
  missing: string[];
}

/** Below this many levels a hierarchy says little about what to do first. */
export const MIN_USEFUL_LEVELS = 3;

const list = (xs: readonly string[]) => xs.join(", ");

export function canAdoptPanelModel(input: AdoptionInput): AdoptionDecision {
  const reasons: string[] = [];
  const warnings: string[] = [];
  const finished = new Set(input.finishedExperts);
  const invited = [...new Set(input.invitedExperts)];
  const missing = invited.filter((e) => !finished.has(e));
  const excused = new Set(input.proceedWithout ?? []);
  if (invited.length === 0) reasons.push("No expert was invited to the panel.");
  if (invited.length > 0 && invited.every((e) => !finished.has(e))) reasons.push("No invited expert has finished.");
  const unexcused = missing.filter((e) => !excused.has(e));
  if (unexcused.length > 0 && !reasons.includes("No invited expert has finished.")) {
    reasons.push(
      `${unexcused.length} invited expert${unexcused.length === 1 ? " has" : "s have"} not finished: ${list(unexcused)}. ` +
        "Wait for them, or decide explicitly to proceed without them.",
    );
  }
  const excusedMissing = missing.filter((e) => excused.has(e));
  if (excusedMissing.length > 0 && unexcused.length === 0) {
    warnings.push(`Adopted without ${list(excusedMissing)}, by an explicit decision.`);
  }
  if (!Number.isInteger(input.levelCount) || input.levelCount < 1) reasons.push("The model has no levels.");
  else if (input.levelCount < MIN_USEFUL_LEVELS) {
    warnings.push(
      `The model has only ${input.levelCount} level${input.levelCount === 1 ? "" : "s"}, so it says little about what to do first. ` +
        "Look at the loops it contains before adopting it.",
    );
  }
  return { allowed: reasons.length === 0, reasons, warnings, missing };
}
