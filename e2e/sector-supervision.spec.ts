// The demo regulator's supervision: filters the heat map, sorts it by an e-CRM factor (on the server,
// through links), opens a reporting bank's page and sees its trend; nothing overflows at 375 px.
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support.ts";

test.use({ storageState: storageStateFor("regulator") });

async function noSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what} overflows the viewport`).toBeLessThanOrEqual(0);
}

/** The heat map's values in its sorted column, top to bottom. */
async function sortedColumnValues(page: Page): Promise<(number | null)[]> {
  return page.getByTestId("sector-heat-map").evaluate((root) => {
    const heads = [...root.querySelectorAll("thead tr:last-child th")];
    const at = heads.findIndex((h) => h.getAttribute("aria-sort") !== "none");
    return [...root.querySelectorAll("tbody tr")].map((tr) => {
      const cell = tr.children[at];
      const v = Number.parseFloat(cell?.textContent ?? "");
      return Number.isFinite(v) ? v : null;
    });
  });
}

test("the demo regulator filters and sorts the heat map, then opens a bank's trend", async ({ page, request }) => {
  await page.goto("/central-supervision/sector");
  const heatMap = page.getByTestId("sector-heat-map");
  await expect(heatMap).toBeVisible();
  const allRows = await heatMap.locator("tbody tr").count();
  expect(allRows).toBeGreaterThan(40);

  // Filter: region Gulf (a plain GET form).
  await page.getByRole("form", { name: "Filter institutions" }).getByLabel("Region").selectOption("Gulf");
  await page.getByRole("form", { name: "Filter institutions" }).getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/region=Gulf/);
  await expect(page.getByTestId("sector-matching")).toContainText("match: Gulf");
  const gulfRows = await heatMap.locator("tbody tr").count();
  expect(gulfRows).toBeGreaterThan(0);
  expect(gulfRows).toBeLessThan(allRows);

  // Sort by an e-CRM factor: best first, then (again) worst first; the filter stays.
  const training = heatMap.locator('thead a[href*="sort=factor%3Atraining"]');
  await training.click();
  await expect(page).toHaveURL(/sort=factor%3Atraining&dir=desc/);
  await expect(heatMap.locator('th[aria-sort="descending"]')).toContainText(/Training/i);
  const desc = (await sortedColumnValues(page)).filter((v): v is number => v !== null);
  expect(desc).toEqual([...desc].sort((a, b) => b - a));
  await heatMap.locator('thead a[href*="sort=factor%3Atraining"]').click();
  await expect(page).toHaveURL(/region=Gulf.*sort=factor%3Atraining&dir=asc/);
  const asc = (await sortedColumnValues(page)).filter((v): v is number => v !== null);
  expect(asc).toEqual([...asc].sort((a, b) => a - b));
  // Each cell says its level in words, not by colour alone.
  await expect(heatMap.locator("tbody td .sr-only").first()).toHaveText(/level [1-5] |no score/);

  // A Gulf bank with at least two published rounds, from the time series with the same filter.
  const csv = await request.get("/central-supervision/sector/time-series.csv?region=Gulf");
  expect(csv.status()).toBe(200);
  const rounds = new Map<string, Set<string>>();
  for (const line of (await csv.text()).split("\r\n").slice(1).filter(Boolean)) {
    const [name, , round] = line.split(",");
    if (name && round) rounds.set(name, (rounds.get(name) ?? new Set()).add(round));
  }
  const bank = [...rounds].find(([, r]) => r.size >= 2)?.[0];
  if (!bank) throw new Error("no Gulf bank with two rounds in the demo data");

  await page.setViewportSize({ width: 375, height: 800 });
  await noSidewaysScroll(page, "the sector page");
  await heatMap.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/sector-supervision/heat-map-375.png" });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.screenshot({ path: "test-results/sector-supervision/sector-1280.png", fullPage: true });
  await heatMap.getByRole("rowheader", { name: bank }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: bank })).toBeVisible();
  const trend = page.getByTestId("institution-trend-table");
  expect(await trend.locator("tbody tr").count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId("institution-trend-chart")).toBeVisible();
  await expect(page.getByTestId("institution-position")).toContainText(/Ranked \d+(st|nd|rd|th) of \d+ reporting institutions/);
  await expect(page.getByText(/respondent/i)).toHaveCount(0);
  await page.setViewportSize({ width: 375, height: 800 });
  await noSidewaysScroll(page, "the bank's page");
  await page.screenshot({ path: "test-results/sector-supervision/bank-375.png", fullPage: true });

  // Not a reporting institution (the regulator itself) and an unknown one: the same 404.
  expect((await page.goto("/central-supervision/sector/central-supervision"))?.status()).toBe(404);
  expect((await page.goto("/central-supervision/sector/no-such-bank"))?.status()).toBe(404);
});
