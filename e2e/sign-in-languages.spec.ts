// Anyone's first page, in Persian and in Arabic on a phone: the sign-in page is right to left in the
// language, its refusal speaks the language, and the right password signs in. English stays as it was.
import { expect, test } from "@playwright/test";
import { createTranslator } from "use-intl/core";
import { intlTagOf, type Locale } from "../lib/view/i18n/locales.ts";
import { messagesFor } from "../lib/view/i18n/messages.ts";
import { DEMO, PASSWORD } from "./support.ts";
import { expectRightToLeftLaidOut } from "./support-locale.ts";

const t = (locale: Locale) => createTranslator({ locale: intlTagOf(locale), messages: messagesFor(locale), namespace: "signIn" });

for (const locale of ["fa", "ar"] as const) {
  test(`signing in, in ${locale} on a 375-px phone`, async ({ browser }) => {
    const m = t(locale);
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`/sign-in?lang=${locale}`);
    await expect(page.getByRole("heading", { level: 1, name: m("title") })).toBeVisible();
    await expectRightToLeftLaidOut(page, locale, `sign-in-${locale}-375.png`);

    // A wrong password is refused in the language, and nothing typed is lost but the password.
    await page.getByLabel(m("email")).fill("nobody@unknown-bank.example");
    await page.getByLabel(m("password")).fill("not the password");
    await page.getByRole("button", { name: m("submit") }).click();
    await expect(page.getByRole("alert").filter({ hasText: m("errors.wrongPassword") })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

    await page.getByLabel(m("email")).fill(DEMO.viewer.email);
    await page.getByLabel(m("password")).fill(PASSWORD);
    await page.getByRole("button", { name: m("submit") }).click();
    await expect(page).not.toHaveURL(/\/sign-in/);
    await context.close();
  });
}

test("in English the sign-in page stays left to right", async ({ page }) => {
  await page.goto("/sign-in?lang=en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByLabel("E-mail")).toBeVisible();
});
