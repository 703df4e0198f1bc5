// The change since the previous round (lib/features/results/round-change.ts) on two scored rounds: every score's
// change with its interval, the export row for row, a thin round skipped, and the comparison stored once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRoundChange } from "../../lib/features/results/round-change.ts";
import { forgetRememberedResults } from "../../lib/features/results/stored-results.ts";
import { loadAssessmentResults } from "../../lib/features/results/assessment-results.ts";
import { EXPORT_ACCESS, exportDataset } from "../../lib/delivery/exports/download.ts";
import { guardOrg } from "../../lib/features/access/guard.ts";
import { parseCsv } from "../../lib/platform/http/csv.ts";
import { createCast, type Cast } from "./support/fixtures.ts";
import { createScoredAssessment } from "./support/scored-assessment.ts";
import { createTwoRounds } from "./support/two-rounds.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

describe.each(enginesUnderTest())("change between rounds on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  let previousId: string;
  let currentId: string;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    ({ previousId, currentId } = await createTwoRounds(t.db, cast.orgA.id));
  });
  afterAll(async () => t?.dispose());

  it("shows the change of every score since the previous round, called real only when its interval excludes zero", async () => {
    const current = await loadAssessmentResults(t.db, { org: cast.orgA }, currentId, { intervals: false });
    const outcome = await loadRoundChange(t.db, cast.orgA, current!.assessment, current!.results);
    if (outcome.status !== "ok") throw new Error(outcome.message);
    expect(outcome.view.previous).toEqual({ assessmentId: previousId, name: "Round 2025" });
    expect(outcome.view.scopeNote).toBeNull();
    const verdict = Object.fromEntries(outcome.view.factors.map((f) => [f.key, f.verdict]));
    expect(verdict).toMatchObject({ training: "improved", motivation: "declined", infrastructure: "unchanged" });
    const training = outcome.view.factors.find((f) => f.key === "training")!;
    const reported = current!.results.status === "ok" ? current!.results.factors.find((f) => f.key === "training")!.mean : null;
    expect(training.after).toBeCloseTo(reported!, 10);
    expect(training.lower).toBeGreaterThan(0);
    const first = await loadAssessmentResults(t.db, { org: cast.orgA }, previousId, { intervals: false });
    const none = await loadRoundChange(t.db, cast.orgA, first!.assessment, first!.results);
    expect(none.status).toBe("none");
  });

  it("exports the change since the previous round as CSV and JSON, row for row the page's figures", async () => {
    const current = await loadAssessmentResults(t.db, { org: cast.orgA }, currentId, { intervals: false });
    const outcome = await loadRoundChange(t.db, cast.orgA, current!.assessment, current!.results);
    if (outcome.status !== "ok") throw new Error(outcome.message);
    const ctx = await guardOrg(t.db, { user: cast.a.ANALYST }, cast.orgA.slug, EXPORT_ACCESS);
    const csv = parseCsv(await (await exportDataset(t.db, ctx, currentId, "change", new URL("http://x/?format=csv"))).text());
    const header = csv[0]!;
    const col = (name: string) => header.indexOf(name);
    const training = csv.find((r) => r[col("kind")] === "factor" && r[col("key")] === "training")!;
    const page = outcome.view.factors.find((f) => f.key === "training")!;
    expect(training[col("verdict")]).toBe("improved");
    expect(Number(training[col("change")])).toBeCloseTo(page.delta!, 10);
    expect(Number(training[col("change_lower_95")])).toBeCloseTo(page.lower!, 10);
    expect(csv).toHaveLength(1 + 1 + outcome.view.modules.length + outcome.view.categories.length + outcome.view.factors.length);
    const json = (await (await exportDataset(t.db, ctx, currentId, "change", new URL("http://x/?format=json"))).json()) as {
      previous: { name: string };
      rows: { key: string; verdict: string }[];
    };
    expect(json.previous.name).toBe("Round 2025");
    expect(json.rows.find((r) => r.key === "motivation")?.verdict).toBe("declined");
    // The first round has nothing to compare with: an empty table and the reason.
    const first = (await (await exportDataset(t.db, ctx, previousId, "change", new URL("http://x/?format=json"))).json()) as {
      message: string;
      rows: unknown[];
    };
    expect(first.rows).toEqual([]);
    expect(first.message).toMatch(/no earlier closed assessment/);
  });

  it("skips an earlier round below the anonymity threshold and compares with the latest one that has results", async () => {
    const thin = await createScoredAssessment(t.db, cast.orgA.id, {
      name: "Pilot with two answers",
      managers: 1,
      employees: 1,
      createdAt: new Date("2026-01-15T00:00:00Z"),
    });
    try {
      const current = await loadAssessmentResults(t.db, { org: cast.orgA }, currentId, { intervals: false });
      const outcome = await loadRoundChange(t.db, cast.orgA, current!.assessment, current!.results);
      if (outcome.status !== "ok") throw new Error(outcome.message);
      expect(outcome.view.previous).toEqual({ assessmentId: previousId, name: "Round 2025" });
    } finally {
      await t.db.assessment.delete({ where: { id: thin.id } });
    }
  });

  it("computes the round change once, serves it from storage, and recomputes when either round changes", async () => {
    const current = await loadAssessmentResults(t.db, { org: cast.orgA }, currentId, { intervals: false });
    const load = async () => {
      const outcome = await loadRoundChange(t.db, cast.orgA, current!.assessment, current!.results);
      if (outcome.status !== "ok") throw new Error(outcome.message);
      return outcome.view;
    };
    const computed = await load();
    const rows = () => t.db.storedResults.findMany({ where: { assessmentId: currentId, variant: "round-change" } });
    expect(await rows()).toHaveLength(1);
    // Mark the stored row: a reader that recomputed would not see the mark.
    const row = (await rows())[0]!;
    const stored = row.results as { change: { overall: { after: number } } };
    await t.db.storedResults.update({
      where: { key: row.key },
      data: { results: { ...stored, change: { ...stored.change, overall: { ...stored.change.overall, after: 99 } } } },
    });
    forgetRememberedResults();
    expect((await load()).overall.after).toBe(99);
    // Publishing the previous round changes its inputs: the change is computed afresh and the stale row replaced.
    await t.db.assessment.update({ where: { id: previousId }, data: { status: "PUBLISHED" } });
    try {
      forgetRememberedResults();
      expect((await load()).overall.after).toBeCloseTo(computed.overall.after!, 10);
      const fresh = await rows();
      expect(fresh).toHaveLength(1);
      expect(fresh[0]!.key).not.toBe(row.key);
    } finally {
      await t.db.assessment.update({ where: { id: previousId }, data: { status: "CLOSED" } });
    }
  });
});
