// Issue 11.5 and 11.8 against the real server (scripts/serve.ts in front of Next): malformed or
// hostile requests get a 4xx with a clear message, never a 500; limits are keyed on the
// connection's address, so a client-chosen X-Forwarded-For neither resets nor shifts them.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_ASSESSMENT_NAME } from "../prisma/demo-assessment.ts";
import { baseURL } from "../playwright.config.ts";
import { storageStateFor } from "./support.ts";

/** A server action id from a rendered page: React puts it in the form's hidden fields. */
async function actionIdFrom(request: APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(path)).text();
  const id = /\$ACTION_ID_([0-9a-f]{40,})/.exec(html)?.[1] ?? /&quot;id&quot;:&quot;([0-9a-f]{40,})&quot;/.exec(html)?.[1] ?? /"id":"([0-9a-f]{40,})"/.exec(html)?.[1];
  expect(id, `an action id in ${path}`).toBeTruthy();
  return id!;
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a server action posted from a foreign or null Origin is refused with 403, not 500", async ({ request }) => {
    const id = await actionIdFrom(request, "/sign-in");
    for (const origin of ["https://evil.example", "null"]) {
      const res = await request.post("/sign-in", { headers: { "Next-Action": id, Origin: origin, "Content-Type": "text/plain;charset=UTF-8" }, data: "[]" });
      expect(res.status(), origin).toBe(403);
      expect((await res.json()).error).toMatch(/did not come from a Meyar page/);
    }
  });

  test("a malformed server-action body with a valid action id answers 400, not 500", async ({ request }) => {
    const id = await actionIdFrom(request, "/sign-in");
    const cases: { type: string; data: string }[] = [
      { type: "text/plain;charset=UTF-8", data: "{not json" },
      { type: "text/plain;charset=UTF-8", data: '{"a":1}' },
      { type: "multipart/form-data; boundary=xyz", data: "--xyz\r\nbroken" },
    ];
    for (const c of cases) {
      const res = await request.post("/sign-in", { headers: { "Next-Action": id, Origin: baseURL, "Content-Type": c.type }, data: c.data });
      expect(res.status(), c.data).toBeGreaterThanOrEqual(400);
      expect(res.status(), c.data).toBeLessThan(500);
    }
  });

  test("the image optimiser on /favicon.ico and a favicon request answer without a 500", async ({ request }) => {
    expect((await request.get("/favicon.ico")).status()).toBe(200);
    const image = await request.get("/_next/image?url=%2Ffavicon.ico&w=64&q=75");
    expect(image.status()).toBeLessThan(500);
  });

  test("bad links: changing X-Forwarded-For per request does not reset the count", async ({ request }) => {
    let last = 0;
    for (let i = 0; i < 31; i++) {
      const res = await request.get(`/api/respond/forged-link-${i}-xxxxxxxxxxxxxxxxxxxxxxxx/answers`, { headers: { "X-Forwarded-For": `203.0.113.${i}` } });
      last = res.status();
    }
    expect(last).toBe(429);
  });
});

test.describe("as the demo bank's owner", () => {
  test.use({ storageState: storageStateFor("owner") });

  test("after 30+ bad links from this address, a valid respondent link still works", async ({ page, request }) => {
    await page.goto("/atlas-bank/assessments");
    await page.getByRole("link", { name: DEMO_ASSESSMENT_NAME }).click();
    const link = await page.getByRole("button", { name: /Copy the questionnaire link/ }).first().getAttribute("data-link");
    expect(link).toBeTruthy();
    const token = new URL(link!).pathname.split("/").pop();
    for (let i = 0; i < 31; i++) await request.get(`/api/respond/forged-again-${i}-xxxxxxxxxxxxxxxxxxxxxxxx/answers`, { headers: { "X-Forwarded-For": "198.51.100.23" } });
    const valid = await request.get(`/api/respond/${token}/answers`, { headers: { "X-Forwarded-For": "198.51.100.23" } });
    expect(valid.status()).toBe(200);
  });

  test("sign-out ends the session: a cookie copied before sign-out is refused afterwards", async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("E-mail").fill("analyst@demo.meyar.example");
    await page.getByLabel("Password").fill((await import("./support.ts")).PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
    const copied = await context.storageState();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    const replay = await browser.newContext({ storageState: copied });
    const again = await replay.newPage();
    await again.goto("/atlas-bank/assessments");
    await expect(again).toHaveURL(/\/sign-in/);
    await replay.close();
    await context.close();
  });
});
