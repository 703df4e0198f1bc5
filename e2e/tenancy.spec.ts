// Another organisation's pages and API answer 404; roles below the minimum see no controls and get 403.
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support.ts";

test.describe("as the demo bank's owner", () => {
  test.use({ storageState: storageStateFor("owner") });

  test("another organisation's pages and API do not exist", async ({ page, request }) => {
    for (const path of ["/meridian-advisory", "/meridian-advisory/members", "/meridian-advisory/settings"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    }
    const api = await request.get("/api/orgs/meridian-advisory/members");
    expect(api.status()).toBe(404);
    expect(await api.json()).toEqual({ error: "Not found." });
    const own = await request.get("/api/orgs/atlas-bank/members");
    expect(own.status()).toBe(200);
    expect((await own.json()).members).toHaveLength(4);
  });

  test("the demo label is shown on fictitious organisations", async ({ page }) => {
    await page.goto("/atlas-bank");
    await expect(page.getByText("Demo · fictitious")).toBeVisible();
  });
});

test.describe("as the demo bank's viewer", () => {
  test.use({ storageState: storageStateFor("viewer") });

  test("reads but cannot change anything", async ({ page }) => {
    await page.goto("/atlas-bank/members");
    await expect(page.getByRole("heading", { name: "Members", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Change role" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Create invitation" })).toHaveCount(0);
    const settings = await page.goto("/atlas-bank/settings");
    expect(settings?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  });
});

test.describe("signed out", () => {
  test("organisation pages redirect to sign-in and the API answers 401", async ({ page, request }) => {
    await page.goto("/atlas-bank");
    await expect(page).toHaveURL(/\/sign-in/);
    const api = await request.get("/api/orgs/atlas-bank/members", { maxRedirects: 0 });
    expect(api.status()).toBe(401);
  });

  test("a wrong password gets a clear message", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("E-mail").fill("owner@demo.meyar.example");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toHaveText(
      "That e-mail and password do not match an account.",
    );
  });
});
