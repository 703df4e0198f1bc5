// One source of truth: the dashboard's view model (the results loader the page calls), the executive PDF,
// the CSV/JSON exports and API v1 give the same levels, roadmap order and scores, for the reference
// model and for an adopted expert-panel model; and none of them shows anything below the anonymity threshold.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrgContext } from "../../lib/platform/access/access.ts";
import { loadAssessmentResults } from "../../lib/features/results/assessment-results.ts";
import { clientAssessmentResults } from "../../lib/features/portfolio/results.ts";
import { exportDataset } from "../../lib/delivery/exports/download.ts";
import { executiveReportResponse } from "../../lib/delivery/reports/report-response.ts";
import { assessmentRoadmapV1, assessmentScoresV1 } from "../../lib/delivery/api/assessments.ts";
import { parseCsv } from "../../lib/platform/http/csv.ts";
import { latestFramework } from "../../lib/domain/instrument/index.ts";
import { formatScore } from "../../lib/view/results/format.ts";
import { internalTextIn } from "../../lib/view/results/internal-text.ts";
import type { AssessmentResults } from "../../lib/view/results/types.ts";
import { publishAssessment } from "../../lib/features/assessments/manage.ts";
import { pdfTextLines } from "../support/pdf-inspect.ts";
import { createCast, type Cast } from "./support/fixtures.ts";
import { createScoredAssessment } from "./support/scored-assessment.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const ECRM = latestFramework.modules.find((m) => m.key === "ecrm")!.factors;

/** A panel whose hierarchy differs from the published one: each factor drives the next in reverse list order. */
function panelSsim(n: number): string[] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n - 1 - i }, (_, k) => (k === 0 ? "A" : "O")).join(""));
}

const order = (r: AssessmentResults) => r.roadmap.phases.flatMap((p) => p.items.map((i) => i.factorKey));

describe.each(enginesUnderTest())("one source of truth on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  let scoredId: string;
  const ctx = async (): Promise<OrgContext> => ({
    user: cast.a.ANALYST,
    org: await t.db.organization.findUniqueOrThrow({ where: { id: cast.orgA.id } }),
    role: "ANALYST",
  });
  const apiCtx = async () => ({
    db: t.db,
    org: await t.db.organization.findUniqueOrThrow({ where: { id: cast.orgA.id } }),
    key: { id: "k", scope: "READ" as const, createdById: null },
  });
  const url = (q = "") => new URL(`http://127.0.0.1/x${q}`);

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    scoredId = (await createScoredAssessment(t.db, cast.orgA.id, { name: "Truth baseline" })).id;
  });
  afterAll(async () => t?.dispose());

  async function allOutputsAgree(target: 4 | 5) {
    const dashboard = (await loadAssessmentResults(t.db, { org: cast.orgA }, scoredId, { target }))!.results;
    expect(dashboard.status).toBe("ok");
    expect(order(dashboard).length).toBeGreaterThan(0);

    // Exports: roadmap CSV rows in the same order with the same scores and levels; scores JSON the same means.
    const csv = parseCsv(await (await exportDataset(t.db, await ctx(), scoredId, "roadmap", url(`?format=csv&target=${target}`))).text());
    const [head, ...rows] = csv;
    const col = (n: string) => head!.indexOf(n);
    expect(rows.map((r) => r[col("factor_key")])).toEqual(order(dashboard));
    const items = dashboard.roadmap.phases.flatMap((p) => p.items);
    expect(rows.map((r) => Number(r[col("current_level")]))).toEqual(items.map((i) => i.currentLevel));
    expect(rows.map((r) => Number(r[col("ism_level")] || NaN))).toEqual(items.map((i) => i.ismLevel ?? NaN));
    const scores = await (await exportDataset(t.db, await ctx(), scoredId, "scores", url("?format=json"))).json();
    expect(scores.rows.find((r: { scope: string }) => r.scope === "overall").mean).toBe(dashboard.overall.mean);

    // API v1.
    const api = await (
      await assessmentRoadmapV1(new Request(`http://127.0.0.1/api/v1/assessments/${scoredId}/roadmap?target=${target}`), await apiCtx(), {
        id: scoredId,
      })
    ).json();
    expect(api.phases.flatMap((p: { items: { factorKey: string }[] }) => p.items.map((i) => i.factorKey))).toEqual(order(dashboard));
    expect(api.phases.flatMap((p: { items: { ismLevel: number | null }[] }) => p.items.map((i) => i.ismLevel))).toEqual(
      items.map((i) => i.ismLevel),
    );
    const apiScores = await (await assessmentScoresV1(new Request("http://127.0.0.1/"), await apiCtx(), { id: scoredId })).json();
    expect(apiScores.overall).toMatchObject({ mean: dashboard.overall.mean, level: dashboard.overall.level });
    expect(apiScores.factors.map((f: { level: number }) => f.level)).toEqual(dashboard.factors.map((f) => f.level));
    // Measurement quality: the API and the JSON export carry the dashboard's section as is.
    expect(dashboard.measurementQuality).not.toBeNull();
    expect(apiScores.measurementQuality).toEqual(dashboard.measurementQuality);
    const quality = await (await exportDataset(t.db, await ctx(), scoredId, "measurement-quality", url("?format=json"))).json();
    expect(quality.measurementQuality).toEqual(dashboard.measurementQuality);
    const qualityCsv = parseCsv(await (await exportDataset(t.db, await ctx(), scoredId, "measurement-quality", url("?format=csv"))).text());
    const alphaCol = qualityCsv[0]!.indexOf("alpha");
    const firstFactor = dashboard.measurementQuality!.factors[0]!;
    expect(Number(qualityCsv.find((row) => row[2] === firstFactor.factorKey && row[0] === "factor")![alphaCol])).toBeCloseTo(
      firstFactor.alpha!,
      9,
    );

    // PDF: the roadmap lines appear in the dashboard's order, each with its score and level.
    const pdf = new Uint8Array(await (await executiveReportResponse(t.db, await ctx(), scoredId, url(`?target=${target}`))).arrayBuffer());
    const text = pdfTextLines(pdf).join(" ").replace(/\s+/g, " ");
    // Customer words in every output: papers cited as papers, no file names, paths or settings.
    for (const [output, body] of Object.entries({
      api: JSON.stringify(api),
      apiScores: JSON.stringify(apiScores),
      scores: JSON.stringify(scores),
      pdf: text,
    })) {
      expect(internalTextIn(body), output).toEqual([]);
    }
    let at = 0;
    for (const i of items) {
      const line = `#${i.rank} ${i.name}: ${formatScore(i.currentScore)} (level ${i.currentLevel}`;
      const found = text.indexOf(line, at);
      expect(found, `${line} in ${text.slice(at, at + 400)}`).toBeGreaterThanOrEqual(0);
      at = found;
    }
    return dashboard;
  }

  it("the reference model: every output agrees", async () => {
    const r = await allOutputsAgree(5);
    expect(r.ism.source).toBe("published");
  });

  it("an adopted panel model: every output (and the consultancy's view) uses it, not the reference", async () => {
    const before = (await loadAssessmentResults(t.db, { org: cast.orgA }, scoredId, { target: 5 }))!.results;
    await t.db.adoptedIsmModel.create({
      data: {
        organizationId: cast.orgA.id,
        studyName: "Alpha panel",
        factorKeys: ECRM.map((f) => f.key),
        factorNames: ECRM.map((f) => f.name),
        ssim: panelSsim(ECRM.length),
        ruleKind: "majority",
        expertCount: 5,
      },
    });
    const r = await allOutputsAgree(5);
    expect(r.ism.source).toBe("computed");
    expect(r.ism.levelCount).toBeGreaterThan(3);
    expect(order(r)).not.toEqual(order(before));
    // A consultancy reading this bank: the loader applies the bank's adopted model when the consultancy has none.
    const consultancy = await t.db.organization.create({ data: { slug: "truth-advisers", name: "Truth Advisers", kind: "CONSULTANCY" } });
    const seen = await clientAssessmentResults(t.db, consultancy.id, { id: scoredId, organizationId: cast.orgA.id }, { target: 5 });
    expect(seen && order(seen)).toEqual(order(r));
    await t.db.adoptedIsmModel.delete({ where: { organizationId: cast.orgA.id } });
  });

  it("below the anonymity threshold nothing is shown anywhere, and publishing is refused", async () => {
    const few = await createScoredAssessment(t.db, cast.orgA.id, { name: "Two answers", managers: 1, employees: 1 });
    const dashboard = (await loadAssessmentResults(t.db, { org: cast.orgA }, few.id))!.results;
    expect(dashboard).toMatchObject({ status: "withheld", overall: { mean: null, interval: null } });
    expect(dashboard.message).toMatch(/Results appear when 5 respondents have answered \(2 so far\)/);
    const scores = await (await exportDataset(t.db, await ctx(), few.id, "scores", url("?format=json"))).json();
    expect(scores.rows.every((row: { mean: number | null }) => row.mean === null)).toBe(true);
    const api = await (await assessmentScoresV1(new Request("http://127.0.0.1/"), await apiCtx(), { id: few.id })).json();
    expect(api).toMatchObject({ status: "withheld", overall: { mean: null } });
    expect(api.factors.every((f: { mean: number | null }) => f.mean === null)).toBe(true);
    const roadmap = await (await assessmentRoadmapV1(new Request(`http://127.0.0.1/x`), await apiCtx(), { id: few.id })).json();
    expect(roadmap.phases).toEqual([]);
    const pdf = pdfTextLines(new Uint8Array(await (await executiveReportResponse(t.db, await ctx(), few.id, url())).arrayBuffer())).join(
      " ",
    );
    expect(pdf).toMatch(/Results appear when 5 respondents have answered/);
    expect(pdf).not.toMatch(/Overall index \d/);

    const published = await publishAssessment.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, { assessmentId: few.id });
    expect(published).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("at least 5 submitted") });
    expect(await t.db.assessment.findUniqueOrThrow({ where: { id: few.id } })).toMatchObject({ status: "CLOSED" });
    expect(await t.db.benchmarkEntry.count({ where: { assessmentId: few.id } })).toBe(0);

    // The database refuses a threshold below 3; at 3, two respondents still show nothing.
    await expect(t.db.organization.update({ where: { id: cast.orgA.id }, data: { anonymityThreshold: 2 } })).rejects.toThrow();
    await t.db.organization.update({ where: { id: cast.orgA.id }, data: { anonymityThreshold: 3 } });
    expect((await loadAssessmentResults(t.db, { org: cast.orgA }, few.id))!.results).toMatchObject({
      status: "withheld",
      anonymity: { threshold: 3 },
    });
    await t.db.organization.update({ where: { id: cast.orgA.id }, data: { anonymityThreshold: 5 } });
  });

  it("a group below the threshold keeps its head-count but no figure, in the exports too", async () => {
    const lopsided = await createScoredAssessment(t.db, cast.orgA.id, { name: "Lopsided", managers: 2, employees: 9 });
    const r = (await loadAssessmentResults(t.db, { org: cast.orgA }, lopsided.id))!.results;
    expect(r.status).toBe("ok");
    expect(r.groups.find((g) => g.group === "managers")).toMatchObject({ respondents: 2, withheld: true, mean: null });
    expect(r.perceptionGap).toBeNull();
    const csv = parseCsv(await (await exportDataset(t.db, await ctx(), lopsided.id, "scores", url("?format=csv"))).text());
    const [head, ...rows] = csv;
    const managerRows = rows.filter((row) => row[head!.indexOf("group")] === "managers");
    expect(managerRows.length).toBeGreaterThan(0);
    expect(managerRows.every((row) => row[head!.indexOf("mean")] === "")).toBe(true);
  });
});
