// 50 respondents save 20 answers each at the same moment against the running server, and two tabs of
// one respondent race on the same items: every final answer is stored exactly once, none is lost.
import { expect, test } from "@playwright/test";
import { allItems, latestFramework } from "../lib/domain/instrument/index.ts";
import { storageStateFor } from "./support.ts";
import { addRespondents, createAssessment } from "./support-assessment.ts";

test.use({ storageState: storageStateFor("admin") });

test("concurrent respondents and racing tabs lose and duplicate nothing", async ({ page, request }) => {
  test.setTimeout(180_000);
  await createAssessment(page, `Load check ${Date.now().toString(36)}`);
  const emails = Array.from({ length: 50 }, (_, i) => `load${i}@atlas-bank.example,${i % 2 ? "managers" : "employees"}`);
  const links = [...(await addRespondents(page, emails)).values()];
  const tokens = links.map((l) => new URL(l).pathname.split("/").pop() ?? "");
  const items = allItems(latestFramework, ["cx", "ecrm"])
    .slice(0, 20)
    .map((i) => i.key);
  const base = Date.now() - 60_000;
  const valueFor = (r: number, k: number) => ((r + k) % 5) + 1;

  const saves = tokens.flatMap((token, r) =>
    items.map((itemKey, k) =>
      request.post(`/api/respond/${token}/answers`, {
        data: { itemKey, value: valueFor(r, k), answeredAt: new Date(base + k).toISOString() },
      }),
    ),
  );
  const responses = await Promise.all(saves);
  expect(responses.filter((r) => r.status() !== 200)).toHaveLength(0);

  // Tab B gave its answers after tab A, but A's requests are sent last.
  const raced = tokens[0] ?? "";
  await Promise.all(
    items.flatMap((itemKey) => [
      request.post(`/api/respond/${raced}/answers`, { data: { itemKey, value: 5, answeredAt: new Date(base + 30_000).toISOString() } }),
      request.post(`/api/respond/${raced}/answers`, { data: { itemKey, value: 1, answeredAt: new Date(base + 20_000).toISOString() } }),
    ]),
  );

  for (const [r, token] of tokens.entries()) {
    const saved = await (await request.get(`/api/respond/${token}/answers`)).json();
    expect(Object.keys(saved.answers).sort()).toEqual([...items].sort());
    for (const [k, itemKey] of items.entries()) {
      expect(saved.answers[itemKey].value, `${token} ${itemKey}`).toBe(r === 0 ? 5 : valueFor(r, k));
    }
  }
});

test("bad answers are refused with a clear message and change nothing", async ({ page, request }) => {
  await createAssessment(page, `Refusals ${Date.now().toString(36)}`);
  const [link] = [...(await addRespondents(page, ["refuse@atlas-bank.example,managers"])).values()];
  const token = new URL(link ?? "").pathname.split("/").pop() ?? "";
  const item = allItems(latestFramework, ["cx"])[0]?.key ?? "";
  const post = (data: unknown) => request.post(`/api/respond/${token}/answers`, { data });
  const now = new Date().toISOString();

  const invalid = await post({ itemKey: item, value: 9, answeredAt: now });
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).fieldErrors.value[0]).toMatch(/1, 2, 3, 4, 5 or null/);
  const foreign = await post({ itemKey: "ckm.customer-knowledge.1", value: 3, answeredAt: now });
  expect(foreign.status()).toBe(422);
  const forged = await request.post(`/api/respond/${token.slice(0, -3)}abc/answers`, {
    data: { itemKey: item, value: 3, answeredAt: now },
  });
  expect(forged.status()).toBe(404);
  const notJson = await request.post(`/api/respond/${token}/answers`, {
    data: Buffer.from("{not json"),
    headers: { "content-type": "application/json" },
  });
  expect(notJson.status()).toBe(400);
  expect((await (await request.get(`/api/respond/${token}/answers`)).json()).answers).toEqual({});

  await page.getByRole("button", { name: "Close assessment" }).click();
  await expect(page.getByText("Assessment closed")).toBeVisible();
  const late = await post({ itemKey: item, value: 3, answeredAt: now });
  expect(late.status()).toBe(409);
  expect((await late.json()).error).toMatch(/closed/);
});
