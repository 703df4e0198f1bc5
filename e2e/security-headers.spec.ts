// Every page carries a strict CSP with a fresh script nonce, and the app still works under it: no
// script or style is refused while a chart-heavy page renders and a form is used.
import { expect, test } from "@playwright/test";
import { DEMO_ASSESSMENT_NAME } from "../prisma/demo-assessment.ts";
import { storageStateFor } from "./support.ts";

test.describe("as the demo bank's viewer", () => {
  test.use({ storageState: storageStateFor("viewer") });

  test("strict headers, a new nonce per response, and no CSP violation on the results dashboard", async ({ page, request }) => {
    const first = await request.get("/sign-in");
    const second = await request.get("/sign-in");
    const csp = first.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(second.headers()["content-security-policy"]).not.toBe(csp);
    expect(first.headers()["x-frame-options"]).toBe("DENY");
    expect(first.headers()["x-content-type-options"]).toBe("nosniff");
    expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(first.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
    // JSON routes skip the page proxy but still carry a policy that allows nothing.
    const api = await request.get("/api/health");
    expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers()["x-content-type-options"]).toBe("nosniff");

    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto("/atlas-bank/assessments");
    await page.getByRole("link", { name: DEMO_ASSESSMENT_NAME }).click();
    await page.getByRole("link", { name: "View results" }).click();
    await expect(page.getByTestId("overall-index")).toBeVisible();
    // Client components hydrated under the policy: the chart's table toggle opens.
    await page.getByText("Show as table").first().click();
    await expect(page.locator("details[open] table").first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});
