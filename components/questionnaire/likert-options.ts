import type { AnswerValue } from "@/lib/view/questionnaire/sections";

export interface LikertOption {
  /** The radio's form value ("1"…"5", "dk"). */
  id: string;
  value: AnswerValue;
  label: string;
}

/** The answer scale, in the order shown. Labels are stable hooks for end-to-end tests. */
export const LIKERT_OPTIONS: readonly LikertOption[] = [
  { id: "1", value: 1, label: "Strongly disagree" },
  { id: "2", value: 2, label: "Disagree" },
  { id: "3", value: 3, label: "Neither agree nor disagree" },
  { id: "4", value: 4, label: "Agree" },
  { id: "5", value: 5, label: "Strongly agree" },
  { id: "dk", value: null, label: "Don't know" },
];
