import { describe, expect, it } from "vitest";
import { latestFramework } from "../../lib/domain/instrument/index.ts";
import { generateResponses } from "../../lib/view/results/test-data.ts";
import { icc } from "../../lib/domain/statistics/multilevel.ts";
import { mlCovariance } from "../../lib/domain/statistics/matrix.ts";
import { mulberry32 } from "../../lib/domain/statistics/prng.ts";
import { InstrumentHealthAccumulator, LOW_LOADING } from "../../lib/domain/scoring/instrument-health.ts";
import { ClusterMoments, PooledMoments } from "../../lib/domain/scoring/pooled-moments.ts";
import type { ResponseInput } from "../../lib/domain/scoring/types.ts";

const NOISE_ITEM = "cx.macro-digital-policies.2";

function pool(seedBase: number, banks: number, perGroup: number, corrupt = false): { bank: string; responses: ResponseInput[] }[] {
  const rng = mulberry32(99);
  return Array.from({ length: banks }, (_, b) => {
    const responses = generateResponses({
      framework: latestFramework,
      modules: ["cx"],
      groups: { managers: perGroup, employees: perGroup },
      seed: seedBase + b,
      groupBias: { managers: 0.3 },
    });
    if (corrupt)
      for (const r of responses)
        if (r.answers[NOISE_ITEM] != null) (r.answers as Record<string, unknown>)[NOISE_ITEM] = (1 + Math.floor(rng() * 5)) as 1;
    return { bank: `bank-${b}`, responses: responses.map((r) => ({ ...r, respondentId: `${b}-${r.respondentId}` })) };
  });
}

describe("pooled moments", () => {
  it("give the same covariance as the rows and the same ICC as the raw values", () => {
    const rng = mulberry32(5);
    const rows = Array.from({ length: 200 }, () => [1, 2, 3].map(() => 1 + Math.floor(rng() * 5)));
    const m = new PooledMoments(3);
    for (const r of rows) m.addComplete(Float64Array.from(r), 0);
    const direct = mlCovariance(rows).cov;
    m.covariance().forEach((v, i) => expect(v).toBeCloseTo(direct[i] as number, 12));

    const values = rows.map((r) => r[0] as number);
    const groups = rows.map((_, i) => `g${i % 7}`);
    const c = new ClusterMoments();
    values.forEach((v, i) => c.add(groups[i] as string, v));
    const expected = icc(values, groups);
    expect(c.icc()?.icc1).toBeCloseTo(expected?.icc1 as number, 12);
    expect(c.icc()?.icc2).toBeCloseTo(expected?.icc2 as number, 12);
  });

  it("skip a row with a missing value", () => {
    const m = new PooledMoments(2);
    expect(m.addComplete(Float64Array.from([1, NaN]), 0)).toBe(false);
    expect(m.n).toBe(0);
  });
});

describe("instrument health over a pool", () => {
  it("fits every cx factor, flags an item that is pure noise and only that one, and a 6-factor module model", () => {
    const acc = new InstrumentHealthAccumulator(latestFramework);
    for (const { bank, responses } of pool(10, 6, 40, true)) acc.add(bank, ["cx"], responses);
    const report = acc.report();
    expect(report.assessments).toBe(6);
    expect(report.respondents).toBe(480);
    const cx = report.factors.filter((f) => f.moduleKey === "cx");
    expect(cx).toHaveLength(6);
    for (const f of cx) expect(f.fit?.converged).toBe(true);
    const flagged = cx.flatMap((f) => f.items.filter((i) => i.problems.includes("low-loading")).map((i) => i.itemKey));
    expect(flagged).toEqual([NOISE_ITEM]);
    const good = cx.flatMap((f) => f.items).filter((i) => i.itemKey !== NOISE_ITEM);
    for (const i of good) expect(i.standardizedLoading).toBeGreaterThan(LOW_LOADING);
    // Factors not in the answered modules are withheld with the reason, not fitted on nothing.
    const ecrm = report.factors.find((f) => f.moduleKey === "ecrm");
    expect(ecrm?.fit).toBeNull();
    expect(ecrm?.withheld).toMatch(/complete responses/);
    const cxModule = report.modules.find((m) => m.moduleKey === "cx");
    expect(cxModule?.fit?.converged).toBe(true);
    expect(cxModule?.fit?.df).toBe((30 * 31) / 2 - (30 + 15 + 30));
    expect(cxModule?.maxFactorCorrelation).toBeLessThan(0.95);
    expect(report.modules.find((m) => m.moduleKey === "ecrm")?.withheld).toMatch(/too slow/);
    // Banks differ in their true maturity (a seed per bank): a clear between-bank share.
    expect(cx[0]?.icc?.banks).toBe(6);
    expect(cx[0]?.icc?.icc1).toBeGreaterThan(0.2);
  });

  it("finds managers and employees reading items alike when they do, and not when one group answers at random", () => {
    const alike = new InstrumentHealthAccumulator(latestFramework);
    for (const { bank, responses } of pool(30, 4, 60)) alike.add(bank, ["cx"], responses);
    const f0 = alike.report().factors[0];
    expect(f0?.invariance?.invariant).toBe(true);

    const unlike = new InstrumentHealthAccumulator(latestFramework);
    const rng = mulberry32(4);
    for (const { bank, responses } of pool(30, 4, 60)) {
      // Employees answer the first two items of the first factor at random: those loadings collapse for them only.
      for (const r of responses) {
        if (r.group !== "employees") continue;
        for (const k of ["cx.macro-digital-policies.1", "cx.macro-digital-policies.2"])
          if (r.answers[k] != null) (r.answers as Record<string, unknown>)[k] = (1 + Math.floor(rng() * 5)) as 1;
      }
      unlike.add(bank, ["cx"], responses);
    }
    const u0 = unlike.report().factors[0];
    expect(u0?.invariance?.invariant).toBe(false);
    expect(u0?.invariance?.pValue).toBeLessThan(0.001);
  });
});
