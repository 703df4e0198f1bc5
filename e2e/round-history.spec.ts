// The organisation overview's history across rounds, as a bank's owner sees it: a chart and its table,
// each round with the same overall figure as its own results page; screenshots at 375 and 1366 px.
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support.ts";

test.use({ storageState: storageStateFor("owner") });

test("the overview shows every round's overall index and modules, matching each results page", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/atlas-bank");
  const history = page.getByTestId("round-history");
  await expect(history).toBeVisible();
  await expect(history.locator("svg.recharts-surface").first()).toBeVisible();
  await history.getByText("Show as table").click();
  const rows = history.locator('tr[data-testid^="history-row-"]');
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  const current = rows.filter({ hasText: "Digital CX baseline 2026 (demo)" });
  const previous = rows.filter({ hasText: "Digital CX assessment 2025 (demo)" });
  await expect(previous).toHaveCount(1);
  const shown = (await current.locator("td").first().innerText()).trim();
  // Follow the round to its results page: the headline shows the same score.
  await current.getByRole("link").click();
  await expect(page.getByTestId("overall-index")).toBeVisible();
  await expect(page.getByText(`${shown} on the 1–5 scale`)).toBeVisible();
  for (const width of [375, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/atlas-bank");
    await expect(page.getByTestId("round-history")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
    expect(overflow).toBe(false);
    await page.screenshot({ path: `test-results/overview-history-${width}.png`, fullPage: true });
  }
});
