// One row per respondent for the respondents table (components/assessments/respondents-table.tsx):
// the same on the bank's assessment page and on a consultancy's client page.
import "server-only";
import { respondentState } from "./queries.ts";
import type { RespondentRowView } from "../../view/assessments/respondent-row.ts";

export type { RespondentRowView };
import { respondentToken, respondentUrl } from "./respondent-links.ts";
import { linkIsCopyable } from "./link-rotation.ts";
import { isLocale } from "../../view/i18n/locales.ts";

type Listed = {
  id: string;
  email: string;
  group: string;
  startedAt: Date | null;
  submittedAt: Date | null;
  revokedAt: Date | null;
  lastSentAt: Date | null;
  linkResetAt: Date | null;
  tokenSealed: string;
  answeredLocale?: string | null;
  _count: { answers: number };
};

export function respondentRows(respondents: Listed[], origin: string): RespondentRowView[] {
  return respondents.map((r) => {
    const state = respondentState(r);
    const token = state !== "revoked" && linkIsCopyable(r) ? respondentToken(r.tokenSealed) : null;
    return {
      id: r.id,
      email: r.email,
      group: r.group,
      state,
      answered: r._count.answers,
      link: token ? respondentUrl(origin, token) : null,
      needsNewLink: Boolean(r.linkResetAt && !r.submittedAt && !r.revokedAt),
      answeredIn: isLocale(r.answeredLocale) ? r.answeredLocale : null,
    };
  });
}
