// Panel agreement on a real study: experts who almost all answer "neither" (O) agree highly, yet
// Fleiss' kappa is near zero (the prevalence paradox); the study's aggregation shows Gwet's AC1 and
// Krippendorff's alpha beside it, direction-aware too, with a plain reading and level stability.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addIsmExperts, createIsmStudy } from "../../lib/features/ism-studies/manage.ts";
import { saveJudgement } from "../../lib/features/ism-studies/expert.ts";
import { expertToken } from "../../lib/features/ism-studies/expert-links.ts";
import { aggregateStudy } from "../../lib/features/ism-studies/aggregation.ts";
import { studyPairs } from "../../lib/features/ism-studies/factors.ts";
import type { SsimLetter } from "../../lib/domain/ism/index.ts";
import { createPortfolioCast, type PortfolioCast } from "./support/portfolio-fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const FACTORS = "Infrastructure\nTraining\nMotivation\nMarketing\nData quality\nLeadership";

describe.each(enginesUnderTest())("ISM panel agreement on %s", (engine) => {
  let t: TestDatabase;
  let cast: PortfolioCast;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createPortfolioCast(t.db);
  });
  afterAll(async () => t?.dispose());

  async function panel(letterOf: (expert: number, pair: number) => SsimLetter) {
    const owner = cast.consultancy.members.OWNER;
    const created = await createIsmStudy.invoke(t.db, owner, cast.consultancy.slug, {
      name: `Panel ${Math.random()}`,
      factorSource: "own",
      factorList: FACTORS,
    });
    if (!created.ok) throw new Error(created.error);
    const studyId = created.data.id;
    const added = await addIsmExperts.invoke(t.db, owner, cast.consultancy.slug, {
      studyId,
      list: ["a", "b", "c", "d"].map((x) => `${x}-${studyId}@panel.example`).join("\n"),
    });
    expect(added.ok).toBe(true);
    const experts = await t.db.ismExpert.findMany({ where: { studyId }, orderBy: { email: "asc" } });
    for (const [e, expert] of experts.entries()) {
      for (const [k, pair] of studyPairs(6).entries()) {
        const r = await saveJudgement(t.db, expertToken(expert.tokenSealed) ?? "", { ...pair, letter: letterOf(e, k) });
        expect(r.ok).toBe(true);
      }
    }
    const study = await t.db.ismStudy.findUniqueOrThrow({ where: { id: studyId } });
    const r = await aggregateStudy(t.db, cast.consultancy.id, study, { kind: "majority" });
    if (!r.ok) throw new Error(r.reason);
    return r.panel;
  }

  it("high raw agreement with skewed prevalence: kappa low, AC1 high, and the reading says why", async () => {
    // 15 pairs × 4 experts, all "O" except one dissenting V on each of two pairs.
    const p = await panel((e, k) => ((e === 0 && k === 3) || (e === 2 && k === 9) ? "V" : "O"));
    expect(p.experts).toBe(4);
    expect(p.letters.raw).toBeCloseTo(14 / 15, 10);
    expect(p.letters.fleissKappa).toBeLessThan(0.1);
    expect(p.letters.ac1).toBeGreaterThan(0.9);
    expect(p.letters.krippendorffAlpha).toBeLessThan(0.1);
    expect(p.directions.ac1).toBeGreaterThan(0.9);
    expect(p.directions.fleissKappa).toBeLessThan(0.1);
    expect(p.reading).toMatch(/prevalence paradox/);
    expect(p.stability).toHaveLength(6);
    // One dissent never changes the majority, so no factor's level moves when any one expert is left out.
    expect(p.stability?.every((s) => s.changeRate === 0)).toBe(true);
  });

  it("a balanced panel that agrees well reads substantial agreement on both figures, with no paradox", async () => {
    const letters: SsimLetter[] = ["V", "A", "X", "O"];
    // Experts share a balanced answer key; expert 3 departs from it on three pairs.
    const p = await panel((e, k) => letters[(k + (e === 3 && k % 5 === 0 ? 1 : 0)) % 4] as SsimLetter);
    expect(p.letters.fleissKappa).toBeGreaterThan(0.6);
    expect(Math.abs((p.letters.ac1 ?? 0) - (p.letters.fleissKappa ?? 0))).toBeLessThan(0.1);
    expect(p.reading).not.toMatch(/paradox/);
    expect(p.directions.raw).not.toBeNull();
  });
});
