// The action plan from an owner's seat: a roadmap item of the results page goes into the plan in one
// click, is marked done on the plan, shows in the board's Done column and in the overview's progress.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ASSESSMENT_NAME } from "../prisma/demo-assessment.ts";
import { storageStateFor } from "./support.ts";

async function doneTotal(page: Page): Promise<[number, number]> {
  await page.goto("/atlas-bank");
  const text = (await page.getByTestId("plan-done-total").textContent()) ?? "";
  const m = /(\d+)\/(\d+)/.exec(text);
  expect(m, text).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
}

test.describe("as the demo owner", () => {
  test.use({ storageState: storageStateFor("owner") });

  test("adds a roadmap item to the plan, marks it done, sees it on the board and the overview", async ({ page }) => {
    const [doneBefore, totalBefore] = await doneTotal(page);
    // The overview names what is overdue (the demo plan has one overdue initiative).
    await expect(page.getByTestId("plan-overdue")).toContainText("Move customer data to one cloud data platform");

    await page.goto("/atlas-bank/assessments");
    await page.getByRole("link", { name: DEMO_ASSESSMENT_NAME }).first().click();
    await page.getByRole("link", { name: "View results" }).click();
    await expect(page.getByRole("heading", { name: `Results · ${DEMO_ASSESSMENT_NAME}` })).toBeVisible();

    // The first roadmap item not yet in the plan.
    const item = page
      .locator('[data-testid^="roadmap-item-"]')
      .filter({ has: page.getByRole("button", { name: /Add to plan/ }) })
      .first();
    const testId = (await item.getAttribute("data-testid")) ?? "";
    const factorKey = testId.replace("roadmap-item-", "");
    await item.getByRole("button", { name: /Add to plan/ }).click();
    const inPlan = page.getByTestId(`in-plan-${factorKey}`);
    await expect(inPlan).toBeVisible();

    // The initiative, pre-filled from the roadmap item.
    await inPlan.getByRole("link").click();
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toContainText("Raise ");
    const title = (await heading.textContent())!.trim();
    await expect(page.getByText("Created from the roadmap of")).toBeVisible();

    // Open the plan and mark it done.
    await page.getByRole("navigation", { name: "Organisation" }).getByRole("link", { name: "Action plan" }).click();
    await expect(page.getByRole("heading", { name: "Action plan", level: 1 })).toBeVisible();
    const row = page.getByTestId("initiative-row").filter({ hasText: title });
    await row.getByLabel(`Status of ${title}`).selectOption("DONE");
    await row.getByRole("button", { name: "Set status" }).click();
    await expect(row.getByRole("status")).toContainText("Marked done");

    // The board: it sits in the Done column.
    await page.getByRole("navigation", { name: "Plan view" }).getByRole("link", { name: "Board" }).click();
    await expect(page.getByTestId("board-column-done").getByTestId("board-card").filter({ hasText: title })).toBeVisible();
    await expect(page.getByTestId("board-column-planned").getByText(title)).toHaveCount(0);

    // The overview's progress counts it.
    expect(await doneTotal(page)).toEqual([doneBefore + 1, totalBefore + 1]);
  });
});
