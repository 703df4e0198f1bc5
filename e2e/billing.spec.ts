// Plans without Stripe keys (billing off): the Free demo bank meets its limits with a 402 message
// that names the plan to buy and links to the billing page; the billing page is for admins and owners.
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support.ts";

test.describe("as the owner of the Free demo bank", () => {
  test.use({ storageState: storageStateFor("free") });

  test("at the respondent limit the page says so before any form, with the way to the plans", async ({ page }) => {
    await page.goto("/harbor-savings/assessments");
    await page.getByRole("link", { name: "Harbor Savings pilot (demo)" }).click();
    await expect(page.getByRole("heading", { name: "Respondents (5)" })).toBeVisible();
    // The limit is said first; no form is offered that could only be refused (the server refuses
    // a sixth with 402 all the same: tests/integration/billing-entitlements.test.ts).
    const notice = page.getByTestId("limit-notice");
    await expect(notice).toContainText("The Free plan allows 5 respondents per assessment, and all 5 have been invited");
    await expect(page.getByLabel("E-mail addresses with their group")).toHaveCount(0);

    await notice.getByRole("link", { name: "See plans" }).click();
    await expect(page).toHaveURL(/\/harbor-savings\/billing$/);
    await expect(page.getByRole("heading", { name: "Billing and plan" })).toBeVisible();
    await expect(page.getByText("Current plan: Free")).toBeVisible();
    await expect(page.getByText("Assigned to this organisation by the operator of this server.")).toBeVisible();
    await expect(
      page.getByText(/Billing is off on this server: nothing is charged, and the operator of this server assigns/),
    ).toBeVisible();
    await expect(page.getByTestId("usage-respondentsPerAssessment")).toContainText("5 of 5");
    await expect(page.getByRole("region", { name: "Professional" })).toContainText("PDF report");
    // Billing is off: there is nothing to buy and no button pretends otherwise.
    await expect(page.getByRole("button", { name: /Upgrade to/ })).toHaveCount(0);
  });

  test("a second open assessment: the limit is said before the form", async ({ page }) => {
    await page.goto("/harbor-savings/assessments/new");
    const notice = page.getByTestId("limit-notice");
    await expect(notice).toContainText("The Free plan allows 1 open assessment at a time, and one is open.");
    await expect(notice.getByRole("link", { name: "See plans" })).toHaveAttribute("href", "/harbor-savings/billing");
    await expect(page.getByLabel("Assessment name")).toHaveCount(0);
  });

  test("a second bank: the account's limit is said before the form", async ({ page }) => {
    await page.goto("/orgs/new");
    await expect(page.getByTestId("limit-notice")).toContainText(
      "Harbor Savings (demo) is on the Free plan, which allows 1 bank per account",
    );
  });

  test("benchmark percentiles and the PDF are not on Free: the page says which plan has them", async ({ page }) => {
    await page.goto("/harbor-savings/benchmark");
    await expect(page.getByTestId("plan-required")).toContainText("Professional");
    await page.getByRole("link", { name: "See plans and upgrade" }).click();
    await expect(page).toHaveURL(/\/harbor-savings\/billing$/);
    const assessments = await page.request.get("/harbor-savings/assessments");
    const id = (await assessments.text()).match(/\/harbor-savings\/assessments\/([a-z0-9]{20,})/)?.[1];
    const pdf = await page.request.get(`/api/orgs/harbor-savings/assessments/${id}/report`);
    expect(pdf.status()).toBe(402);
  });
});

test.describe("the billing page by role (billing off, default plan: all features)", () => {
  test("an admin sees the plan read-only", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("admin") });
    const page = await context.newPage();
    await page.goto("/atlas-bank");
    await page.getByRole("navigation", { name: "Organisation" }).getByRole("link", { name: "Billing" }).click();
    await expect(page.getByText("Current plan: Self-hosted (all features)")).toBeVisible();
    // One story: billing off and every feature; no plans to compare or buy.
    await expect(
      page.getByText("Billing is off on this server: nothing is charged, and every organisation has the Self-hosted (all features) plan."),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Plans" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Manage billing" })).toHaveCount(0);
    await context.close();
  });

  test("a viewer is not allowed", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("viewer") });
    const page = await context.newPage();
    const response = await page.goto("/atlas-bank/billing");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await context.close();
  });
});

test("the Stripe webhook answers 404 while billing is off, and changes nothing", async ({ request }) => {
  const response = await request.post("/api/stripe/webhook", {
    data: '{"id":"evt_1","type":"invoice.paid"}',
    headers: { "stripe-signature": "t=1,v1=forged" },
  });
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({ error: "Billing is off on this server." });
});
