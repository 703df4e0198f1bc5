// The product's messages, one file per language (./messages/<locale>.json; keys identical in all three, proven
// by ./messages.test.ts). Framework texts (factors, statements, rubrics, actions) are not here: they are
// versioned with the framework (lib/domain/instrument/frameworks/<version>/translations).
import ar from "./messages/ar.json" with { type: "json" };
import en from "./messages/en.json" with { type: "json" };
import fa from "./messages/fa.json" with { type: "json" };
import type { Locale } from "./locales.ts";

export type Messages = typeof en;

const MESSAGES: Record<Locale, Messages> = { en, fa, ar };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
