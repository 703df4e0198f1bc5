// Props of the respondent questionnaire. Plain, serialisable data: the page (a server component) builds it.
import type { AnswerValue, QuestionnaireSection } from "@/lib/view/questionnaire/sections";

export type { AnswerValue, QuestionnaireSection };

export type QuestionnaireStatus = "open" | "submitted" | "closed";

/** The respondent's saved answer as the server holds it. Absent key = not answered; value null = "don't know". */
export interface InitialAnswer {
  value: AnswerValue;
  version: number;
}

export interface QuestionnaireProps {
  /** The personal link's token, as in /respond/<token>. */
  token: string;
  assessmentName: string;
  organizationName: string;
  /** Submitted questionnaires needed before the bank sees any grouped result (privacy notice). */
  anonymityThreshold: number;
  /** "open": answers can change; "submitted": this respondent has submitted; "closed": the assessment no longer takes answers. */
  status: QuestionnaireStatus;
  /** From buildSections(framework, assessment.modules) — never carries `reverse`. */
  sections: QuestionnaireSection[];
  initialAnswers: Record<string, InitialAnswer>;
}
