// Issue 17, "the first week": a new bank's overview (checklist and example report), the audit log
// in sentences with filters, the phone menu and tables that scroll, error pages that keep the
// header, each organisation kind's menu, and the public pricing and legal pages. Screenshots are
// kept under test-results/first-week/.
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support.ts";

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/first-week/${name}.png`, fullPage: true });

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a new bank's overview starts with a checklist and an example report", async ({ page }) => {
  const stamp = Date.now().toString(36);
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill("Nadia Nova");
  await page.getByLabel("Work e-mail").fill(`owner-${stamp}@nova.example`);
  await page.getByLabel("Password").fill("quiet harbour evening 2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/orgs$/);
  await page.getByRole("link", { name: "New organisation" }).click();
  await page.getByLabel("Organisation name").fill("Nova Bank");
  await page.getByLabel("Web address").fill(`nova-${stamp}`);
  await page.getByLabel("Ownership").selectOption("PRIVATE");
  await page.getByLabel("Size band").selectOption("SMALL");
  // One list of regions: the same the benchmark filters by.
  await expect(page.getByLabel("Region").locator("option")).toContainText(["Gulf", "Levant", "North Africa"]);
  await page.getByLabel("Region").selectOption("Levant");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page).toHaveURL(new RegExp(`/nova-${stamp}$`));

  const checklist = page.getByTestId("getting-started");
  await expect(checklist.getByRole("heading", { name: "Get started" })).toBeVisible();
  await expect(checklist).toContainText("0 of 4 steps done");
  await expect(checklist.getByRole("listitem")).toHaveText([
    /Invite your colleagues/,
    /Create your first assessment/,
    /Invite respondents/,
    /Read the results/,
  ]);
  await expect(checklist.getByRole("link", { name: "Invite colleagues" })).toHaveAttribute("href", `/nova-${stamp}/members`);
  await expect(checklist.getByRole("link", { name: "Create an assessment" })).toHaveAttribute("href", `/nova-${stamp}/assessments/new`);
  const example = page.getByRole("link", { name: "Open the example report (PDF)" });
  const pdf = await page.request.get((await example.getAttribute("href")) ?? "");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await page.setViewportSize({ width: 1366, height: 900 });
  await shot(page, "new-bank-overview-1366");
  await page.setViewportSize({ width: 375, height: 812 });
  await noSidewaysScroll(page);
  await shot(page, "new-bank-overview-375");

  // A bank on the server's default plan is not shown what only consultancies use.
  await page.setViewportSize({ width: 1366, height: 900 });
  const nav = page.getByRole("navigation", { name: "Organisation" });
  await expect(nav.getByRole("link", { name: "Clients" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Sector" })).toHaveCount(0);

  // After the first assessment the checklist moves on.
  await checklist.getByRole("link", { name: "Create an assessment" }).click();
  await page.getByLabel("Assessment name").fill("First pulse");
  await page.getByRole("button", { name: "Create assessment" }).click();
  await expect(page.getByRole("heading", { name: "First pulse" })).toBeVisible();
  await page.goto(`/nova-${stamp}`);
  await expect(page.getByTestId("getting-started")).toContainText("1 of 4 steps done");
});

test.describe("as the demo bank's owner", () => {
  test.use({ storageState: storageStateFor("owner") });

  test("the audit log reads as sentences and filters by kind and person", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto("/atlas-bank/audit");
    const rows = page.getByTestId("audit-row");
    await expect(rows.first()).toBeVisible();
    // Sentences, not codes: no visible "auth.signed-in" outside the "Recorded as" disclosure.
    const first = (await rows.first().locator("p").first().textContent()) ?? "";
    expect(first).toMatch(/\.$/);
    expect(first).not.toMatch(/\b[a-z-]+\.[a-z-]+\b/);
    await page.getByLabel("Kind of event").selectOption("security");
    await page.getByRole("button", { name: "Show entries" }).click();
    await expect(page).toHaveURL(/kind=security/);
    await expect(rows.first()).toContainText(/signed in|sign-in/);
    await expect(page.getByRole("link", { name: "Export these entries (CSV)" })).toHaveAttribute("href", /kind=security/);
    await shot(page, "audit-log-1366");
    await page.setViewportSize({ width: 375, height: 812 });
    await noSidewaysScroll(page);
    await shot(page, "audit-log-375");

    await page.goto("/atlas-bank/audit?from=2026-05-10&to=2026-05-01");
    await expect(page.getByRole("alert").filter({ hasText: "The last day" })).toContainText(
      "The last day comes before the first day. The log below is not filtered.",
    );

    const csv = await page.request.get("/api/orgs/atlas-bank/audit?kind=security");
    const [header, line] = (await csv.text()).split("\r\n");
    expect(header).toBe("time_utc,action,actor_email,target,detail_json,actor_name,target_name,description");
    expect(line).toMatch(/^\S+,auth\./);
  });

  test("on a phone the menu folds behind one button and the results' tables scroll inside the page", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto("/atlas-bank/assessments");
    await page
      .getByRole("link", { name: /\(demo\)/ })
      .first()
      .click();
    await page.getByRole("link", { name: "View results" }).click();
    await expect(page).toHaveURL(/\/results$/);
    const header = await page.locator("header").first().boundingBox();
    expect(header?.height ?? 999).toBeLessThan(812 * 0.15);
    await expect(page.getByRole("navigation", { name: "Organisation" })).toBeHidden();
    await noSidewaysScroll(page);
    await shot(page, "phone-results-375");
    await page.getByRole("button", { name: "Menu" }).click();
    const nav = page.getByRole("navigation", { name: "Organisation" });
    await expect(nav.getByRole("link", { name: "Assessments" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Assessments" })).toHaveAttribute("aria-current", "page");
    await page.screenshot({ path: "test-results/first-week/phone-menu-open-375.png" });
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
  });

  test("a missing page inside the bank keeps its header and menu, with a way back", async ({ page }) => {
    const response = await page.goto("/atlas-bank/assessments/does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Organisation" })).toBeVisible();
    await page.getByRole("link", { name: "Go to the overview" }).click();
    await expect(page).toHaveURL(/\/atlas-bank$/);
  });

  test("a page outside any organisation keeps the app header", async ({ page }) => {
    const response = await page.goto("/no-such-organisation-here");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to your organisations" })).toBeVisible();
  });
});

test.describe("as the owner of the Free demo bank", () => {
  test.use({ storageState: storageStateFor("free") });

  test("the menu shows a bank only what it can use", async ({ page }) => {
    await page.goto("/harbor-savings");
    const nav = page.getByRole("navigation", { name: "Organisation" });
    await expect(nav.getByRole("link", { name: "Benchmark" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "ISM studies" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "API keys" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Instrument health" })).toHaveCount(0);
  });
});

test("pricing, privacy and terms are public; the legal pages say they are placeholders", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/docs/pricing");
  await expect(page.getByRole("heading", { name: "Plans and pricing" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Free" })).toContainText("1 bank per account");
  await expect(page.getByRole("region", { name: "Professional" })).toContainText("PDF report");
  await shot(page, "pricing-1366");
  for (const [path, title] of [
    ["/docs/privacy", "Privacy notice"],
    ["/docs/terms", "Terms of use"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    await expect(page.getByTestId("legal-placeholder")).toContainText("Placeholder text.");
  }
  await context.close();
});
