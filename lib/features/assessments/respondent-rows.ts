// One row per respondent for the respondents table (components/assessments/respondents-table.tsx):
// the same on the bank's assessment page and on a consultancy's client page.
import { respondentState, type RespondentState } from "./queries.ts";
import { respondentToken, respondentUrl } from "./respondent-links.ts";
import { linkIsCopyable } from "./link-rotation.ts";

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
}

type Listed = {
  id: string; email: string; group: string; startedAt: Date | null; submittedAt: Date | null; revokedAt: Date | null;
  lastSentAt: Date | null; linkResetAt: Date | null; tokenSealed: string; _count: { answers: number };
};

export function respondentRows(respondents: Listed[], origin: string): RespondentRowView[] {
  return respondents.map((r) => {
    const state = respondentState(r);
    const token = state !== "revoked" && linkIsCopyable(r) ? respondentToken(r.tokenSealed) : null;
    return {
      id: r.id, email: r.email, group: r.group, state, answered: r._count.answers,
      link: token ? respondentUrl(origin, token) : null,
      needsNewLink: Boolean(r.linkResetAt && !r.submittedAt && !r.revokedAt),
    };
  });
}
