import type { AnswerValue } from "@/lib/view/questionnaire/sections";

export interface LikertOption {
  /** The radio's form value ("1"…"5", "dk"), and the key of its label in the messages (questionnaire.scale.<id>). */
  id: "1" | "2" | "3" | "4" | "5" | "dk";
  value: AnswerValue;
}

/** The answer scale, in the order shown (the reading order: right to left in Persian and Arabic). */
export const LIKERT_OPTIONS: readonly LikertOption[] = [
  { id: "1", value: 1 },
  { id: "2", value: 2 },
  { id: "3", value: 3 },
  { id: "4", value: 4 },
  { id: "5", value: 5 },
  { id: "dk", value: null },
];
