// The journey a bank pays for: the admin creates an assessment and invites three respondents in two
// groups; one answers in the browser on a phone (by pointer and keyboard, with a reload in the middle),
// two through the same API the questionnaire uses; the admin closes it; the dashboard then shows the
// figures the engine computes for exactly those answers.
import { expect, test, type Page } from "@playwright/test";
import { allItems, getFramework, latestFramework, type LikertAnswer } from "../lib/domain/instrument/index.ts";
import { computeAssessmentResults } from "../lib/view/results/compute-results.ts";
import { publishedReferenceModel } from "../lib/domain/ism/index.ts";
import { formatIndex, formatScore, levelName } from "../lib/view/results/format.ts";
import { buildSections } from "../lib/view/questionnaire/sections.ts";
import { scaleIndex, scaleLabel } from "./support-locale.ts";
import { storageStateFor } from "./support.ts";
import { addRespondents, createAssessment } from "./support-assessment.ts";

const MODULES = ["cx", "ecrm"] as const;
const items = allItems(latestFramework, [...MODULES]).map((i) => i.key);

/** A deterministic, varied answer sheet per respondent: values 1–5 with the odd "don't know". */
function answerSheet(seed: number): Record<string, LikertAnswer> {
  return Object.fromEntries(items.map((key, i) => [key, (i + seed) % 17 === 0 ? null : ((((i * 7 + seed * 3) % 5) + 1) as LikertAnswer)]));
}

const tokenOf = (link: string) => new URL(link).pathname.split("/").pop() ?? "";

async function answerInBrowser(page: Page, link: string, sheet: Record<string, LikertAnswer>) {
  const sections = buildSections(getFramework(latestFramework.version)!, [...MODULES]);
  await page.goto(link);
  await expect(page.getByText("Your answers are saved automatically as you go.")).toBeVisible();
  for (const [s, section] of sections.entries()) {
    await expect(page.getByRole("heading", { level: 2, name: section.title })).toBeVisible();
    const keys = section.factors.flatMap((f) => f.items.map((i) => i.key));
    for (const [k, key] of keys.entries()) {
      const label = scaleLabel(sheet[key] as LikertAnswer);
      const group = page.locator(`[id="item-${key}"]`);
      if (s === 0 && k === 0) {
        // Keyboard: focus the first option, move with the arrow keys to the wanted one.
        await group.getByRole("radio").first().focus();
        await page.keyboard.press("Space");
        const steps = scaleIndex(sheet[key] as LikertAnswer);
        for (let i = 0; i < steps; i++) await page.keyboard.press("ArrowRight");
        await expect(group.getByRole("radio", { name: label, exact: true })).toBeChecked();
      } else {
        await group.getByRole("radio", { name: label, exact: true }).check();
      }
    }
    await expect(page.getByText("All answers saved")).toBeVisible();
    if (s === 1) {
      // Leave and come back: the questionnaire resumes at the first unanswered section with every answer kept.
      await page.reload();
      await expect(page.getByRole("heading", { level: 2, name: sections[2]!.title })).toBeVisible();
      await page.getByRole("button", { name: "Previous section" }).click();
      const firstKey = section.factors[0]!.items[0]!.key;
      const firstLabel = scaleLabel(sheet[firstKey] as LikertAnswer);
      await expect(page.locator(`[id="item-${firstKey}"]`).getByRole("radio", { name: firstLabel, exact: true })).toBeChecked();
      await page.getByRole("button", { name: "Next section" }).click();
      continue;
    }
    if (s < sections.length - 1) await page.getByRole("button", { name: "Next section" }).click();
  }
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("heading", { name: "Thank you — your answers have been submitted" })).toBeVisible();
}

test.describe("as the demo bank's admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("create → invite → answer → close → the dashboard shows the engine's figures", async ({ page, browser, request }) => {
    test.setTimeout(240_000);
    const name = `Journey ${Date.now().toString(36)}`;
    const path = await createAssessment(page, name);
    const links = await addRespondents(page, [
      "maya.manager@atlas-bank.example,managers",
      "omar.manager@atlas-bank.example,managers",
      "eli.employee@atlas-bank.example,employees",
      "ana.employee@atlas-bank.example,employees",
      "ben.employee@atlas-bank.example,employees",
    ]);
    // Five respondents: the bank's anonymity threshold (default 5) before any result is shown.
    const sheets = [answerSheet(1), answerSheet(2), answerSheet(3), answerSheet(4), answerSheet(5)];
    const groups = ["managers", "managers", "employees", "employees", "employees"];
    const emails = [...links.keys()];

    const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await answerInBrowser(await phone.newPage(), links.get(emails[0]!)!, sheets[0]!);
    await phone.close();

    for (const r of [1, 2, 3, 4]) {
      const token = tokenOf(links.get(emails[r]!)!);
      const answeredAt = new Date().toISOString();
      for (const itemKey of items) {
        const res = await request.post(`/api/respond/${token}/answers`, { data: { itemKey, value: sheets[r]![itemKey], answeredAt } });
        expect(res.status(), itemKey).toBe(200);
      }
      expect((await request.post(`/api/respond/${token}/submit`)).status()).toBe(200);
    }

    await page.goto(path);
    await expect(page.getByTestId("submitted-count")).toHaveText("5 of 5");
    await page.getByRole("button", { name: "Close assessment" }).click();
    await expect(page.getByText("Assessment closed")).toBeVisible();

    await page.goto(`${path}/results`);
    const expected = computeAssessmentResults({
      framework: latestFramework,
      modules: [...MODULES],
      groups: ["managers", "employees"],
      responses: sheets.map((answers, i) => ({ respondentId: `r${i}`, group: groups[i]!, answers })),
      ismModel: publishedReferenceModel(),
      anonymityThreshold: 5,
    });
    await expect(page.getByTestId("overall-index")).toHaveText(formatIndex(expected.overall.percent));
    await expect(page.getByTestId("overall-level")).toHaveText(levelName(expected.overall.level));
    for (const factor of expected.factors) {
      await expect(page.getByTestId(`factor-score-${factor.key}`)).toHaveText(formatScore(factor.mean));
    }
    const firstPhase = expected.roadmap.phases[0];
    if (firstPhase) await expect(page.getByTestId(`roadmap-phase-${firstPhase.phase}`)).toContainText(firstPhase.items[0]!.name);

    // The bank's earlier closed round is compared with this one: this round's figures are the engine's, each
    // change has its interval, and the whole card reads at phone and desktop widths.
    const change = page.getByTestId("round-change");
    await expect(change).toContainText("Compared with");
    await expect(page.getByTestId("change-overall-overall").locator("td").nth(1)).toHaveText(formatScore(expected.overall.mean));
    for (const m of expected.modules)
      await expect(page.getByTestId(`change-module-${m.key}`).locator("td").nth(1)).toHaveText(formatScore(m.mean));
    await change.locator("summary").click();
    for (const width of [375, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await change.scrollIntoViewIfNeeded();
      await change.screenshot({ path: `test-results/round-change-${width}.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).toBe(true);
    }
  });
});
