// Issue 17, accounts, in the browser: turning on two-factor, signing in with a TOTP code (computed
// here with otpauth from the key the page shows), ending another device's session from the sessions
// list, and — with no e-mail on this server — an owner's one-time password-reset link for a member.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";

const codeAt = (key: string, at: number) =>
  new TOTP({ secret: Secret.fromBase32(key.replace(/\s+/g, "")), digits: 6, period: 30 }).generate({ timestamp: at });

async function signUp(page: Page, name: string, email: string, password: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Work e-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/orgs$|\/invite\//);
}

async function passwordStep(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test("two-factor: turn it on, sign out, sign in with a code; end another device's session", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const email = `totp-${stamp}@vault.example`;
  const password = "granite willow lantern 2026";
  await signUp(page, "Tara Totp", email, password);

  await page.goto("/account/two-factor");
  await page.getByRole("button", { name: "Set up two-factor" }).click();
  const key = (await page.getByTestId("manual-key").textContent()) ?? "";
  expect(key.replace(/\s+/g, "")).toMatch(/^[A-Z2-7]{32}$/);
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  // A wrong code is refused first.
  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on two-factor" }).click();
  await expect(page.getByText("That code is not right.")).toBeVisible();
  await page.getByLabel("Code from the app").fill(codeAt(key, Date.now()));
  await page.getByRole("button", { name: "Turn on two-factor" }).click();
  const codes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recovery = ((await codes.first().textContent()) ?? "").trim();
  await page.getByRole("link", { name: "I have saved my recovery codes" }).click();
  await expect(page.getByTestId("two-factor-status")).toContainText("On since");

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // The password alone is not enough: the form asks for the code. (The next step's code: the one
  // used to confirm cannot be used twice.)
  await passwordStep(page, email, password);
  await expect(page.getByLabel("Authentication code")).toBeVisible();
  await page.getByLabel("Authentication code").fill("123456");
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page.getByText(/That code is not right/).first()).toBeVisible();
  await page.getByLabel("Authentication code").fill(codeAt(key, Date.now() + 30_000));
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page).toHaveURL(/\/orgs$/);

  // A second device signs in with a recovery code …
  const other = await newPage(browser);
  await passwordStep(other, email, password);
  await other.getByLabel("Authentication code").fill(recovery);
  await other.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(other).toHaveURL(/\/orgs$/);

  // … and the first ends it from the sessions list.
  await page.goto("/account");
  const rows = page.getByTestId("session-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "This device" })).toHaveCount(1);
  await rows.filter({ hasNotText: "This device" }).getByRole("button", { name: "End this session" }).click();
  // The list is re-read at once: only this device is left, and the other device is signed out.
  await expect(rows).toHaveCount(1);
  await other.goto("/account");
  await expect(other).toHaveURL(/\/sign-in/);
  await page.reload();
  await expect(page.getByTestId("session-row")).toHaveCount(1);
  await other.context().close();
});

test("without e-mail, an owner issues a one-time reset link and the member sets a new password with it", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const ownerEmail = `owner-${stamp}@reset.example`;
  const memberEmail = `member-${stamp}@reset.example`;
  await signUp(page, "Rana Owner", ownerEmail, "copper harbour signal 2026");
  await page.getByRole("link", { name: "New organisation" }).click();
  await page.getByLabel("Organisation name").fill("Reset Bank");
  await page.getByLabel("Web address").fill(`reset-${stamp}`);
  await page.getByLabel("Ownership").selectOption("PRIVATE");
  await page.getByLabel("Size band").selectOption("SMALL");
  await page.getByLabel("Region").selectOption("Gulf");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page).toHaveURL(new RegExp(`/reset-${stamp}$`));
  await page.getByRole("link", { name: "Members" }).click();
  await page.getByLabel("E-mail", { exact: true }).fill(memberEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("VIEWER");
  await page.getByRole("button", { name: "Create invitation" }).click();
  const invitation = await page.getByTestId("invitation-link").inputValue();

  const member = await newPage(browser);
  await member.goto(invitation);
  await member.getByRole("link", { name: "Create an account" }).click();
  await member.getByLabel("Full name").fill("Mina Member");
  await member.getByLabel("Password").fill("forgotten meadow phrase 2026");
  await member.getByRole("button", { name: "Create account" }).click();
  await expect(member).toHaveURL(/\/invite\//);
  await member.getByRole("button", { name: "Accept invitation" }).click();
  await expect(member).toHaveURL(new RegExp(`/reset-${stamp}$`));
  await member.getByRole("button", { name: "Sign out", exact: true }).click();

  // The sign-in page says whom to ask, since this server sends no e-mail.
  await expect(member.getByText("Ask an owner of your organisation for a password-reset link.")).toBeVisible();

  await page.reload();
  await page.getByTestId(`member-${memberEmail}`).getByRole("button", { name: "Password-reset link" }).click();
  const link = (await page.getByTestId("reset-link").textContent()) ?? "";
  expect(link).toMatch(/\/reset-password\/[\w-]{40,}$/);

  await member.goto(new URL(link).pathname);
  await member.getByLabel("New password").fill("brand new orchard phrase 2026");
  await member.getByRole("button", { name: "Set new password" }).click();
  await expect(member.getByText(/Your password was changed/)).toBeVisible();
  await member.goto(new URL(link).pathname);
  await expect(member.getByText("This reset link has expired or was already used.")).toBeVisible();
  await passwordStep(member, memberEmail, "forgotten meadow phrase 2026");
  await expect(member.getByText("That e-mail and password do not match an account.")).toBeVisible();
  await passwordStep(member, memberEmail, "brand new orchard phrase 2026");
  await expect(member).toHaveURL(/\/orgs$/);
  await member.context().close();
});
