// Expert-panel ISM studies on a real database: create, invite, experts answer through their links,
// bad input and dead links are refused and change nothing, aggregation equals the engine on the same
// answers, and adopting the model changes the roadmap's model.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addIsmExperts,
  adoptIsmModel,
  closeIsmStudy,
  createIsmStudy,
  reopenIsmStudy,
  resetIsmModel,
  revokeIsmExpert,
} from "../../lib/features/ism-studies/manage.ts";
import { expertJudgements, findExpert, saveJudgement } from "../../lib/features/ism-studies/expert.ts";
import { expertToken } from "../../lib/features/ism-studies/expert-links.ts";
import { aggregateStudy, expertProgress } from "../../lib/features/ism-studies/aggregation.ts";
import { adoptionDecision } from "../../lib/features/ism-studies/adoption.ts";
import { adoptedIsmModel, ismModelInUse } from "../../lib/features/results/adopted-model.ts";
import { studyPairs } from "../../lib/features/ism-studies/factors.ts";
import { aggregateSsims, analyseSsim, type SsimLetter } from "../../lib/domain/ism/index.ts";
import { loadAssessmentResults } from "../../lib/features/results/assessment-results.ts";
import { createPortfolioCast, type PortfolioCast } from "./support/portfolio-fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

// Four e-CRM factors typed as an own list, so the adopted model can drive the roadmap.
const FACTORS = "Infrastructure\ntraining\nMotivation\nMarketing";
// Three experts' answers for the six pairs in reading order (0-1, 0-2, 0-3, 1-2, 1-3, 2-3).
const ANSWERS: SsimLetter[][] = [
  ["V", "V", "V", "X", "V", "V"],
  ["V", "O", "V", "V", "V", "A"],
  ["X", "V", "O", "V", "A", "V"],
];

describe.each(enginesUnderTest())("ISM studies on %s", (engine) => {
  let t: TestDatabase;
  let cast: PortfolioCast;
  let studyId: string;
  const tokens: string[] = [];
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createPortfolioCast(t.db);
  });
  afterAll(async () => t?.dispose());
  const owner = () => cast.consultancy.members.OWNER;
  const slug = () => cast.consultancy.slug;
  const study = () => t.db.ismStudy.findUniqueOrThrow({ where: { id: studyId } });

  it("refuses a bad factor list line by line and creates nothing", async () => {
    const r = await createIsmStudy.invoke(t.db, owner(), slug(), {
      name: "Panel",
      factorSource: "own",
      factorList: "Infrastructure\n\ninfrastructure\n!!!",
    });
    expect(r).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { factorList: ['Line 3: "infrastructure" is listed twice.', 'Line 4: "!!!" needs at least one letter or digit.'] },
    });
    expect(await t.db.ismStudy.count()).toBe(0);
  });

  it("creates a study over the 17 e-CRM factors by default, and over an own list", async () => {
    const full = await createIsmStudy.invoke(t.db, owner(), slug(), { name: "Full panel", factorSource: "instrument" });
    if (!full.ok) throw new Error(full.error);
    expect((await t.db.ismStudy.findUniqueOrThrow({ where: { id: full.data.id } })).factorKeys).toHaveLength(17);
    const r = await createIsmStudy.invoke(t.db, owner(), slug(), { name: "Quick panel", factorSource: "own", factorList: FACTORS });
    if (!r.ok) throw new Error(r.error);
    studyId = r.data.id;
    expect(await study()).toMatchObject({
      factorKeys: ["infrastructure", "training", "motivation", "marketing"],
      factorNames: ["Infrastructure", "Training", "Motivation", "Marketing"],
      status: "OPEN",
    });
    expect(await t.db.auditEvent.count({ where: { organizationId: cast.consultancy.id, action: "ism-study.created" } })).toBe(2);
  });

  it("invites experts with personal links that only the hash identifies", async () => {
    const r = await addIsmExperts.invoke(t.db, owner(), slug(), {
      studyId,
      list: "Dr Ava Expert, ava@panel.example\nBen Expert, ben@panel.example\ncyd@panel.example",
    });
    expect(r).toMatchObject({ ok: true, data: { added: 3, skipped: 0 } });
    const experts = await t.db.ismExpert.findMany({ where: { studyId }, orderBy: { createdAt: "asc" } });
    expect(experts.map((e) => e.name).sort()).toEqual(["Ben Expert", "Dr Ava Expert", "cyd"]);
    for (const email of ["ava@panel.example", "ben@panel.example", "cyd@panel.example"]) {
      const e = experts.find((x) => x.email === email);
      const token = e && expertToken(e.tokenSealed);
      if (!token) throw new Error("token unreadable");
      expect(e?.tokenHash).toHaveLength(64);
      expect(e?.tokenSealed).not.toContain(token);
      tokens.push(token);
    }
    expect(await addIsmExperts.invoke(t.db, owner(), slug(), { studyId, list: "ava@panel.example\nnot-an-email" })).toMatchObject({
      ok: false,
      status: 422,
    });
    expect(await t.db.ismExpert.count({ where: { studyId } })).toBe(3);
  });

  it("refuses an unknown letter, a pair out of range and a forged link, saving nothing", async () => {
    const [ava] = tokens;
    if (!ava) throw new Error("tokens");
    expect(await saveJudgement(t.db, ava, { i: 0, j: 1, letter: "Q" })).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { letter: [expect.stringContaining("V, A, X or O")] },
    });
    for (const [i, j] of [
      [1, 0],
      [0, 4],
      [-1, 2],
      [2, 2],
      [0.5, 1],
    ]) {
      expect(await saveJudgement(t.db, ava, { i, j, letter: "V" }), `${i},${j}`).toMatchObject({ ok: false, status: 422 });
    }
    expect(await saveJudgement(t.db, `${ava.slice(0, -2)}xx`, { i: 0, j: 1, letter: "V" })).toMatchObject({ ok: false, status: 404 });
    expect(await saveJudgement(t.db, "short", { i: 0, j: 1, letter: "V" })).toMatchObject({ ok: false, status: 404 });
    expect(await t.db.ismJudgement.count()).toBe(0);
  });

  it("experts answer pair by pair; a changed answer replaces the earlier one; progress resumes", async () => {
    const pairs = studyPairs(4);
    for (const [e, token] of tokens.entries()) {
      for (const [k, pair] of pairs.entries()) {
        const letter = ANSWERS[e]?.[k];
        const r = await saveJudgement(t.db, token, { ...pair, letter });
        expect(r).toMatchObject({ ok: true, data: { letter, answered: k + 1, total: 6 } });
        if (e === 0 && k === 2) {
          // Ava resumes later: her saved answers come back as given.
          const ava = await findExpert(t.db, token);
          expect((await expertJudgements(t.db, ava?.id ?? "")).map((j) => j.letter)).toEqual(["V", "V", "V"]);
        }
      }
    }
    // Ben changes his mind on the first pair and back again: still six judgements.
    expect(await saveJudgement(t.db, tokens[1] ?? "", { i: 0, j: 1, letter: "a" })).toMatchObject({ ok: false, status: 422 });
    expect(await saveJudgement(t.db, tokens[1] ?? "", { i: 0, j: 1, letter: "O" })).toMatchObject({ ok: true, data: { answered: 6 } });
    expect(await saveJudgement(t.db, tokens[1] ?? "", { i: 0, j: 1, letter: "V" })).toMatchObject({ ok: true, data: { answered: 6 } });
    const progress = await expertProgress(t.db, cast.consultancy.id, await study());
    expect(progress.map((p) => [p.answered, p.finished])).toEqual([
      [6, true],
      [6, true],
      [6, true],
    ]);
  });

  it("aggregates exactly as the engine does on the same answers, by majority and by threshold", async () => {
    const s = await study();
    const ssims = ANSWERS.map((a) => [a.slice(0, 3).join(""), a.slice(3, 5).join(""), a.slice(5).join(""), ""]);
    for (const rule of [
      { kind: "majority" } as const,
      { kind: "threshold", threshold: 1 / 3 } as const,
      { kind: "threshold", threshold: 1 } as const,
    ]) {
      const r = await aggregateStudy(t.db, cast.consultancy.id, s, rule);
      if (!r.ok) throw new Error(r.reason);
      const expected = aggregateSsims(s.factorKeys, ssims, rule);
      expect(r.aggregate).toEqual(expected);
      expect(r.model).toEqual(analyseSsim(s.factorKeys, expected.ssim, { factorNames: s.factorNames }));
    }
    const majority = await aggregateStudy(t.db, cast.consultancy.id, s, { kind: "majority" });
    // Pair 0-1: V, V, X → forward 3/3, backward 1/3 → V; pair 1-3: V, V, A → V.
    expect(majority.ok && majority.aggregate.ssim).toEqual(["VVV", "VV", "V", ""]);
  });

  it("a revoked link can neither answer nor count in the aggregate", async () => {
    const cyd = await findExpert(t.db, tokens[2] ?? "");
    expect(await revokeIsmExpert.invoke(t.db, owner(), slug(), { studyId, expertId: cyd?.id ?? "" })).toMatchObject({ ok: true });
    expect(await saveJudgement(t.db, tokens[2] ?? "", { i: 0, j: 1, letter: "O" })).toMatchObject({ ok: false, status: 404 });
    const r = await aggregateStudy(t.db, cast.consultancy.id, await study(), { kind: "majority" });
    expect(r.ok && r.aggregate.expertCount).toBe(2);
  });

  it("after the study is closed no judgement is accepted; reopening allows them again", async () => {
    expect(await closeIsmStudy.invoke(t.db, owner(), slug(), { studyId })).toMatchObject({ ok: true });
    const before = await t.db.ismJudgement.findMany({ orderBy: [{ expertId: "asc" }, { i: "asc" }, { j: "asc" }] });
    expect(await saveJudgement(t.db, tokens[0] ?? "", { i: 0, j: 1, letter: "O" })).toMatchObject({ ok: false, status: 409 });
    expect(await t.db.ismJudgement.findMany({ orderBy: [{ expertId: "asc" }, { i: "asc" }, { j: "asc" }] })).toEqual(before);
    expect(await closeIsmStudy.invoke(t.db, owner(), slug(), { studyId })).toMatchObject({ ok: false, status: 409 });
    expect(await reopenIsmStudy.invoke(t.db, owner(), slug(), { studyId })).toMatchObject({ ok: true });
    expect(await closeIsmStudy.invoke(t.db, owner(), slug(), { studyId })).toMatchObject({ ok: true });
  });

  it("adopting the model makes it the organisation's roadmap model; resetting returns to the reference", async () => {
    const bankOwner = cast.a.OWNER;
    const created = await createIsmStudy.invoke(t.db, bankOwner, cast.orgA.slug, {
      name: "Bank panel",
      factorSource: "own",
      factorList: FACTORS,
    });
    if (!created.ok) throw new Error(created.error);
    expect(await adoptIsmModel.invoke(t.db, bankOwner, cast.orgA.slug, { studyId: created.data.id })).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringContaining("No expert"),
    });
    await addIsmExperts.invoke(t.db, bankOwner, cast.orgA.slug, { studyId: created.data.id, list: "Zed, zed@panel.example" });
    const zed = await t.db.ismExpert.findFirstOrThrow({ where: { studyId: created.data.id } });
    // Zed: everything drives marketing, infrastructure drives everything.
    for (const [k, pair] of studyPairs(4).entries())
      await saveJudgement(t.db, expertToken(zed.tokenSealed) ?? "", { ...pair, letter: ["V", "V", "V", "O", "V", "V"][k] });

    const assessmentId = await (
      await import("./support/portfolio-fixtures.ts")
    ).seedClosedAssessment(t.db, cast.orgA.id, "Alpha baseline", 7, 6);
    const assessment = await t.db.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
    const before = (await loadAssessmentResults(t.db, { org: cast.orgA }, assessment.id, { intervals: false }))?.results;
    expect(before?.ism.source).toBe("published");
    expect(before?.ism.factorCount).toBe(17);

    expect(await adoptIsmModel.invoke(t.db, cast.a.ANALYST, cast.orgA.slug, { studyId: created.data.id })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(
      await adoptIsmModel.invoke(t.db, bankOwner, cast.orgA.slug, { studyId: created.data.id, rule: "threshold", threshold: "150" }),
    ).toMatchObject({ ok: false, status: 422 });
    expect(await adoptIsmModel.invoke(t.db, bankOwner, cast.orgA.slug, { studyId: created.data.id, rule: "majority" })).toMatchObject({
      ok: true,
      data: { expertCount: 1 },
    });
    const inUse = await ismModelInUse(t.db, [cast.orgA.id]);
    expect(inUse).toMatchObject({ kind: "adopted", label: expect.stringContaining("Bank panel") });
    const after = (await loadAssessmentResults(t.db, { org: cast.orgA }, assessment.id, { intervals: false }))?.results;
    expect(after?.ism.source).toBe("computed");
    expect(after?.ism.factorCount).toBe(4);
    expect(after?.ism.levels.map((l) => l.factors.map((f) => f.key))).toEqual([
      ["marketing"],
      ["training", "motivation"],
      ["infrastructure"],
    ]);
    // The roadmap now follows the adopted hierarchy: only its four factors carry an ISM level.
    expect(after?.roadmap.hierarchy).toBe("reachability");
    const leveled = (r: typeof after) =>
      (r?.roadmap.phases ?? [])
        .flatMap((p) => p.items)
        .filter((i) => i.ismLevel !== null)
        .map((i) => [i.factorKey, i.ismLevel]);
    expect(leveled(before).length).toBeGreaterThan(4);
    const infraLevel: [string, number] = ["infrastructure", 3];
    for (const entry of leveled(after)) expect(["infrastructure", "training", "motivation", "marketing"]).toContain(entry[0]);
    if (leveled(after).some((e) => e[0] === "infrastructure")) expect(leveled(after)).toContainEqual(infraLevel);
    expect(after?.roadmap.error).toBeNull();
    // The consultancy's own adoption does not leak into the bank.
    expect(await adoptedIsmModel(t.db, cast.consultancy.id)).toBeNull();

    expect(await resetIsmModel.invoke(t.db, bankOwner, cast.orgA.slug, {})).toMatchObject({ ok: true });
    expect((await ismModelInUse(t.db, [cast.orgA.id])).kind).toBe("reference");
  });

  it("adopting needs every invited expert finished or an explicit decision naming the missing ones; a flat model warns", async () => {
    const bankOwner = cast.a.OWNER;
    const created = await createIsmStudy.invoke(t.db, bankOwner, cast.orgA.slug, {
      name: "Half panel",
      factorSource: "own",
      factorList: FACTORS,
    });
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    await addIsmExperts.invoke(t.db, bankOwner, cast.orgA.slug, { studyId: id, list: "Yan, yan@panel.example\nXia, xia@panel.example" });
    const yan = await t.db.ismExpert.findFirstOrThrow({ where: { studyId: id, email: "yan@panel.example" } });
    const xia = await t.db.ismExpert.findFirstOrThrow({ where: { studyId: id, email: "xia@panel.example" } });
    const pairs = studyPairs(4);
    for (const [k, pair] of pairs.entries())
      await saveJudgement(t.db, expertToken(yan.tokenSealed) ?? "", { ...pair, letter: ["V", "V", "V", "O", "V", "V"][k] });
    // Xia answered two of the six pairs.
    for (const pair of pairs.slice(0, 2)) await saveJudgement(t.db, expertToken(xia.tokenSealed) ?? "", { ...pair, letter: "V" });

    const refused = await adoptIsmModel.invoke(t.db, bankOwner, cast.orgA.slug, { studyId: id });
    expect(refused).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringContaining("1 invited expert has not finished: Xia (xia@panel.example)"),
    });
    // A decision naming someone else is no decision about Xia.
    expect(await adoptIsmModel.invoke(t.db, bankOwner, cast.orgA.slug, { studyId: id, proceedWithout: yan.id })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await adoptedIsmModel(t.db, cast.orgA.id)).toBeNull();

    const allowed = await adoptIsmModel.invoke(t.db, bankOwner, cast.orgA.slug, { studyId: id, proceedWithout: xia.id });
    expect(allowed).toMatchObject({
      ok: true,
      data: { expertCount: 1 },
      message: expect.stringContaining("Adopted without Xia (xia@panel.example)"),
    });
    expect(await t.db.adoptedIsmModel.findUnique({ where: { organizationId: cast.orgA.id } })).toMatchObject({ studyId: id });
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { organizationId: cast.orgA.id, action: "ism-model.adopted", target: id },
    });
    expect(audit.detail).toMatchObject({ without: ["Xia (xia@panel.example)"] });

    // Three levels: no warning on the page before adopting.
    const three = await aggregateStudy(t.db, cast.orgA.id, await t.db.ismStudy.findUniqueOrThrow({ where: { id } }), { kind: "majority" });
    if (!three.ok) throw new Error(three.reason);
    expect(three.model.levelCount).toBe(3);
    expect(
      adoptionDecision(
        await expertProgress(t.db, cast.orgA.id, await t.db.ismStudy.findUniqueOrThrow({ where: { id } })),
        3,
        new Set([xia.id]),
      ).warnings,
    ).toEqual(["Adopted without Xia (xia@panel.example), by an explicit decision."]);

    // A panel that sees every factor drive every other: one loop, one level, a warning before and after adopting.
    const flat = await createIsmStudy.invoke(t.db, bankOwner, cast.orgA.slug, {
      name: "Flat panel",
      factorSource: "own",
      factorList: FACTORS,
    });
    if (!flat.ok) throw new Error(flat.error);
    await addIsmExperts.invoke(t.db, bankOwner, cast.orgA.slug, { studyId: flat.data.id, list: "Wu, wu@panel.example" });
    const wu = await t.db.ismExpert.findFirstOrThrow({ where: { studyId: flat.data.id } });
    for (const pair of pairs) await saveJudgement(t.db, expertToken(wu.tokenSealed) ?? "", { ...pair, letter: "X" });
    const flatStudy = await t.db.ismStudy.findUniqueOrThrow({ where: { id: flat.data.id } });
    const flatModel = await aggregateStudy(t.db, cast.orgA.id, flatStudy, { kind: "majority" });
    if (!flatModel.ok) throw new Error(flatModel.reason);
    expect(flatModel.model.levelCount).toBe(1);
    const before = adoptionDecision(await expertProgress(t.db, cast.orgA.id, flatStudy), flatModel.model.levelCount, new Set());
    expect(before).toMatchObject({ allowed: true, warnings: [expect.stringContaining("only 1 level")] });
    const flatAdopted = await adoptIsmModel.invoke(t.db, bankOwner, cast.orgA.slug, { studyId: flat.data.id });
    expect(flatAdopted).toMatchObject({ ok: true, message: expect.stringContaining("only 1 level") });

    // The results page then says the panel's factors form a loop, names the closing links and gives the three remedies.
    const assessment = await t.db.assessment.findFirstOrThrow({ where: { organizationId: cast.orgA.id, name: "Alpha baseline" } });
    const results = (await loadAssessmentResults(t.db, { org: cast.orgA }, assessment.id, { intervals: false }))?.results;
    expect(results?.ism.about).toMatchObject({
      kind: "panel-loop",
      summary: expect.stringContaining("4 factors all influence one another"),
    });
    expect(results?.ism.about?.closingLinks.length).toBeGreaterThan(0);
    expect(results?.ism.about?.remedies).toHaveLength(3);
    expect(await resetIsmModel.invoke(t.db, bankOwner, cast.orgA.slug, {})).toMatchObject({ ok: true });
  });

  it("a study with own (non-instrument) factors can be aggregated but not adopted for the roadmap", async () => {
    const r = await createIsmStudy.invoke(t.db, owner(), slug(), {
      name: "Own panel",
      factorSource: "own",
      factorList: "Culture\nInfrastructure\nPricing",
    });
    if (!r.ok) throw new Error(r.error);
    expect((await t.db.ismStudy.findUniqueOrThrow({ where: { id: r.data.id } })).factorKeys).toEqual([
      "own-culture",
      "infrastructure",
      "own-pricing",
    ]);
    expect(await adoptIsmModel.invoke(t.db, owner(), slug(), { studyId: r.data.id })).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringContaining("Culture, Pricing"),
    });
  });

  it("a regulator cannot run studies: for its kind the action does not exist (404), and nothing is created", async () => {
    const before = await t.db.ismStudy.count();
    expect(
      await createIsmStudy.invoke(t.db, cast.regulator.members.OWNER, cast.regulator.slug, {
        name: "Sector panel",
        factorSource: "instrument",
      }),
    ).toMatchObject({ ok: false, status: 404 });
    expect(await t.db.ismStudy.count()).toBe(before);
  });
});
