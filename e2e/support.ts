import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/demo-data.ts";

export const DEMO = Object.fromEntries(DEMO_USERS.map((u) => [u.email.split("@")[0], u])) as Record<
  "owner" | "admin" | "analyst" | "viewer" | "consultant" | "regulator" | "free",
  (typeof DEMO_USERS)[number]
>;
export const PASSWORD = DEMO_PASSWORD;

export const storageStateFor = (who: keyof typeof DEMO) => `.pw-home/auth/${who}.json`;

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/orgs$/);
}
