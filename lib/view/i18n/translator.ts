// Messages outside a page (e-mails, exports): the same messages files and Intl rules as the pages, for a
// language given explicitly (the recipient's, not the request's). From use-intl's React-free core (the library
// next-intl is built on), so scripts and server code under any import conditions can use it.
import { createTranslator } from "use-intl/core";
import { intlTagOf, type Locale } from "./locales.ts";
import { messagesFor } from "./messages.ts";

export function translatorFor(locale: Locale) {
  return createTranslator({ locale: intlTagOf(locale), messages: messagesFor(locale), timeZone: "UTC" });
}
