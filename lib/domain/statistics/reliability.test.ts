import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { alphaIfItemDeleted, cronbachAlpha } from "./reliability";

// Worked example, 5 respondents × 3 Likert items, computed by hand with exact fractions from
// Cronbach (1951), "Coefficient alpha and the internal structure of tests", Psychometrika 16, 297–334,
// eq. 2: α = k/(k−1)·(1 − Σs²ᵢ/s²ₜ). (The same 5×3 table appears in several teaching notes; we do
// not rely on their rounded answers but derive the exact value below.)
//   item variances: A 3,2,4,3,4 → 0.7; B 4,3,4,2,4 → 0.8; C 3,4,5,3,4 → 0.7; Σ = 2.2
//   totals 10,9,13,8,12 → mean 10.4, SS 17.2, s²ₜ = 4.3
//   α = 3/2 · (1 − 2.2/4.3) = 3/2 · 2.1/4.3 = 63/86 ≈ 0.732558
//   if deleted: A → 2·(1 − 1.5/2.2) = 7/11;  B → 2·(1 − 1.4/2) = 3/5;  C → 2·(1 − 1.5/2.3) = 16/23
const TABLE = [
  [3, 4, 3],
  [2, 3, 4],
  [4, 4, 5],
  [3, 2, 3],
  [4, 4, 4],
];

describe("Cronbach's alpha", () => {
  it("matches the exact hand-computed value 63/86", () => {
    const r = cronbachAlpha(TABLE);
    expect(r.alpha).toBeCloseTo(63 / 86, 12);
    expect(r.n).toBe(5);
    expect(r.k).toBe(3);
  });

  it("agrees with the covariance form α = k·c̄ / (v̄ + (k−1)·c̄)", () => {
    // Covariances (n−1): AB = 0.4, AC = 0.3, BC = 0.35 → c̄ = 1.05/3 (and 2.2 + 2·1.05 = 4.3 ✓); v̄ = 2.2/3.
    const cbar = 1.05 / 3;
    const vbar = 2.2 / 3;
    expect(cronbachAlpha(TABLE).alpha).toBeCloseTo((3 * cbar) / (vbar + 2 * cbar), 12);
  });

  it("alpha-if-item-deleted matches 7/11, 3/5, 16/23", () => {
    const d = alphaIfItemDeleted(TABLE);
    expect(d[0]).toBeCloseTo(7 / 11, 12);
    expect(d[1]).toBeCloseTo(3 / 5, 12);
    expect(d[2]).toBeCloseTo(16 / 23, 12);
  });

  it("uses listwise deletion: a respondent with a missing item is dropped", () => {
    const withMissing = [...TABLE, [5, null, 1]];
    const r = cronbachAlpha(withMissing);
    expect(r.n).toBe(5);
    expect(r.alpha).toBeCloseTo(63 / 86, 12);
  });

  it("is null (not NaN) when undefined: one item, one respondent, or zero total variance", () => {
    expect(cronbachAlpha([[1], [2], [3]]).alpha).toBeNull();
    expect(cronbachAlpha([[1, 2, 3]]).alpha).toBeNull();
    expect(
      cronbachAlpha([
        [3, 3],
        [3, 3],
        [3, 3],
      ]).alpha,
    ).toBeNull();
    expect(cronbachAlpha([]).alpha).toBeNull();
  });

  it("is 1 for perfectly parallel items", () => {
    expect(
      cronbachAlpha([
        [1, 1, 1],
        [3, 3, 3],
        [5, 5, 5],
      ]).alpha,
    ).toBeCloseTo(1, 12);
  });

  const likert = fc.integer({ min: 1, max: 5 });
  const matrix = fc
    .integer({ min: 2, max: 6 })
    .chain((k) => fc.array(fc.array(likert, { minLength: k, maxLength: k }), { minLength: 2, maxLength: 30 }));

  it("property: invariant under respondent permutation, and never above 1", () => {
    fc.assert(
      fc.property(matrix, fc.func(fc.integer()), (m, key) => {
        const shuffled = [...m].sort((a, b) => key(a) - key(b));
        const a = cronbachAlpha(m).alpha;
        const b = cronbachAlpha(shuffled).alpha;
        if (a === null) expect(b).toBeNull();
        else {
          expect(b).not.toBeNull();
          expect(b as number).toBeCloseTo(a, 9);
          expect(a).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it("property: never NaN, including for alpha-if-deleted", () => {
    fc.assert(
      fc.property(matrix, (m) => {
        const vals = [cronbachAlpha(m).alpha, ...alphaIfItemDeleted(m)];
        for (const v of vals) if (v !== null) expect(Number.isFinite(v)).toBe(true);
      }),
    );
  });
});
