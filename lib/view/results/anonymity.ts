// Respondent anonymity: no figure is shown for fewer submitted questionnaires than the organisation's
// threshold, and a group's figures only when that group alone reaches it. Applied inside the one
// results computation (compute-results.ts), so the dashboard, the PDF, the exports and the API obey it alike.

/** Default minimum of submitted questionnaires before any result is shown. */
export const DEFAULT_ANONYMITY_THRESHOLD = 5;
/** No organisation may go below this: with two respondents each one can read the other's answers off. */
export const MIN_ANONYMITY_THRESHOLD = 3;
export const MAX_ANONYMITY_THRESHOLD = 50;

/** The threshold in force for a stored setting (missing, too low or not an integer → safe value). */
export function effectiveThreshold(stored: number | null | undefined): number {
  if (stored === null || stored === undefined || !Number.isInteger(stored)) return DEFAULT_ANONYMITY_THRESHOLD;
  return Math.min(MAX_ANONYMITY_THRESHOLD, Math.max(MIN_ANONYMITY_THRESHOLD, stored));
}

export function withheldMessage(threshold: number, submitted: number): string {
  return `Results appear when ${threshold} respondents have answered (${submitted} so far). Below that, a grouped figure could reveal an individual's answers.`;
}

export function groupWithheldNote(threshold: number): string {
  return `Shown when the group has at least ${threshold} respondents, so that nobody's answers can be singled out.`;
}

/** Why a 95 % band is not shown, or null when it can be shown honestly. */
export function bandWithheldReason(respondents: number, threshold: number, lower: number, upper: number): string | null {
  if (respondents < threshold) return `No uncertainty band: it needs at least ${threshold} respondents.`;
  if (Math.abs(upper - lower) < 1e-9)
    return "No uncertainty band: the respondents answered so alike that resampling them shows no spread, which would overstate the certainty.";
  return null;
}
