// Respondent privacy and the results page as people see it: the privacy notice before answering, the
// threshold state with two submissions, and the demo results at phone, laptop and wide-screen widths
// (screenshots saved under test-results/), with every roadmap item reachable without sideways scrolling.
import { expect, test } from "@playwright/test";
import { allItems, latestFramework } from "../lib/domain/instrument/index.ts";
import { storageStateFor } from "./support.ts";
import { addRespondents, createAssessment } from "./support-assessment.ts";
import { expectResultsLaidOut, RESULT_WIDTHS } from "./support-results.ts";

const items = allItems(latestFramework, ["cx", "ecrm"]).map((i) => i.key);
const tokenOf = (link: string) => new URL(link).pathname.split("/").pop() ?? "";

test.describe("as the demo bank's admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("a respondent sees the privacy notice; with two submissions the bank sees the threshold state, not figures", async ({
    page,
    browser,
    request,
  }) => {
    test.setTimeout(180_000);
    const path = await createAssessment(page, `Privacy ${Date.now().toString(36)}`);
    const links = await addRespondents(page, ["pia.manager@atlas-bank.example,managers", "eva.employee@atlas-bank.example,employees"]);

    const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
    const respondent = await phone.newPage();
    await respondent.goto([...links.values()][0]!);
    const notice = respondent.getByTestId("privacy-notice");
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("sees only grouped results");
    await expect(notice).toContainText("never shown with your name");
    await phone.close();

    for (const link of links.values()) {
      const token = tokenOf(link);
      const answeredAt = new Date().toISOString();
      for (const [i, itemKey] of items.entries()) {
        expect((await request.post(`/api/respond/${token}/answers`, { data: { itemKey, value: (i % 5) + 1, answeredAt } })).status()).toBe(
          200,
        );
      }
      expect((await request.post(`/api/respond/${token}/submit`)).status()).toBe(200);
    }
    await page.goto(`${path}/results`);
    const state = page.getByTestId("results-withheld");
    await expect(state).toContainText("Results appear when 5 respondents have answered");
    await expect(state).toContainText("2 of the 5");
    await expect(page.getByTestId("overall-index")).toHaveCount(0);
    await expect(page.getByText(/managers, \d+ employees/)).toHaveCount(0);
    await page.goto(path);
    await page.getByRole("button", { name: "Close assessment" }).click();
    await expect(page.getByText("Assessment closed")).toBeVisible();
  });

  test("the demo results page at 375, 1366 and 1920 px: no clipped roadmap, no internal text", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/atlas-bank/assessments");
    await page.getByRole("link", { name: "Digital CX baseline 2026 (demo)" }).click();
    await page.waitForURL(/\/assessments\/[^/]+$/);
    const results = `${new URL(page.url()).pathname}/results`;
    for (const width of RESULT_WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(results);
      await expectResultsLaidOut(page, `results-reference-${width}.png`);
    }
  });
});
