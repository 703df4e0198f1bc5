// One row per respondent for the respondents table (components/assessments/respondents-table.tsx):
// the same on the bank's assessment page and on a consultancy's client page.
import { respondentState, type RespondentState } from "./queries.ts";
import { respondentToken, respondentUrl } from "./respondent-links.ts";

export interface RespondentRowView {
  id: string;
  email: string;
  group: string;
  state: RespondentState;
  answered: number;
  /** The questionnaire link, while it can still be shown (not revoked, token readable). */
  link: string | null;
}

type Listed = { id: string; email: string; group: string; startedAt: Date | null; submittedAt: Date | null; revokedAt: Date | null; tokenSealed: string; _count: { answers: number } };

export function respondentRows(respondents: Listed[], origin: string): RespondentRowView[] {
  return respondents.map((r) => {
    const state = respondentState(r);
    const token = state === "revoked" ? null : respondentToken(r.tokenSealed);
    return { id: r.id, email: r.email, group: r.group, state, answered: r._count.answers, link: token ? respondentUrl(origin, token) : null };
  });
}
