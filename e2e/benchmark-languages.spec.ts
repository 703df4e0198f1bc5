// A bank executive reads the benchmark in Persian and in Arabic: the page and the app's shell are right to
// left in the language, figures carry the language's digits (the same figures as in English), factor names
// come from the framework's translation, charts keep their 1–5 scale left to right, and nothing overflows at
// 375 or 1366 px (screenshots kept). Pages not translated yet stay English and left to right, and say so.
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "use-intl/core";
import { getLocalizedFramework, latestFramework } from "../lib/domain/instrument/index.ts";
import { figuresFor } from "../lib/view/i18n/figures.ts";
import { intlTagOf, type Locale } from "../lib/view/i18n/locales.ts";
import { messagesFor } from "../lib/view/i18n/messages.ts";
import { storageStateFor } from "./support.ts";
import { expectRightToLeftLaidOut } from "./support-locale.ts";

const t = (locale: Locale) => createTranslator({ locale: intlTagOf(locale), messages: messagesFor(locale) });
const factorName = (locale: Locale, key: string) =>
  getLocalizedFramework(latestFramework.version, locale)!
    .modules.flatMap((m) => m.factors)
    .find((f) => f.key === key)!.name;

/** The overall figures as the English page shows them ("3.15", "62", …). */
async function overallFigures(page: Page): Promise<string[]> {
  return page.getByTestId("overall-figures").locator("dd").allInnerTexts();
}

test.describe("a bank executive reads the benchmark in Persian and Arabic", () => {
  test.use({ storageState: storageStateFor("owner") });

  for (const locale of ["fa", "ar"] as const) {
    test(`in ${locale}: right to left, the language's digits and names, the same figures as in English`, async ({ browser }) => {
      test.setTimeout(120_000);
      const m = t(locale);
      const fig = figuresFor(intlTagOf(locale));
      const context = await browser.newContext({ storageState: storageStateFor("owner"), viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      await page.goto("/atlas-bank/benchmark?lang=en");
      const english = await overallFigures(page);
      const [, ownScore, rank] = english;

      await page.goto(`/atlas-bank/benchmark?lang=${locale}`);
      await expect(page).toHaveURL(/\/atlas-bank\/benchmark$/);
      await expect(page.getByRole("heading", { level: 1, name: m("benchmark.title") })).toBeVisible();
      const nav = page.getByRole("navigation", { name: m("shell.navLabel") });
      await expect(nav.getByRole("link", { name: m("shell.nav.benchmark") })).toBeVisible();
      await expect(page.getByText(m("benchmark.intro", { k: 5 }))).toBeVisible();
      // The same figures, in the language's digits.
      const local = await overallFigures(page);
      expect(local[1]).toBe(fig.score(Number(ownScore)));
      expect(local[2]).toBe(fig.index(Number(rank)));
      expect(local[0]).toMatch(locale === "fa" ? /^[۰-۹]+ مؤسسه$/ : /^[٠-٩]+ مؤسس/);
      // Factor names from the framework's translation, in the chart and in its table.
      await expect(
        page
          .locator("svg text")
          .filter({ hasText: factorName(locale, "motivation") })
          .first(),
      ).toBeVisible();
      await page.getByText(m("chartTable.show")).first().click();
      await expect(page.getByRole("rowheader", { name: m("benchmark.overallMetric") })).toBeVisible();
      // Charts keep the 1–5 scale left to right, in the language's digits.
      const axes = await page.evaluate(() =>
        [...document.querySelectorAll('[dir="ltr"] .recharts-xAxis-tick-labels')].map((axis) =>
          [...axis.querySelectorAll("text")].map((t) => ({ text: t.textContent ?? "", x: t.getBoundingClientRect().x })),
        ),
      );
      const scale = [1, 2, 3, 4, 5].map((v) => fig.integer(v));
      const bands = axes.filter((ticks) => ticks.length === 5 && ticks.every((tk, i) => tk.text === scale[i]));
      expect(bands.length).toBeGreaterThan(1);
      for (const ticks of bands) for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x);
      await expectRightToLeftLaidOut(page, locale, `benchmark-${locale}-1366.png`);

      // A group too small to show: the reason in the language.
      await page.goto("/atlas-bank/benchmark?round=2025&region=Levant&sizeBand=MEDIUM");
      await expect(page.getByTestId("k-anonymity")).toHaveText(m("benchmark.reason.tooFew", { k: 5 }));
      await page.goto("/atlas-bank/benchmark?ownership=MUTUAL");
      await expect(page.getByRole("alert").filter({ hasText: m("benchmark.filtersRefused") })).toContainText(
        m("benchmark.filterError.ownership"),
      );

      // A page not translated yet: English, left to right, and it says so in the reader's language; back again.
      await nav.getByRole("link", { name: m("shell.nav.assessments") }).click();
      await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
      await expect(page.getByTestId("not-translated")).toHaveText(m("shell.notTranslated"));
      await page.getByRole("navigation", { name: "Organisation" }).getByRole("link", { name: "Benchmark" }).click();
      await expect(page.getByRole("heading", { level: 1, name: m("benchmark.title") })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

      await page.setViewportSize({ width: 375, height: 800 });
      await page.reload();
      await expectRightToLeftLaidOut(page, locale, `benchmark-${locale}-375.png`);
      await context.close();
    });
  }
});
