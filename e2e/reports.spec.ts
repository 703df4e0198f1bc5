// Reports, exports and the API from a user's seat: the demo analyst downloads the executive PDF and a
// CSV from the results page; the demo admin creates an API key (shown once) and uses it.
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { DEMO_ASSESSMENT_NAME } from "../prisma/demo-assessment.ts";
import { storageStateFor } from "./support.ts";

async function openDemoResults(page: Page) {
  await page.goto("/atlas-bank/assessments");
  await page.getByRole("link", { name: DEMO_ASSESSMENT_NAME }).first().click();
  await page.getByRole("link", { name: "View results" }).click();
  await expect(page.getByRole("heading", { name: `Results · ${DEMO_ASSESSMENT_NAME}` })).toBeVisible();
}

test.describe("as the demo analyst", () => {
  test.use({ storageState: storageStateFor("analyst") });

  test("downloads the executive PDF and the scores CSV from the results page", async ({ page }) => {
    await openDemoResults(page);
    await page.getByText("Export ▾").click();
    await expect(page.getByRole("link", { name: /Raw answers/ })).toHaveCount(0);
    const pdfDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "Executive report (PDF)" }).click();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toMatch(/executive-report\.pdf$/);
    const bytes = readFileSync(await pdf.path());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);

    const csvDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "CSV" }).first().click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toMatch(/-scores\.csv$/);
    const text = readFileSync(await csv.path(), "utf8");
    expect(text.split("\r\n")[0]).toBe("scope,key,name,module,category,group,respondents,mean,percent,level,level_name,ci_lower,ci_upper");
    expect(text).toContain("overall,overall,Overall index,,,all,30,");
  });
});

test.describe("as the demo admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("creates an API key, sees it once, and uses it against /api/v1/assessments", async ({ page, playwright, baseURL }) => {
    await page.goto("/atlas-bank");
    await page.getByRole("navigation", { name: "Organisation" }).getByRole("link", { name: "API keys" }).click();
    await expect(page.getByRole("heading", { name: "API keys" })).toBeVisible();
    const name = `E2E key ${Date.now()}`;
    await page.getByLabel("Key name").fill(name);
    await page.getByRole("button", { name: "Create key" }).click();
    const key = await page.getByTestId("new-api-key").inputValue();
    expect(key).toMatch(/^myr_[A-Za-z0-9_-]{43}$/);
    await page.reload();
    await expect(page.getByTestId("new-api-key")).toHaveCount(0);
    await expect(page.getByTestId("api-key-row").filter({ hasText: name })).toContainText("never used");

    // A client without the browser's session cookie: only the key authenticates.
    const client = await playwright.request.newContext({ baseURL });
    const anonymous = await client.get("/api/v1/assessments");
    expect(anonymous.status()).toBe(401);
    const res = await client.get("/api/v1/assessments?limit=100", { headers: { Authorization: `Bearer ${key}` } });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.data.map((a: { name: string }) => a.name)).toContain(DEMO_ASSESSMENT_NAME);
    const write = await client.post("/api/v1/assessments", {
      headers: { Authorization: `Bearer ${key}` },
      data: { name: "Should not exist" },
    });
    expect(write.status()).toBe(403);
    await client.dispose();

    await page.reload();
    await expect(page.getByTestId("api-key-row").filter({ hasText: name })).toContainText("last used");
  });
});
