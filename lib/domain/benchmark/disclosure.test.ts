import { describe, expect, it } from "vitest";
import { harrellDavisSorted, harrellDavisWeights, incompleteBeta } from "./harrell-davis";
import {
  answerableCombinations,
  answerableMetrics,
  combinationKey,
  publishDistribution,
  publishRank,
  roundScore,
  type PoolMember,
} from "./disclosure";
import { summarise } from "./distribution";

describe("regularised incomplete beta and Harrell–Davis", () => {
  it("gives closed-form values", () => {
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(incompleteBeta(0.3, 2, 1)).toBeCloseTo(0.09, 12);
    expect(incompleteBeta(0.5, 7.5, 7.5)).toBeCloseTo(0.5, 12);
    // I_x(1, b) = 1 − (1 − x)^b
    expect(incompleteBeta(0.2, 1, 3.5)).toBeCloseTo(1 - 0.8 ** 3.5, 12);
  });
  it("weights are all positive and sum to one", () => {
    for (const n of [5, 6, 13, 400])
      for (const p of [0.1, 0.25, 0.5, 0.75, 0.9]) {
        const w = harrellDavisWeights(n, p);
        expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 10);
        if (n < 100) expect(Math.min(...w)).toBeGreaterThan(0); // mathematically always; far tails underflow for large n
      }
  });
  it("is the centre for symmetric values and not an order statistic", () => {
    const xs = [1, 2, 3, 4, 5];
    expect(harrellDavisSorted(xs, 0.5)).toBeCloseTo(3, 10);
    const q1 = harrellDavisSorted(xs, 0.25) as number;
    const q3 = harrellDavisSorted(xs, 0.75) as number;
    expect(q1 + q3).toBeCloseTo(6, 10); // symmetry
    expect(q1).toBeGreaterThan(1.5);
    expect(q1).toBeLessThan(2.2);
    expect(xs.some((x) => Math.abs(x - q1) < 1e-6)).toBe(false);
  });
});

describe("published figures", () => {
  it("five peers: rounded Harrell–Davis quartiles and no P10/P90 (type 7 gave back three scores and, via P10/P90, min and max)", () => {
    const sorted = [2.4, 2.4, 3.1, 3.6, 4.0];
    const old = summarise(sorted)!;
    expect([old.q1, old.median, old.q3]).toEqual([2.4, 3.1, 3.6]); // the disclosure being fixed
    const d = publishDistribution(sorted)!;
    expect(d.p10).toBeNull();
    expect(d.p90).toBeNull();
    for (const v of [d.q1, d.median, d.q3, d.iqr]) expect(Math.abs(v * 10 - Math.round(v * 10))).toBeLessThan(1e-9);
    expect(d.iqr).toBeCloseTo(d.q3 - d.q1, 9);
  });
  it("P10 and P90 from ten peers up", () => {
    const ten = [1.5, 2, 2.2, 2.5, 2.8, 3, 3.3, 3.6, 4, 4.4];
    const d = publishDistribution(ten)!;
    expect(d.p10).not.toBeNull();
    expect(d.p90).not.toBeNull();
    expect(d.p10! < d.q1 && d.q3 < d.p90!).toBe(true);
    expect(publishDistribution(ten.slice(1))!.p10).toBeNull();
    expect(publishDistribution([])).toBeNull();
  });
  it("rounds scores to one decimal and ranks to integers, in steps of 5 for groups under 20", () => {
    expect(roundScore(3.149)).toBe(3.1);
    expect(roundScore(3.15001)).toBe(3.2);
    expect(publishRank(66.67, 6)).toBe(65);
    expect(publishRank(66.67, 20)).toBe(67);
    expect(publishRank(null, 6)).toBeNull();
    expect(publishRank(100, 5)).toBe(100);
  });
});

describe("overlap control on the filter lattice", () => {
  const bank = (id: string, ownership: PoolMember["ownership"], sizeBand: PoolMember["sizeBand"], region: string): PoolMember => ({
    id,
    ownership,
    sizeBand,
    region,
  });
  // 12 institutions: 7 in Oasis (6 MEDIUM, 1 SMALL), 5 in Zed.
  const pool: PoolMember[] = [
    ...Array.from({ length: 6 }, (_, i) => bank(`o${i}`, "PRIVATE", "MEDIUM", "Oasis")),
    bank("target", "PRIVATE", "SMALL", "Oasis"),
    ...Array.from({ length: 5 }, (_, i) => bank(`z${i}`, "STATE", "LARGE", "Zed")),
  ];
  it("refuses one of two combinations that differ by fewer than k + 1 institutions", () => {
    const ok = answerableCombinations(pool, 5);
    expect(ok.has(combinationKey({}))).toBe(true);
    // Oasis (7) and Oasis + MEDIUM (6) differ by the target alone: not both.
    expect(ok.has(combinationKey({ region: "Oasis" })) && ok.has(combinationKey({ region: "Oasis", sizeBand: "MEDIUM" }))).toBe(false);
    // The whole pool (12) and Oasis (7) differ by the 5 Zed banks (< k + 1 = 6): Oasis is refused.
    expect(ok.has(combinationKey({ region: "Oasis" }))).toBe(false);
    // Same set under another name (PRIVATE = Oasis): refused as Oasis is, since it equals Oasis.
    expect(ok.has(combinationKey({ ownership: "PRIVATE" }))).toBe(false);
  });
  it("every pair of answerable combinations differs by 0 or at least k + 1 on each side", () => {
    const big: PoolMember[] = Array.from({ length: 60 }, (_, i) =>
      bank(
        `b${i}`,
        i % 3 ? "PRIVATE" : "STATE",
        (["SMALL", "MEDIUM", "LARGE"] as const)[i % 3 === 0 ? 0 : (i * 7) % 3]!,
        ["A", "B", "C", "D"][(i * 5) % 4]!,
      ),
    );
    for (const k of [5, 8]) {
      const ok = answerableCombinations(big, k);
      const sets = [...ok].map((key) =>
        big
          .filter((m) => {
            const [o, s, r] = key.split("|");
            return (o === "*" || m.ownership === o) && (s === "*" || m.sizeBand === s) && (r === "*" || m.region === r);
          })
          .map((m) => m.id),
      );
      for (const a of sets)
        for (const b of sets) {
          const d = a.filter((x) => !b.includes(x)).length;
          expect(d === 0 || d >= k + 1).toBe(true);
        }
    }
  });
  it("does not depend on the order of the pool, and raising k never answers more", () => {
    const shuffled = [...pool].reverse();
    expect([...answerableCombinations(shuffled, 5)].sort()).toEqual([...answerableCombinations(pool, 5)].sort());
    const k5 = answerableCombinations(pool, 5);
    const k11 = answerableCombinations(pool, 11);
    expect(k11.size).toBeLessThanOrEqual(k5.size);
    expect(answerableCombinations(pool, 12).size).toBe(0);
  });
  it("decides each metric among the institutions that have it, a short vector counting as missing", () => {
    // 12 SMALL/MEDIUM banks; metric 1 (an optional module) only for the six SMALL ones and one MEDIUM.
    const members = Array.from({ length: 12 }, (_, i) => ({
      ...bank(`m${i}`, "PRIVATE", i < 6 ? "SMALL" : "MEDIUM", "Gulf"),
      missing: i < 6 || i === 6 ? [] : [1],
      length: i === 11 ? 1 : 3,
    }));
    const all = combinationKey({});
    const small = combinationKey({ sizeBand: "SMALL" });
    // Overall: the pool's decision. Metric 2 lacks m11 (its vector stops after metric 0).
    expect(answerableMetrics(members, 3, all, 5)).toEqual([true, true, true]);
    // "Small" is 6 apart from "all" overall, but its metric-1 holders differ from all holders by m6 alone,
    // and its metric-2 holders by five (m6–m10).
    expect(answerableMetrics(members, 3, small, 5)).toEqual([true, false, false]);
    // Kept lattices (as the page keeps them per pool) give the same answers, and hold one per set of holders.
    const lattices = new Map<string, ReadonlySet<string>>();
    expect(answerableMetrics(members, 3, small, 5, lattices)).toEqual([true, false, false]);
    expect(answerableMetrics(members, 3, all, 5, lattices)).toEqual([true, true, true]);
    expect(lattices.size).toBe(3);
    expect(lattices.get("")).toEqual(answerableCombinations(members, 5));
    expect(answerableCombinations(members, 5).has(small)).toBe(true);
  });
});
