// The founding journey: sign up → create an organisation → invite → accept → role change → sign out.
import { expect, test } from "@playwright/test";

test("a new bank owner builds a team", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const ownerEmail = `owner-${stamp}@zenith.example`;
  const colleagueEmail = `colleague-${stamp}@zenith.example`;

  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill("Zara Zenith");
  await page.getByLabel("Work e-mail").fill(ownerEmail);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Zara Zenith");

  await page.getByLabel("Password").fill("harbour lights digital 2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/orgs$/);
  await expect(page.getByText("You are not a member of any organisation yet.")).toBeVisible();

  await page.getByRole("link", { name: "New organisation" }).click();
  await page.getByLabel("Organisation name").fill("Zenith Bank");
  await page.getByLabel("Web address").fill(`zenith-${stamp}`);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText("Choose private or state ownership.")).toBeVisible();
  await page.getByLabel("Ownership").selectOption("PRIVATE");
  await page.getByLabel("Size band").selectOption("MEDIUM");
  await page.getByLabel("Region").selectOption("Gulf");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page).toHaveURL(new RegExp(`/zenith-${stamp}$`));
  await expect(page.getByRole("heading", { name: "Zenith Bank" })).toBeVisible();

  await page.getByRole("link", { name: "Members" }).click();
  await page.getByLabel("E-mail", { exact: true }).fill(colleagueEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("VIEWER");
  await page.getByRole("button", { name: "Create invitation" }).click();
  const link = await page.getByTestId("invitation-link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{40,}$/);
  await expect(page.locator("li", { hasText: colleagueEmail }).getByRole("button", { name: "Revoke" })).toBeVisible();

  // The colleague opens the link in a separate browser session, creates an account and joins.
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole("heading", { name: "Join Zenith Bank" })).toBeVisible();
  await colleague.getByRole("link", { name: "Create an account" }).click();
  await expect(colleague.getByLabel("Work e-mail")).toHaveValue(colleagueEmail);
  await colleague.getByLabel("Full name").fill("Cyrus Colleague");
  await colleague.getByLabel("Password").fill("amber river passphrase 2026");
  await colleague.getByRole("button", { name: "Create account" }).click();
  await expect(colleague).toHaveURL(/\/invite\//);
  await colleague.getByRole("button", { name: "Accept invitation" }).click();
  await expect(colleague).toHaveURL(new RegExp(`/zenith-${stamp}$`));
  await expect(colleague.getByText("Viewer", { exact: true })).toBeVisible();
  await colleague.goto(link);
  await expect(colleague.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();

  // The owner promotes the colleague to analyst; the colleague sees it.
  await page.reload();
  const row = page.getByTestId(`member-${colleagueEmail}`);
  await row.getByLabel("Role of Cyrus Colleague").selectOption("ANALYST");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByText("Role updated.")).toBeVisible();
  await colleague.goto(`/zenith-${stamp}`);
  await expect(colleague.getByText("Analyst", { exact: true })).toBeVisible();

  // The last owner cannot demote themselves.
  const ownerRow = page.getByTestId(`member-${ownerEmail}`);
  await ownerRow.getByLabel("Role of Zara Zenith").selectOption("ADMIN");
  await ownerRow.getByRole("button", { name: "Change role" }).click();
  await expect(ownerRow.getByText("An organisation needs at least one owner.", { exact: false })).toBeVisible();

  await colleague.getByRole("button", { name: "Sign out" }).click();
  await expect(colleague).toHaveURL(/\/sign-in/);
  await colleague.goto(`/zenith-${stamp}`);
  await expect(colleague).toHaveURL(/\/sign-in/);
  await colleagueContext.close();
});
