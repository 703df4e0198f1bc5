// Attacks on the peer figures (issue 11): differencing two filter sets that differ by one
// institution, reading a five-peer group's scores off its figures, every pair of filter
// combinations over the demo pool, and figures that are an institution's own score.
// "Recovered" means: an attacker names an institution (the one in which two answered groups
// differ) or a group's sorted scores, and gets a score within ±0.10 on the 1–5 scale.
// The same solver is run against today's unprotected maths (summarise: type 7, full precision,
// P10/P90 always), where it recovers the exact score: that is the failing case the fix closes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/platform/db/connect.ts";
import { latestFramework } from "../../lib/domain/instrument/index.ts";
import {
  answerableCombinations,
  combinationKey,
  latticeCombinations,
  matches,
  protectedQuantiles,
  summarise,
  type PoolMember,
} from "../../lib/domain/benchmark/index.ts";
import { benchmarkMetrics } from "../../lib/features/benchmark/metrics.ts";
import { insertPoolEntry, packScores, readScores } from "../../lib/features/benchmark/pool.ts";
import { loadBenchmark, type BenchmarkView } from "../../lib/features/benchmark/benchmark-view.ts";
import { poolMembers } from "../../lib/features/benchmark/peer-query.ts";
import { seedDemo } from "../../prisma/seed.ts";
import { differencingAttack, groupAttack, type Figures } from "./support/differencing-attack.ts";
import { createCast } from "./support/fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const FW = latestFramework.version;
const METRICS = benchmarkMetrics(latestFramework);
const TARGETS = ["overall", `module:${latestFramework.modules[0]!.key}`, "factor:infrastructure"].map((key) =>
  METRICS.findIndex((m) => m.key === key),
);
const K = 5;

interface Bank {
  slug: string;
  ownership: "PRIVATE" | "STATE";
  sizeBand: "SMALL" | "MEDIUM" | "LARGE";
  region: string;
  score: number;
}

/** Overall, the first module and one factor get distinct scores derived from `score`. */
const vector = (score: number) =>
  METRICS.map((_, i) =>
    i === TARGETS[0] ? score : i === TARGETS[1] ? Math.min(5, score + 0.37) : i === TARGETS[2] ? Math.max(1, score - 0.53) : null,
  );

async function addBank(db: Db, b: Bank, round: number) {
  const org = await db.organization.create({
    data: { slug: b.slug, name: `${b.slug} name`, kind: "BANK", ownership: b.ownership, sizeBand: b.sizeBand, region: b.region },
  });
  const publishedAt = new Date(Date.UTC(round, 5, 1));
  const a = await db.assessment.create({
    data: {
      organizationId: org.id,
      name: `${b.slug} ${round}`,
      frameworkVersion: FW,
      modules: ["cx", "ecrm"],
      groups: ["managers"],
      status: "PUBLISHED",
      publishedAt,
    },
  });
  await insertPoolEntry(db, {
    assessmentId: a.id,
    organizationId: org.id,
    frameworkVersion: FW,
    round,
    profile: b,
    scores: vector(b.score),
    publishedAt,
  });
  return org;
}

function metricFigures(view: BenchmarkView, index: number): Figures | null {
  if (view.status !== "ok") return null;
  return view.metrics[index]?.peers ?? null;
}

const unprotected = (values: number[]): Figures => summarise(values) as Figures;

describe.each(enginesUnderTest())("benchmark disclosure control on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    await createCast(t.db);
  }, 60_000);
  afterAll(async () => t?.dispose());

  // Round 2031: seven private banks in Oasis, one of them (the target) SMALL, six MEDIUM; the caller
  // is elsewhere. "private + Oasis" and "private + Oasis + medium" differ by the target alone.
  const oasis = [2.35, 2.8, 3.05, 3.3, 3.55, 4.1];
  const target = 3.72;
  it("(a) differencing two filter sets that differ by one institution recovers nothing", async () => {
    const caller = await addBank(t.db, { slug: "dc-caller", ownership: "PRIVATE", sizeBand: "LARGE", region: "Zed", score: 3 }, 2031);
    for (const [i, s] of oasis.entries())
      await addBank(t.db, { slug: `dc-oasis-${i}`, ownership: "PRIVATE", sizeBand: "MEDIUM", region: "Oasis", score: s }, 2031);
    await addBank(t.db, { slug: "dc-target", ownership: "PRIVATE", sizeBand: "SMALL", region: "Oasis", score: target }, 2031);

    for (const index of TARGETS) {
      const withTarget = [...oasis, target].map((s) => vector(s)[index] as number);
      const without = oasis.map((s) => vector(s)[index] as number);
      const truth = vector(target)[index] as number;
      // Today's maths: the solver returns the target's exact score.
      expect(differencingAttack(unprotected(withTarget), unprotected(without))).toBeCloseTo(truth, 9);

      const wide = await loadBenchmark(t.db, caller, { round: 2031, ownership: "PRIVATE", region: "Oasis" }, K);
      const narrow = await loadBenchmark(t.db, caller, { round: 2031, ownership: "PRIVATE", region: "Oasis", sizeBand: "MEDIUM" }, K);
      // At most one of the two is answered, and whatever is answered does not give the target away.
      expect(wide.status === "ok" && narrow.status === "ok").toBe(false);
      const a = metricFigures(wide, index);
      const b = metricFigures(narrow, index);
      const guess = a && b ? differencingAttack(a, b) : null;
      if (guess !== null) expect(Math.abs(guess - truth)).toBeGreaterThan(0.1);
    }
  });

  it("(b) a group of exactly five peers does not give its scores, its minimum or its maximum", async () => {
    const five = [2.15, 2.9, 3.35, 3.8, 4.45];
    const caller = await addBank(t.db, { slug: "five-caller", ownership: "STATE", sizeBand: "LARGE", region: "North", score: 3 }, 2032);
    for (const [i, s] of five.entries())
      await addBank(t.db, { slug: `five-${i}`, ownership: "STATE", sizeBand: "SMALL", region: "North", score: s }, 2032);
    for (const index of TARGETS) {
      const truth = five.map((s) => vector(s)[index] as number).sort((x, y) => x - y);
      // Today's maths: Q1, median and Q3 ARE three scores and P10/P90 give back the minimum and maximum.
      const old = groupAttack(unprotected(truth));
      expect(old?.map((v) => Math.round(v * 1e6) / 1e6)).toEqual(truth.map((v) => Math.round(v * 1e6) / 1e6));

      const view = await loadBenchmark(t.db, caller, { round: 2032 }, K);
      expect(view.status).toBe("ok");
      const f = metricFigures(view, index) as Figures;
      expect(f.n).toBe(5);
      expect(f.p10).toBeNull();
      expect(f.p90).toBeNull();
      expect(groupAttack(f)).toBeNull();
      const emitted = [f.q1, f.median, f.q3];
      for (const extreme of [truth[0]!, truth[4]!]) for (const v of emitted) expect(Math.abs(v - extreme)).toBeGreaterThan(0.1);
      // The unrounded statistics are not order statistics: none equals a score.
      const raw = protectedQuantiles(Float64Array.from(truth));
      for (const v of [raw!.q1, raw!.median, raw!.q3]) for (const s of truth) expect(Math.abs(v - s)).toBeGreaterThan(1e-6);
    }
  });

  it("(e) a metric only some institutions have (an optional module) is never answered for two groups whose holders differ by 1 to k", async () => {
    // Round 2033: six small and six medium private banks in Gulf; five small ones and one medium one
    // (the target) also answered the optional CKM module. "All banks" and "small" are far apart (six
    // institutions), but their CKM holders differ by the target alone.
    const ckm = METRICS.findIndex((m) => m.key === "module:ckm");
    const add = async (slug: string, sizeBand: Bank["sizeBand"], score: number, ckmScore: number | null) => {
      const org = await addBank(t.db, { slug, ownership: "PRIVATE", sizeBand, region: "Gulf", score }, 2033);
      await t.db
        .$executeRaw`UPDATE "BenchmarkEntry" SET scores[${ckm + 1}] = ${ckmScore}::double precision WHERE "organizationId" = ${org.id}`;
      const [row] = await t.db.$queryRaw<
        { scores: (number | null)[] }[]
      >`SELECT scores FROM "BenchmarkEntry" WHERE "organizationId" = ${org.id}`;
      await t.db.benchmarkEntry.updateMany({
        where: { organizationId: org.id },
        data: { packedScores: packScores(readScores(row!.scores)) },
      });
    };
    const caller = await addBank(t.db, { slug: "ckm-caller", ownership: "STATE", sizeBand: "LARGE", region: "Zed", score: 3 }, 2033);
    const holders = [2.4, 2.95, 3.2, 3.6, 4.05];
    const targetCkm = 3.85;
    for (const [i, s] of holders.entries()) await add(`ckm-small-${i}`, "SMALL", 3, s);
    await add("ckm-small-5", "SMALL", 3.1, null);
    await add("ckm-target", "MEDIUM", 3.3, targetCkm);
    for (let i = 0; i < 5; i++) await add(`ckm-medium-${i}`, "MEDIUM", 3.2 + i / 10, null);
    // Today's maths on the two groups' CKM figures gives the target's CKM score exactly.
    expect(differencingAttack(unprotected([...holders, targetCkm]), unprotected(holders))).toBeCloseTo(targetCkm, 9);

    const members = await poolMembers(t.db, FW, 2033);
    const holderIds = new Set(members.filter((m) => !m.missing.includes(ckm)).map((m) => m.id));
    expect(holderIds.size).toBe(6);
    const answered: { set: string[]; figures: Figures }[] = [];
    for (const f of latticeCombinations(members)) {
      const view = await loadBenchmark(t.db, caller, { round: 2033, ...f }, K);
      const figures = metricFigures(view, ckm);
      if (figures) answered.push({ set: members.filter((m) => holderIds.has(m.id) && matches(m, f)).map((m) => m.id), figures });
    }
    expect(answered.length).toBeGreaterThan(0); // the module is still benchmarked where it is safe
    for (const a of answered)
      for (const b of answered) {
        const d = a.set.filter((id) => !b.set.includes(id)).length;
        expect(d === 0 || d >= K, `CKM holders of two answered groups differ by ${d}`).toBe(true);
        const guess = a.figures.n === b.figures.n + 1 ? differencingAttack(a.figures, b.figures) : null;
        if (guess !== null) expect(Math.abs(guess - targetCkm)).toBeGreaterThan(0.1);
      }
  });

  describe("over the demo pool", () => {
    beforeAll(async () => {
      await seedDemo(t.db);
    }, 180_000);

    it("(c) no two answered peer groups of any caller differ by 1 to k institutions, in any round", async () => {
      for (const round of [2024, 2025, 2026]) {
        const members: PoolMember[] = await poolMembers(t.db, FW, round);
        expect(members.length).toBeGreaterThanOrEqual(25);
        const answerable = answerableCombinations(members, K);
        const combos = latticeCombinations(members).filter((f) => answerable.has(combinationKey(f)));
        expect(combos.length).toBeGreaterThan(1); // the policy still answers something useful
        // Every caller: the pool minus itself; the market view (no caller) included as "".
        for (const self of ["", ...members.map((m) => m.id)]) {
          const sets = combos.map((f) => members.filter((m) => m.id !== self && matches(m, f)).map((m) => m.id));
          const shown = sets.filter((s) => s.length >= K);
          for (const a of shown)
            for (const b of shown) {
              const diff = a.filter((id) => !b.includes(id)).length;
              expect(diff === 0 || diff >= K, `round ${round}, caller ${self}: groups differ by ${diff}`).toBe(true);
            }
        }
      }
    });

    it("(c, d) the page's answers match the policy, and every emitted figure is rounded and no institution's score by construction", async () => {
      const atlas = await t.db.organization.findUniqueOrThrow({ where: { slug: "atlas-bank" } });
      const round = 2025;
      const members = await poolMembers(t.db, FW, round);
      const answerable = answerableCombinations(members, K);
      const rows = await t.db.$queryRaw<
        { o: string; scores: (number | null)[] }[]
      >`SELECT "organizationId" AS o, scores FROM "BenchmarkEntry" WHERE round = ${round} AND "latestInRound" AND "frameworkVersion" = ${FW}`;
      const answers: { set: string[]; view: BenchmarkView }[] = [];
      for (const f of latticeCombinations(members)) {
        const view = await loadBenchmark(t.db, atlas, { round, ...f }, K);
        const set = members.filter((m) => m.id !== atlas.id && matches(m, f)).map((m) => m.id);
        if (view.status === "ok") {
          expect(answerable.has(combinationKey(f))).toBe(true);
          answers.push({ set, view });
        }
      }
      expect(answers.length).toBeGreaterThan(1);
      const onGrid = (v: number) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9;
      for (const { set, view } of answers) {
        if (view.status !== "ok") continue;
        for (const [i, m] of view.metrics.entries()) {
          if (!m.peers) continue;
          const values = rows
            .filter((r) => set.includes(r.o))
            .map((r) => Number(r.scores[i]))
            .filter(Number.isFinite)
            .sort((x, y) => x - y);
          for (const v of [m.peers.p10, m.peers.q1, m.peers.median, m.peers.q3, m.peers.p90, m.peers.iqr])
            if (v !== null) expect(onGrid(v)).toBe(true);
          if (m.percentileRank !== null) expect(Number.isInteger(m.percentileRank)).toBe(true);
          if (m.peers.n < 10) expect([m.peers.p10, m.peers.p90]).toEqual([null, null]);
          const raw = protectedQuantiles(Float64Array.from(values))!;
          const allEqual = values[0] === values[values.length - 1];
          if (!allEqual) for (const v of [raw.q1, raw.median, raw.q3]) expect(values.some((s) => Math.abs(s - v) < 1e-9)).toBe(false);
        }
      }
      // And no pair of the page's answers is a differencing pair.
      for (const a of answers)
        for (const b of answers) {
          const d = a.set.filter((id) => !b.set.includes(id)).length;
          expect(d === 0 || d >= K).toBe(true);
        }
    }, 120_000);
  });
});
