import { expect, type Page } from "@playwright/test";

/** Creates an assessment through the UI as the signed-in admin; returns its URL path. */
export async function createAssessment(page: Page, name: string, options: { knowledgeModule?: boolean } = {}): Promise<string> {
  await page.goto("/atlas-bank/assessments/new");
  await page.getByLabel("Assessment name").fill(name);
  if (options.knowledgeModule) await page.getByRole("checkbox").last().check();
  await page.getByRole("button", { name: "Create assessment" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Adds respondents ("email,group" lines) and returns each one's personal link, by e-mail. */
export async function addRespondents(page: Page, lines: string[]): Promise<Map<string, string>> {
  await page.getByLabel("E-mail addresses with their group").fill(lines.join("\n"));
  await page.getByRole("button", { name: "Add respondents" }).click();
  await expect(page.getByText(/respondent\(s\) added/)).toBeVisible();
  const links = new Map<string, string>();
  for (const line of lines) {
    const email = line.split(",")[0] ?? "";
    const button = page.getByRole("button", { name: `Copy the questionnaire link for ${email}` });
    const link = await button.getAttribute("data-link");
    if (!link) throw new Error(`no link for ${email}`);
    links.set(email, link);
  }
  return links;
}
