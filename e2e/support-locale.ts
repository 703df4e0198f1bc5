// The questionnaire's answer labels and messages as a respondent sees them in each language, from the one
// messages file per language the app renders (lib/view/i18n/messages).
import { expect, type Page } from "@playwright/test";
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

/** The document is right to left in the language, and nothing sticks out of the viewport sideways (but for what a sideways scroller holds); keeps a screenshot. */
export async function expectRightToLeftLaidOut(page: Page, locale: Locale, screenshot: string) {
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  const overflow = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    // Inside a sideways scroller (a wide table on a phone) content may extend past the edge: it scrolls there.
    const scrolled = (e: HTMLElement) => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
        if (["auto", "scroll", "hidden"].includes(getComputedStyle(a).overflowX)) return true;
      return false;
    };
    const off = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 1 && r.height > 1 && (r.left < -1 || r.right > vw + 1) && !scrolled(e);
      })
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`.slice(0, 120));
    return { off, pageScroll: document.documentElement.scrollWidth > vw + 1 };
  });
  expect(overflow).toEqual({ off: [], pageScroll: false });
  await page.screenshot({ path: `test-results/${screenshot}`, fullPage: true });
}
