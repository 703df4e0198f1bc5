// One row of the respondents table (components/assessments/respondents-table.tsx), built by
// lib/features/assessments/respondent-rows.ts: the same on the bank's page and a consultancy's.
import type { Locale } from "../i18n/locales.ts";

export type RespondentState = "not-started" | "in-progress" | "submitted" | "revoked";

export interface RespondentRowView {
  id: string;
  email: string;
  group: string;
  state: RespondentState;
  answered: number;
  /** The questionnaire link while it may be copied (unsent or rotated since, not revoked). */
  link: string | null;
  /** The link was rotated (e.g. a grant was revoked) and the respondent has not been sent the new one. */
  needsNewLink: boolean;
  /** The language the questionnaire was submitted in, when recorded. */
  answeredIn: Locale | null;
}
