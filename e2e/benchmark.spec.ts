// Benchmark and sector pages on the seeded demo: the demo bank's viewer sees peer figures, a filter
// narrow enough to single out a bank shows the k-anonymity message instead, and the demo regulator
// sees the sector ranking.
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support.ts";

test.describe("as the demo bank's viewer", () => {
  test.use({ storageState: storageStateFor("viewer") });

  test("sees peer figures and its own position", async ({ page }) => {
    await page.goto("/atlas-bank");
    await page.getByRole("navigation", { name: "Organisation" }).getByRole("link", { name: "Benchmark" }).click();
    await expect(page.getByRole("heading", { name: "Benchmark", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Overall maturity index · 2025" })).toBeVisible();
    await expect(page.getByTestId("peer-count")).toHaveText(/^\d+ institutions$/);
    await expect(page.getByText("Your own institution is never part of its peer group")).toBeVisible();
    // The table alternative carries the numbers.
    const overall = page.getByTestId("overall-figures");
    await expect(overall.getByText("Your percentile rank")).toBeVisible();
    await page.getByText("Show as table").first().click();
    await expect(page.getByRole("rowheader", { name: "Overall maturity index" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "e-CRM customer interaction" })).toBeVisible();
    // No other bank is named anywhere on the page.
    await expect(page.getByText("Cedar Bank (demo)")).toHaveCount(0);
    await expect(page.getByText(/Amber Bank|Basalt Bank/)).toHaveCount(0);
  });

  test("a filter that would single out one bank shows no figures and says why", async ({ page }) => {
    // Cedar Bank (demo) is the only medium-sized bank in the Levant.
    await page.goto("/atlas-bank/benchmark?round=2025&region=Levant&sizeBand=MEDIUM");
    await expect(page.getByTestId("k-anonymity")).toContainText("Fewer than 5 institutions match these filters");
    await expect(page.getByTestId("peer-count")).toHaveCount(0);
    await expect(page.getByText("Peer median")).toHaveCount(0);
  });

  test("bad filter values are refused with a message", async ({ page }) => {
    await page.goto("/atlas-bank/benchmark?ownership=MUTUAL");
    await expect(page.getByRole("alert").filter({ hasText: "Some filters were not valid" })).toContainText(
      "Ownership must be private or state-owned.",
    );
    await expect(page.getByTestId("peer-count")).toBeVisible();
  });

  test("the sector pages do not exist for a bank", async ({ page, request }) => {
    expect((await page.goto("/atlas-bank/sector"))?.status()).toBe(404);
    expect((await request.get("/atlas-bank/sector/ranking.csv")).status()).toBe(404);
    expect((await page.goto("/central-supervision/sector"))?.status()).toBe(404);
  });
});

test.describe("as the demo regulator", () => {
  test.use({ storageState: storageStateFor("regulator") });

  test("sees the sector ranking with laggards and can download it", async ({ page, request }) => {
    await page.goto("/central-supervision");
    await page.getByRole("navigation", { name: "Organisation" }).getByRole("link", { name: "Sector" }).click();
    await expect(page.getByRole("heading", { name: "Ranking · 2026" })).toBeVisible();
    const ranking = page.getByTestId("sector-ranking");
    await expect(ranking).toBeVisible();
    expect(await ranking.getByRole("row").count()).toBeGreaterThan(40);
    await expect(ranking.getByText(/^Laggard:/).first()).toBeVisible();
    await expect(ranking.getByRole("rowheader", { name: "Cedar Bank (demo)" })).toBeVisible();
    const csv = await request.get("/central-supervision/sector/ranking.csv?round=2026");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toBe(
      "rank,institution,round,overall,level,previous_round,previous_overall,change,laggard,laggard_reason",
    );
    expect(text).toContain("Cedar Bank (demo)");
    expect((await page.goto("/central-supervision/benchmark"))?.status()).toBe(404);
  });
});

test.describe("as the demo bank's owner", () => {
  test.use({ storageState: storageStateFor("owner") });

  test("finds a consultancy by name, grants it access, sees it listed, and revokes it", async ({ page }) => {
    await page.goto("/atlas-bank/settings");
    await page.getByLabel("Find a consultancy or regulator by name").fill("m");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Type at least 2 letters" })).toBeVisible();
    await page.getByLabel("Find a consultancy or regulator by name").fill("merid");
    await page.getByRole("button", { name: "Search" }).click();
    const found = page.getByTestId("grantee-meridian-advisory");
    await expect(found).toContainText("Meridian Advisory (demo)");
    // Only organisations that accept grants: never a bank.
    await page.getByLabel("Find a consultancy or regulator by name").fill("atlas");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText("No consultancy or regulator has a name containing “atlas”.")).toBeVisible();
    await page.getByLabel("Find a consultancy or regulator by name").fill("merid");
    await page.getByRole("button", { name: "Search" }).click();
    await found.getByRole("button", { name: "Grant access" }).click();
    const row = page.getByTestId("grant-meridian-advisory");
    await expect(row).toContainText("Meridian Advisory (demo)");
    await row.getByRole("button", { name: "Revoke" }).click();
    await expect(page.getByTestId("grant-meridian-advisory")).toHaveCount(0);

    // The web address still works, behind its disclosure.
    await page.getByText("Or enter the organisation’s web address").click();
    await page.getByLabel("Organisation's web address").fill("central-supervision");
    await page.getByLabel("Access", { exact: true }).selectOption("CONSULTANCY");
    await page.getByRole("button", { name: "Grant access" }).last().click();
    await expect(page.getByText('No consultancy has the address "central-supervision".')).toBeVisible();
    await expect(page.getByTestId("grant-central-supervision")).toBeVisible();
  });
});
