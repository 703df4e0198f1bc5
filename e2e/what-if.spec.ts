// The what-if section from an owner's seat: a target on a factor updates the projection and names the ISM
// driver that stays behind; the scenario is saved and is still there after a reload.
import { expect, test } from "@playwright/test";
import { DEMO_ASSESSMENT_NAME } from "../prisma/demo-assessment.ts";
import { storageStateFor } from "./support.ts";

test.describe("as the demo owner", () => {
  test.use({ storageState: storageStateFor("owner") });

  test("runs a what-if and saves it", async ({ page }) => {
    await page.goto("/atlas-bank/assessments");
    await page.getByRole("link", { name: DEMO_ASSESSMENT_NAME }).first().click();
    await page.getByRole("link", { name: "View results" }).click();
    const whatIf = page.getByTestId("what-if");
    await expect(whatIf).toBeVisible();
    const overallBefore = (await whatIf.getByTestId("what-if-overall").textContent()) ?? "";

    // Motivation sits at the top of the published ISM model: a level-5 target outruns its drivers.
    await whatIf.getByLabel("Factor", { exact: true }).selectOption("motivation");
    await whatIf.getByLabel("Target level", { exact: true }).selectOption("5");
    await whatIf.getByRole("button", { name: "Add target" }).click();
    await expect(whatIf.getByTestId("what-if-row-motivation")).toContainText("4.20 (L5)");
    await expect(whatIf.getByTestId("what-if-flag").first()).toContainText(/^Motivation depends on /);
    await expect(whatIf.getByTestId("what-if-overall")).not.toHaveText(overallBefore);

    const name = `Stretch ${Date.now()}`;
    await whatIf.getByLabel("Scenario name").fill(name);
    await whatIf.getByRole("button", { name: "Save scenario" }).click();
    await expect(whatIf.getByRole("status").filter({ hasText: `Scenario "${name}" saved.` })).toBeVisible();

    await page.reload();
    const saved = page.getByTestId("saved-scenario").filter({ hasText: name });
    await expect(saved).toContainText("Motivation → 5");

    // Loading it brings the targets back; the section fits a 375 px screen.
    await saved.getByRole("button", { name: `Load ${name}` }).click();
    await expect(page.getByTestId("what-if-target-motivation")).toBeVisible();
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
