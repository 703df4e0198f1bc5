// Issue 11.5 and 11.8 against the real server (scripts/serve.ts in front of Next): malformed or
// hostile requests get a 4xx with a clear message, never a 500; limits are keyed on the
// connection's address, so a client-chosen X-Forwarded-For neither resets nor shifts them.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_ASSESSMENT_NAME } from "../prisma/demo-assessment.ts";
import { baseURL } from "../playwright.config.ts";
import { storageStateFor } from "./support.ts";

/** A server action id from a rendered page: the page's client chunks reference it (createServerReference). */
async function actionIdFrom(request: APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(path)).text();
  for (const chunk of new Set(html.match(/\/_next\/static\/chunks\/[^"]+\.js/g) ?? [])) {
    const id = /createServerReference\)\("([0-9a-f]{40,})"/.exec(await (await request.get(chunk)).text())?.[1];
    if (id) return id;
  }
  throw new Error(`no action id in ${path}`);
}

const part = (name: string, value: string) => `--xyz\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a server action posted from a foreign or null Origin is refused with 403, not 500", async ({ request }) => {
    const id = await actionIdFrom(request, "/sign-in");
    for (const origin of ["https://evil.example", "null"]) {
      const res = await request.post("/sign-in", {
        headers: { "Next-Action": id, Origin: origin, "Content-Type": "text/plain;charset=UTF-8" },
        data: "[]",
      });
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
      { type: "text/plain;charset=UTF-8", data: '["$K9"]' },
      { type: "multipart/form-data; boundary=xyz", data: `${part("x", "1")}--xyz--\r\n` },
      { type: "multipart/form-data; boundary=xyz", data: `${part("0", "{bad")}--xyz--\r\n` },
      // A decodable body with the wrong arguments (no form): the action refuses instead of throwing.
      { type: "multipart/form-data; boundary=xyz", data: `${part("0", '["$undefined"]')}--xyz--\r\n` },
      { type: "multipart/form-data; boundary=xyz", data: `${part("0", '["$K9"]')}--xyz--\r\n` },
    ];
    for (const c of cases) {
      const res = await request.post("/sign-in", { headers: { "Next-Action": id, Origin: baseURL, "Content-Type": c.type }, data: c.data });
      // Refused in proxy.ts (400), or by the action itself (a 200 carrying its refusal): never 500.
      expect(res.status(), c.data).not.toBeGreaterThanOrEqual(500);
      if (res.status() === 200) expect(await res.text(), c.data).toContain("This form could not be read");
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
      const res = await request.get(`/api/respond/forged-link-${i}-xxxxxxxxxxxxxxxxxxxxxxxx/answers`, {
        headers: { "X-Forwarded-For": `203.0.113.${i}` },
      });
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
    const link = await page
      .getByRole("button", { name: /Copy the questionnaire link/ })
      .first()
      .getAttribute("data-link");
    expect(link).toBeTruthy();
    const token = new URL(link!).pathname.split("/").pop();
    for (let i = 0; i < 31; i++)
      await request.get(`/api/respond/forged-again-${i}-xxxxxxxxxxxxxxxxxxxxxxxx/answers`, {
        headers: { "X-Forwarded-For": "198.51.100.23" },
      });
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
