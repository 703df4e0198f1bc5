// The questionnaire's answer labels and messages as a respondent sees them in each language, from the one
// messages file per language the app renders (lib/view/i18n/messages).
import type { LikertAnswer } from "../lib/domain/instrument/index.ts";
import { LIKERT_OPTIONS } from "../components/questionnaire/likert-options.ts";
import { messagesFor } from "../lib/view/i18n/messages.ts";
import type { Locale } from "../lib/view/i18n/locales.ts";

/** The radio label of an answer ("Agree", «موافقم», «موافق»…). */
export function scaleLabel(value: LikertAnswer, locale: Locale = "en"): string {
  const option = LIKERT_OPTIONS.find((o) => o.value === value)!;
  return messagesFor(locale).questionnaire.scale[option.id];
}

/** Where an answer sits on the scale, in reading order (0 = the first option). */
export const scaleIndex = (value: LikertAnswer): number => LIKERT_OPTIONS.findIndex((o) => o.value === value);
