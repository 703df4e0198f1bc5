// The demo consultancy in the browser: its two client banks and their comparison (table, chart, CSV);
// an ISM study with two experts who answer every pair through their links (one by keyboard, one by
// mouse, with a resume in between), then aggregation and adoption of the resulting model.
import { expect, test, type Page } from "@playwright/test";
import { COMPARISON_CSV_COLUMNS } from "../lib/features/portfolio/compare.ts";
import { storageStateFor } from "./support.ts";
import { addRespondents } from "./support-assessment.ts";
import { expectResultsLaidOut, RESULT_WIDTHS } from "./support-results.ts";

test.use({ storageState: storageStateFor("consultant") });

const FIRM = "/meridian-advisory";

test("the consultant sees its two clients, compares them and exports the comparison", async ({ page, request }) => {
  await page.goto(FIRM);
  await page.getByRole("navigation", { name: "Organisation" }).getByRole("link", { name: "Clients" }).click();
  await expect(page.getByRole("heading", { name: "Clients", exact: true })).toBeVisible();
  const list = page.getByTestId("client-list");
  await expect(list.getByRole("link", { name: "Cedar Bank (demo)" })).toBeVisible();
  await expect(list.getByRole("link", { name: "Harbor Bank (demo)" })).toBeVisible();
  await expect(list.getByRole("link", { name: "Atlas Bank (demo)" })).toHaveCount(0);

  const table = page.getByTestId("comparison-table");
  await expect(table.getByRole("columnheader", { name: "Cedar Bank (demo)" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Harbor Bank (demo)" })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Overall index" })).toBeVisible();
  await expect(page.getByTestId("comparison-chart").first()).toBeVisible();

  const csv = await request.get(`${FIRM}/clients/comparison.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trimEnd().split("\r\n");
  expect(lines[0]).toBe(COMPARISON_CSV_COLUMNS.join(","));
  expect(lines.some((l) => l.includes(",cedar-bank,"))).toBe(true);
  expect(lines.some((l) => l.includes(",harbor-bank,"))).toBe(true);
  expect(lines.some((l) => l.includes("atlas-bank"))).toBe(false);

  // A bank that granted nothing is not there at all.
  expect((await page.goto(`${FIRM}/clients/atlas-bank`))?.status()).toBe(404);
  await page.goto(`${FIRM}/clients/cedar-bank`);
  await expect(page.getByRole("heading", { name: "Cedar Bank (demo)", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Digital CX review 2026 (demo)" })).toBeVisible();

  // The bank's own assessment: results yes, but no respondent e-mails or links (issue 11.4).
  await page.getByRole("link", { name: "Digital CX review 2026 (demo)" }).click();
  await expect(page.getByTestId("submitted-count")).toBeVisible();
  await expect(page.getByText("runs this assessment: who was asked, and their links, stay with")).toBeVisible();
  await expect(page.getByRole("button", { name: /Copy the questionnaire link/ })).toHaveCount(0);
  expect(await page.content()).not.toMatch(/\/respond\/[A-Za-z0-9_-]{20,}/);
});

test("the consultant runs a new assessment for a client, created in the client bank", async ({ page, browser }) => {
  const name = `Cedar pulse ${Date.now().toString(36)}`;
  await page.goto(`${FIRM}/clients/cedar-bank`);
  await page.getByLabel("Assessment name").fill(name);
  await page.getByRole("button", { name: "Create assessment" }).click();
  await expect(page.getByRole("heading", { name: `${name} · Cedar Bank (demo)` })).toBeVisible();
  expect(new URL(page.url()).pathname).toMatch(/^\/meridian-advisory\/clients\/cedar-bank\/assessments\/[^/]+$/);
  const [link] = [...(await addRespondents(page, ["pulse@cedar-bank.example,managers"])).values()];
  await expect(page.getByTestId("submitted-count")).toHaveText("0 of 1 submitted.");
  // The respondent's link opens the client bank's questionnaire, with no account.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const respondent = await context.newPage();
  await respondent.goto(new URL(link ?? "").pathname);
  await expect(respondent.getByText("Cedar Bank (demo)").first()).toBeVisible();
  await context.close();
});

async function answerAll(page: Page, link: string, how: "keyboard" | "mouse") {
  await page.goto(new URL(link).pathname);
  await expect(page.getByText("0 of 6 answered")).toBeVisible();
  for (let k = 1; k <= 6; k++) {
    await expect(page.getByText(`Pair ${k} of 6`)).toBeVisible();
    if (how === "keyboard") await page.keyboard.press(k % 2 ? "1" : "3");
    else if (k === 6) await page.getByRole("button", { name: "Neither influences the other" }).click();
    else
      await page
        .getByRole("group")
        .getByRole("button")
        .nth(k % 2 ? 0 : 1)
        .click();
    await expect(page.getByText(`${k} of 6 answered`)).toBeVisible();
    if (k === 3) {
      // Stop and come back with the same link: the answers are kept and it resumes at pair 4.
      await page.reload();
      await expect(page.getByText("3 of 6 answered")).toBeVisible();
      await expect(page.getByText("Pair 4 of 6")).toBeVisible();
    }
  }
  await expect(page.getByTestId("expert-done")).toBeVisible();
}

test("an expert-panel ISM study: create, two experts answer every pair, aggregate and adopt", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const name = `Panel ${Date.now().toString(36)}`;
  await page.goto(`${FIRM}/ism-studies`);
  await expect(page.getByTestId("org-ism-model")).toContainText("Published reference model");
  await page.getByLabel("Study name").fill(name);
  await page.getByLabel("Our own list of factors").check();
  await page.getByLabel("Own factors, one per line").fill("Infrastructure\nTraining\nMotivation\nMarketing");
  await page.getByRole("button", { name: "Create study" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Factors (4, 6 pairs)" })).toBeVisible();

  await page.getByLabel("Experts: name and e-mail").fill("Expert One, one@panel.example\nExpert Two, two@panel.example");
  await page.getByRole("button", { name: "Invite experts" }).click();
  await expect(page.getByText("2 expert(s) invited")).toBeVisible();
  const linkOf = async (email: string) =>
    (await page.getByRole("button", { name: `Copy the questionnaire link for ${email}` }).getAttribute("data-link")) ?? "";
  const links = [await linkOf("one@panel.example"), await linkOf("two@panel.example")];
  await expect(page.getByText("No expert has judged every pair yet")).toBeVisible();

  // Each expert in a fresh browser context: no account, only the link.
  for (const [k, link] of links.entries()) {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const expert = await context.newPage();
    await answerAll(expert, link, k === 0 ? "keyboard" : "mouse");
    await context.close();
  }

  await page.reload();
  await expect(page.getByRole("heading", { name: "Experts: 2 of 2 finished" })).toBeVisible();
  await expect(page.getByTestId("expert-one@panel.example").getByTestId("expert-progress")).toHaveText("6 / 6");
  await expect(page.getByTestId("aggregate-summary")).toContainText("2");
  await expect(page.getByTestId("agreement-matrix")).toBeVisible();
  await page.getByRole("button", { name: "Adopt this model for our roadmaps" }).click();
  await expect(page.getByTestId("adopted-note")).toHaveText("This model (with this rule) is the one your roadmaps use.");

  await page.goto(`${FIRM}/ism-studies`);
  await expect(page.getByTestId("org-ism-model")).toContainText(`Adopted expert-panel model: ${name}`);
  // The client's dashboard now says which model its hierarchy and roadmap use.
  await page.goto(`${FIRM}/clients/cedar-bank`);
  await page.getByRole("link", { name: "Digital CX review 2026 (demo)" }).click();
  await expect(page.getByTestId("ism-model-in-use").first()).toContainText(name);
  // The client's dashboard on the adopted panel model, laid out at phone, laptop and wide widths.
  const clientResults = page.url();
  for (const width of RESULT_WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(clientResults);
    await expect(page.getByTestId("ism-model-in-use").first()).toContainText(name);
    await expectResultsLaidOut(page, `results-panel-${width}.png`);
  }
});
