// A respondent answers the whole questionnaire in Persian on a 375-px phone, by keyboard and pointer, with a
// reload in the middle; another reads it in Arabic on a desktop and switches language without losing an answer;
// an expert judges every pair of an ISM study in Persian.
// Both pages are right to left, nothing overflows the viewport, and screenshots at 375 and 1366 px are kept.
import { expect, test } from "@playwright/test";
import { createTranslator } from "use-intl/core";
import { allItems, getLocalizedFramework, latestFramework, type LikertAnswer } from "../lib/domain/instrument/index.ts";
import { buildSections } from "../lib/view/questionnaire/sections.ts";
import { intlTagOf, type Locale } from "../lib/view/i18n/locales.ts";
import { messagesFor } from "../lib/view/i18n/messages.ts";
import { getFramework } from "../lib/domain/instrument/index.ts";
import { storageStateFor } from "./support.ts";
import { addRespondents, createAssessment } from "./support-assessment.ts";
import { expectRightToLeftLaidOut, scaleIndex, scaleLabel } from "./support-locale.ts";

const MODULES = ["cx", "ecrm"] as const;
const items = allItems(latestFramework, [...MODULES]).map((i) => i.key);
const sheet: Record<string, LikertAnswer> = Object.fromEntries(
  items.map((key, i) => [key, i % 13 === 0 ? null : ((((i * 3) % 5) + 1) as LikertAnswer)]),
);

function translator(locale: Locale) {
  return createTranslator({ locale: intlTagOf(locale), messages: messagesFor(locale), namespace: "questionnaire" });
}

function sectionsIn(locale: Locale) {
  const t = translator(locale);
  return buildSections(getLocalizedFramework(latestFramework.version, locale)!, [...MODULES], {
    part: (title, index, total) => t("partOf", { title, index, total }),
    otherTopics: (module) => t("otherTopics", { module }),
  });
}

test.describe("respondents in Persian and Arabic", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("a respondent answers everything in Persian on a phone, by keyboard and pointer, resuming after a reload", async ({
    page,
    browser,
  }) => {
    test.setTimeout(240_000);
    const t = translator("fa");
    await createAssessment(page, `Persian ${Date.now().toString(36)}`);
    const links = await addRespondents(page, ["leila.manager@atlas-bank.example,managers"]);
    const link = `${links.get("leila.manager@atlas-bank.example")!}?lang=fa`;

    const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    const sections = sectionsIn("fa");
    await p.goto(link);
    await expect(p.getByText(t("save.idle"))).toBeVisible();
    await expect(p.getByText(t("progressText", { answered: 0, total: items.length }))).toBeVisible();
    await expectRightToLeftLaidOut(p, "fa", "questionnaire-fa-375.png");
    for (const [s, section] of sections.entries()) {
      await expect(p.getByRole("heading", { level: 2, name: section.title })).toBeVisible();
      const keys = section.factors.flatMap((f) => f.items.map((i) => i.key));
      for (const [k, key] of keys.entries()) {
        const label = scaleLabel(sheet[key] as LikertAnswer, "fa");
        const group = p.locator(`[id="item-${key}"]`);
        if (s === 0 && k === 0) {
          // Keyboard: focus the first option, then move down the group to the wanted one.
          await group.getByRole("radio").first().focus();
          await p.keyboard.press("Space");
          for (let i = 0; i < scaleIndex(sheet[key] as LikertAnswer); i++) await p.keyboard.press("ArrowDown");
          await expect(group.getByRole("radio", { name: label, exact: true })).toBeChecked();
        } else {
          await group.getByRole("radio", { name: label, exact: true }).check();
        }
      }
      await expect(p.getByText(t("save.saved"))).toBeVisible();
      if (s === 1) {
        await p.reload();
        await expect(p.getByRole("heading", { level: 2, name: sections[2]!.title })).toBeVisible();
        await p.getByRole("button", { name: t("previousSection") }).click();
        const firstKey = section.factors[0]!.items[0]!.key;
        await expect(
          p.locator(`[id="item-${firstKey}"]`).getByRole("radio", { name: scaleLabel(sheet[firstKey] as LikertAnswer, "fa"), exact: true }),
        ).toBeChecked();
        await p.getByRole("button", { name: t("nextSection") }).click();
        continue;
      }
      if (s < sections.length - 1) await p.getByRole("button", { name: t("nextSection") }).click();
    }
    await expect(p.getByText(t("progressText", { answered: items.length, total: items.length }))).toBeVisible();
    await p.getByRole("button", { name: t("submit.button") }).click();
    await expect(p.getByRole("heading", { name: t("finished.submittedTitle") })).toBeVisible();
    await expectRightToLeftLaidOut(p, "fa", "questionnaire-fa-375-submitted.png");
    await phone.close();

    // The bank sees which language the questionnaire was answered in.
    await page.reload();
    await expect(page.getByTestId("respondent-language-leila.manager@atlas-bank.example")).toHaveText("فارسی");
  });

  test("Arabic on a desktop: right to left, Arabic-Indic digits, and switching language keeps every answer", async ({ page, browser }) => {
    const t = translator("ar");
    await createAssessment(page, `Arabic ${Date.now().toString(36)}`);
    const links = await addRespondents(page, ["huda.employee@atlas-bank.example,employees"]);
    const desktop = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const p = await desktop.newPage();
    await p.goto(`${links.get("huda.employee@atlas-bank.example")!}?lang=ar`);
    const [first] = sectionsIn("ar");
    await expect(p.getByRole("heading", { level: 2, name: first!.title })).toBeVisible();
    const key = first!.factors[0]!.items[0]!.key;
    await p
      .locator(`[id="item-${key}"]`)
      .getByRole("radio", { name: scaleLabel(4, "ar"), exact: true })
      .check();
    await expect(p.getByText(t("save.saved"))).toBeVisible();
    await expect(p.getByText(t("progressText", { answered: 1, total: items.length }))).toBeVisible();
    await expect(p.getByText(/١ من/).first()).toBeVisible();
    await expectRightToLeftLaidOut(p, "ar", "questionnaire-ar-1366.png");

    await p.getByTestId("language-select").selectOption("en");
    await expect(p.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(p.getByText(`1 of ${items.length} answered`)).toBeVisible();
    await expect(p.locator(`[id="item-${key}"]`).getByRole("radio", { name: "Agree", exact: true })).toBeChecked();

    // The choice is remembered for this browser: the plain link now opens in English.
    await p.goto(links.get("huda.employee@atlas-bank.example")!);
    await expect(p.locator("html")).toHaveAttribute("lang", "en");
    await p.getByTestId("language-select").selectOption("fa");
    await expect(p.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(p.getByText(translator("fa")("progressText", { answered: 1, total: items.length }))).toBeVisible();
    await expectRightToLeftLaidOut(p, "fa", "questionnaire-fa-1366.png");
    await desktop.close();
  });
});

test.describe("an expert in Persian", () => {
  test.use({ storageState: storageStateFor("consultant") });

  test("judges every pair of an ISM study on a phone, with the instrument's factor names in Persian", async ({ page, browser }) => {
    const t = createTranslator({ locale: intlTagOf("fa"), messages: messagesFor("fa"), namespace: "expert" });
    const name = `Panel fa ${Date.now().toString(36)}`;
    await page.goto("/meridian-advisory/ism-studies");
    await page.getByLabel("Study name").fill(name);
    await page.getByLabel("Our own list of factors").check();
    await page.getByLabel("Own factors, one per line").fill("Infrastructure\nTraining\nMotivation\nMarketing");
    await page.getByRole("button", { name: "Create study" }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    await page.getByLabel("Experts: name and e-mail").fill("Dr Rahimi, rahimi@panel.example");
    await page.getByRole("button", { name: "Invite experts" }).click();
    await expect(page.getByText("1 expert(s) invited")).toBeVisible();
    const link =
      (await page.getByRole("button", { name: "Copy the questionnaire link for rahimi@panel.example" }).getAttribute("data-link")) ?? "";

    const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const expert = await phone.newPage();
    await expert.goto(`${new URL(link).pathname}?lang=fa`);
    const fa = getLocalizedFramework(latestFramework.version, "fa")!;
    const en = getFramework(latestFramework.version)!;
    const persianName = (english: string) => {
      const key = en.modules.flatMap((m) => m.factors).find((f) => f.name === english)!.key;
      return fa.modules.flatMap((m) => m.factors).find((f) => f.key === key)!.name;
    };
    await expect(expert.getByTestId("expert-answered")).toHaveText(t("answered", { answered: 0, total: 6 }));
    await expect(expert.getByRole("heading", { name: new RegExp(persianName("Infrastructure")) })).toBeVisible();
    await expectRightToLeftLaidOut(expert, "fa", "expert-fa-375.png");
    for (let k = 1; k <= 6; k++) {
      await expect(expert.getByText(t("pairOf", { index: k, total: 6 }))).toBeVisible();
      if (k < 6) await expert.keyboard.press(k % 2 ? "1" : "3");
      else await expert.getByRole("button", { name: t("choiceO") }).click();
      await expect(expert.getByTestId("expert-answered")).toHaveText(t("answered", { answered: k, total: 6 }));
    }
    await expect(expert.getByTestId("expert-done")).toHaveText(t("done", { total: 6 }));
    await phone.close();
    await page.reload();
    await expect(page.getByTestId("expert-rahimi@panel.example").getByTestId("expert-progress")).toHaveText("6 / 6");
  });
});
