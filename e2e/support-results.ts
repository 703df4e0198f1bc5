// Checks of a results dashboard as laid out: every roadmap item inside the viewport (no sideways
// scrolling), no internal text, and a full-page screenshot kept under test-results/.
import { expect, type Page } from "@playwright/test";
import { INTERNAL_TEXT_PATTERNS } from "../lib/view/results/internal-text.ts";

export const RESULT_WIDTHS = [375, 1280, 1366, 1920] as const;

export async function expectResultsLaidOut(page: Page, screenshot: string) {
  await expect(page.getByTestId("overall-index")).toBeVisible();
  const roadmapItems = page.locator('[data-testid^="roadmap-item-"]');
  expect(await roadmapItems.count()).toBeGreaterThan(3);
  const overflow = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const cards = [...document.querySelectorAll<HTMLElement>('[data-testid^="roadmap-item-"]')];
    const off = cards
      .filter((c) => {
        const r = c.getBoundingClientRect();
        return r.left < 0 || r.right > vw + 1;
      })
      .map((c) => c.dataset.testid);
    const scrollers = [...document.querySelectorAll<HTMLElement>('[aria-label="Roadmap phases"]')].filter(
      (e) => e.scrollWidth > e.clientWidth + 1,
    ).length;
    return { off, scrollers, pageScroll: document.documentElement.scrollWidth > vw + 1 };
  });
  expect(overflow).toEqual({ off: [], scrollers: 0, pageScroll: false });
  const text = await page.locator("main").innerText();
  for (const p of INTERNAL_TEXT_PATTERNS) expect(text, String(p)).not.toMatch(p);
  await page.screenshot({ path: `test-results/${screenshot}`, fullPage: true });
}
