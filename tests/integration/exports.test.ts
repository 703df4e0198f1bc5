// CSV/JSON exports and the PDF route logic on a real database: round trips give back the engine's
// numbers; raw answers are pseudonymised, paged, and only for the bank's OWNER/ADMIN.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrgContext } from "../../lib/platform/access/access.ts";
import { loadAssessmentResults } from "../../lib/features/results/assessment-results.ts";
import { parseCsv } from "../../lib/platform/http/csv.ts";
import { DATASETS, exportDataset } from "../../lib/delivery/exports/download.ts";
import { RAW_ANSWER_COLUMNS, rawAnswerRows } from "../../lib/delivery/exports/raw-answers.ts";
import { SCORE_COLUMNS } from "../../lib/delivery/exports/scores.ts";
import { latestFramework } from "../../lib/domain/instrument/index.ts";
import { executiveReportResponse } from "../../lib/delivery/reports/report-response.ts";
import { pdfPageCount, pdfTextLines } from "../support/pdf-inspect.ts";
import { createCast, type Cast } from "./support/fixtures.ts";
import { createScoredAssessment } from "./support/scored-assessment.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

describe.each(enginesUnderTest())("exports on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  let scored: { id: string; emails: string[] };
  const ctxFor = async (role: "OWNER" | "ADMIN" | "ANALYST"): Promise<OrgContext> => ({
    user: cast.a[role],
    org: await t.db.organization.findUniqueOrThrow({ where: { id: cast.orgA.id } }),
    role,
  });
  const url = (q = "") => new URL(`http://127.0.0.1/x${q}`);

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    scored = await createScoredAssessment(t.db, cast.orgA.id, { name: 'Q4 "pilot", wave 1' });
  });
  afterAll(async () => t?.dispose());

  it("scores CSV → RFC 4180 parse → the engine's numbers, per group too", async () => {
    const res = await exportDataset(t.db, await ctxFor("ANALYST"), scored.id, "scores", url("?format=csv"));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="q4-pilot-wave-1-scores.csv"');
    const text = await res.text();
    expect(text.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(SCORE_COLUMNS.map((c) => c.name));
    const col = (name: string) => header!.indexOf(name);
    const find = (scope: string, key: string, group: string) =>
      rows.find((r) => r[col("scope")] === scope && r[col("key")] === key && r[col("group")] === group);
    const { results } = (await loadAssessmentResults(t.db, { org: cast.orgA }, scored.id))!;
    expect(Number(find("overall", "overall", "all")![col("mean")])).toBe(results.overall.mean);
    expect(Number(find("overall", "overall", "all")![col("ci_lower")])).toBe(results.overall.interval!.lower);
    for (const g of results.groups) expect(Number(find("overall", "overall", g.group)![col("mean")])).toBe(g.mean);
    for (const f of results.factors) {
      expect(Number(find("factor", f.key, "all")![col("mean")])).toBe(f.mean);
      for (const g of f.groups) expect(Number(find("factor", f.key, g.group)![col("respondents")])).toBe(g.respondents);
    }
    for (const c of results.categories) expect(Number(find("category", c.key, "all")![col("mean")])).toBe(c.mean);
    // One row per figure: overall (all + 2 groups), modules, categories, factors × (all + 2 groups).
    expect(rows).toHaveLength(3 + results.modules.length + results.categories.length + results.factors.length * 3);
  });

  it("scores JSON and roadmap CSV/JSON carry the same numbers; the roadmap follows ?target", async () => {
    const { results } = (await loadAssessmentResults(t.db, { org: cast.orgA }, scored.id, { target: 5 }))!;
    const json = await (await exportDataset(t.db, await ctxFor("ANALYST"), scored.id, "scores", url("?format=json"))).json();
    expect(json.rows.find((r: { scope: string }) => r.scope === "overall").mean).toBe(results.overall.mean);
    const csv = await (await exportDataset(t.db, await ctxFor("ANALYST"), scored.id, "roadmap", url("?format=csv&target=5"))).text();
    const [header, ...rows] = parseCsv(csv);
    const items = results.roadmap.phases.flatMap((p) => p.items);
    expect(rows).toHaveLength(items.length);
    expect(items.length).toBeGreaterThan(0);
    rows.forEach((r, i) => {
      expect(r[header!.indexOf("factor_key")]).toBe(items[i]!.factorKey);
      expect(Number(r[header!.indexOf("current_score")])).toBe(items[i]!.currentScore);
      expect(Number(r[header!.indexOf("target_level")])).toBe(5);
      expect(r[header!.indexOf("reason")]).toBe(items[i]!.reason);
    });
    const rj = await (await exportDataset(t.db, await ctxFor("ANALYST"), scored.id, "roadmap", url("?format=json&target=5"))).json();
    expect(rj.rows.map((r: { factor_key: string }) => r.factor_key)).toEqual(items.map((i) => i.factorKey));
  });

  it("raw answers: OWNER/ADMIN only, pseudonymised, no e-mails, submitted and unrevoked only", async () => {
    expect((await exportDataset(t.db, await ctxFor("ANALYST"), scored.id, "raw-answers", url())).status).toBe(403);
    const res = await exportDataset(t.db, await ctxFor("ADMIN"), scored.id, "raw-answers", url("?format=csv"));
    expect(res.status).toBe(200);
    expect(res.body).toBeInstanceOf(ReadableStream);
    const text = await res.text();
    for (const email of [...scored.emails, "pending@example.org", "revoked@example.org"]) expect(text).not.toContain(email);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...RAW_ANSWER_COLUMNS]);
    const people = new Set(rows.map((r) => r[0]));
    expect([...people]).toEqual(Array.from({ length: 15 }, (_, i) => `R${String(i + 1).padStart(3, "0")}`));
    const stored = await t.db.answer.count({
      where: { respondent: { assessmentId: scored.id, submittedAt: { not: null }, revokedAt: null } },
    });
    expect(rows).toHaveLength(stored);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(["managers", "employees"]));
    const json = await (await exportDataset(t.db, await ctxFor("OWNER"), scored.id, "raw-answers", url("?format=json"))).json();
    expect(json.answers).toHaveLength(stored);
    expect(json.answers[0]).toMatchObject({ respondent: "R001", value: expect.anything() });
  });

  it("raw answers read a page of respondents at a time, with the same rows as one big page", async () => {
    const src = {
      db: t.db,
      organizationId: cast.orgA.id,
      assessmentId: scored.id,
      framework: latestFramework,
      modules: ["cx", "ecrm"] as ("cx" | "ecrm")[],
    };
    const pages: number[] = [];
    const small: unknown[] = [];
    for await (const rows of rawAnswerRows(src, 4)) {
      pages.push(rows.length);
      small.push(...rows);
    }
    const big: unknown[] = [];
    for await (const rows of rawAnswerRows(src, 1000)) big.push(...rows);
    expect(pages).toHaveLength(4);
    expect(small).toEqual(big);
  });

  it("another organisation's assessment is not found; unknown dataset or format is refused", async () => {
    const ctx = await ctxFor("OWNER");
    for (const d of DATASETS) expect((await exportDataset(t.db, ctx, cast.bAssessmentId, d, url())).status).toBe(404);
    expect((await exportDataset(t.db, ctx, scored.id, "emails", url())).status).toBe(404);
    const badFormat = await exportDataset(t.db, ctx, scored.id, "scores", url("?format=xlsx"));
    expect(badFormat.status).toBe(422);
    expect((await badFormat.json()).fieldErrors.format).toBeDefined();
    expect((await executiveReportResponse(t.db, ctx, cast.bAssessmentId, url())).status).toBe(404);
  });

  it("the report route renders the organisation's PDF as an attachment", async () => {
    const res = await executiveReportResponse(t.db, await ctxFor("ANALYST"), scored.id, url());
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="q4-pilot-wave-1-executive-report\.pdf"$/);
    const pdf = new Uint8Array(await res.arrayBuffer());
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(8);
    const text = pdfTextLines(pdf).join(" ");
    expect(text).toContain("Alpha Bank");
    expect(text).not.toContain("Fictitious demo data");
    expect(text).toContain("from 15 respondents");
  });
});
