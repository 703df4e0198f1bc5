import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { scoreAssessment, type AssessmentScores } from "./score-assessment";
import { tinyFramework } from "./test-fixtures";
import type { ResponseInput } from "./types";
import type { FrameworkDef, LikertAnswer } from "../instrument/types";
import type { ScoreValue } from "./maturity";

const FW = tinyFramework();
const ITEM_KEYS = FW.modules.filter((m) => m.key !== "ckm").flatMap((m) => m.factors.flatMap((f) => f.items.map((i) => i.key)));
const MODULES = ["cx", "ecrm"] as const;
const BOOT = { samples: 100, seed: 11 };

/** An answer, "don't know" (null) or skipped (undefined, left out of the object). */
const answer = fc.constantFrom<LikertAnswer | undefined>(1, 2, 3, 4, 5, null, undefined);
const fullAnswer = fc.constantFrom<LikertAnswer>(1, 2, 3, 4, 5);

function responsesArb(a: fc.Arbitrary<LikertAnswer | undefined>, minLength: number, maxLength: number) {
  return fc
    .array(
      fc.tuple(
        fc.constantFrom("managers", "employees", "branch-staff"),
        fc.array(a, { minLength: ITEM_KEYS.length, maxLength: ITEM_KEYS.length }),
      ),
      { minLength, maxLength },
    )
    .map((rows) =>
      rows.map(([group, vals], i): ResponseInput => {
        const answers: Record<string, LikertAnswer> = {};
        ITEM_KEYS.forEach((k, j) => {
          const v = vals[j];
          if (v !== undefined) answers[k] = v;
        });
        return { respondentId: `r${String(i).padStart(3, "0")}`, group, answers };
      }),
    );
}

const score = (responses: ResponseInput[], framework: FrameworkDef = FW, bootstrap: { samples: number; seed: number } | false = BOOT) =>
  scoreAssessment({ framework, modules: MODULES, responses }, { bootstrap });

function allValues(r: AssessmentScores): ScoreValue[] {
  return [r.overall, ...r.groups].flatMap((s) => [...s.factors, ...s.categories, ...s.modules, s.overall]);
}

function shuffle<T>(xs: readonly T[], keys: readonly number[]): T[] {
  return xs
    .map((x, i) => ({ x, k: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((e) => e.x);
}

describe("scoring properties", () => {
  it("every score is within [1, 5] / [0, 100] or null, never NaN; intervals too", () => {
    fc.assert(
      fc.property(responsesArb(answer, 0, 10), (responses) => {
        const r = score(responses);
        for (const v of allValues(r)) {
          if (v.mean === null) expect(v.percent).toBeNull();
          else {
            expect(v.mean).toBeGreaterThanOrEqual(1);
            expect(v.mean).toBeLessThanOrEqual(5);
            expect(v.percent!).toBeGreaterThanOrEqual(0);
            expect(v.percent!).toBeLessThanOrEqual(100);
            expect([1, 2, 3, 4, 5]).toContain(v.level);
          }
        }
        const iv = r.intervals!;
        for (const ci of [iv.overall, ...Object.values(iv.factors), ...Object.values(iv.modules)]) {
          if (ci === null) continue;
          expect(ci.lower).toBeGreaterThanOrEqual(1);
          expect(ci.upper).toBeLessThanOrEqual(5);
          expect(ci.lower).toBeLessThanOrEqual(ci.upper);
        }
        expect(JSON.stringify(r)).not.toContain("NaN");
      }),
      { numRuns: 60 },
    );
  });

  it("is exactly invariant under respondent permutation (bootstrap included)", () => {
    fc.assert(
      fc.property(responsesArb(answer, 1, 10), fc.array(fc.integer(), { minLength: 1, maxLength: 10 }), (responses, keys) => {
        expect(score(shuffle(responses, keys))).toEqual(score(responses));
      }),
      { numRuns: 40 },
    );
  });

  it("is invariant under item order within factors", () => {
    fc.assert(
      fc.property(responsesArb(answer, 1, 10), fc.array(fc.integer(), { minLength: 3, maxLength: 3 }), (responses, keys) => {
        const reordered: FrameworkDef = {
          ...FW,
          modules: FW.modules.map((m) => ({ ...m, factors: m.factors.map((f) => ({ ...f, items: shuffle(f.items, keys) })) })),
        };
        const a = score(responses, FW, false);
        const b = score(responses, reordered, false);
        a.overall.factors.forEach((f, i) => {
          const g = b.overall.factors[i]!;
          if (f.mean === null) expect(g.mean).toBeNull();
          else expect(g.mean!).toBeCloseTo(f.mean, 12);
        });
        expect(b.overall.overall.mean ?? -1).toBeCloseTo(a.overall.overall.mean ?? -1, 12);
      }),
      { numRuns: 40 },
    );
  });

  it("answering x on a reverse item scores exactly like 6 − x on the same item without the reverse flag", () => {
    const flipped: FrameworkDef = {
      ...FW,
      modules: FW.modules.map((m) => ({
        ...m,
        factors: m.factors.map((f) => ({ ...f, items: f.items.map((i) => ({ ...i, reverse: false })) })),
      })),
    };
    const reverseKeys = new Set(FW.modules.flatMap((m) => m.factors.flatMap((f) => f.items.filter((i) => i.reverse).map((i) => i.key))));
    fc.assert(
      fc.property(responsesArb(answer, 1, 8), (responses) => {
        const mirrored = responses.map((r) => ({
          ...r,
          answers: Object.fromEntries(
            Object.entries(r.answers).map(([k, v]) => [k, reverseKeys.has(k) && typeof v === "number" ? ((6 - v) as LikertAnswer) : v]),
          ),
        }));
        const a = score(responses);
        const b = score(mirrored, flipped);
        expect(b.overall).toEqual(a.overall);
        expect(b.groups).toEqual(a.groups);
        expect(b.intervals).toEqual(a.intervals);
      }),
      { numRuns: 40 },
    );
  });

  it("adding a respondent who answers exactly the current mean leaves every mean unchanged", () => {
    // Pair every respondent with its mirror image (6 − x everywhere, same don't-knows): each factor
    // mean is then exactly 3, and a respondent answering 3 everywhere answers exactly that mean.
    fc.assert(
      fc.property(responsesArb(answer, 1, 6), (responses) => {
        const mirror = responses.map((r) => ({
          respondentId: `${r.respondentId}-m`,
          group: r.group,
          answers: Object.fromEntries(
            Object.entries(r.answers).map(([k, v]) => [k, typeof v === "number" ? ((6 - v) as LikertAnswer) : v]),
          ),
        }));
        const base = score([...responses, ...mirror], FW, false);
        const atMean: ResponseInput = {
          respondentId: "zz-at-mean",
          group: "managers",
          answers: Object.fromEntries(ITEM_KEYS.map((k) => [k, 3])),
        };
        const more = score([...responses, ...mirror, atMean], FW, false);
        base.overall.factors.forEach((f, i) => {
          if (f.mean === null) return; // nobody answered: the new respondent creates the first score
          expect(f.mean).toBeCloseTo(3, 12);
          expect(more.overall.factors[i]!.mean!).toBeCloseTo(f.mean, 12);
        });
      }),
      { numRuns: 40 },
    );
  });

  it("bootstrap intervals contain the point estimate for non-degenerate data", () => {
    fc.assert(
      fc.property(responsesArb(fullAnswer, 5, 15), fc.integer(), (responses, seed) => {
        const r = score(responses, FW, { samples: 200, seed });
        const o = r.overall.overall.mean!;
        expect(r.intervals!.overall!.lower).toBeLessThanOrEqual(o + 1e-12);
        expect(r.intervals!.overall!.upper).toBeGreaterThanOrEqual(o - 1e-12);
        for (const f of r.overall.factors) {
          const ci = r.intervals!.factors[f.key]!;
          expect(ci.lower).toBeLessThanOrEqual(f.mean! + 1e-12);
          expect(ci.upper).toBeGreaterThanOrEqual(f.mean! - 1e-12);
        }
      }),
      { numRuns: 30 },
    );
  });

  it("is deterministic for a fixed seed", () => {
    fc.assert(
      fc.property(responsesArb(answer, 1, 10), fc.integer(), (responses, seed) => {
        const opts = { samples: 100, seed };
        expect(score(responses, FW, opts)).toEqual(score(responses, FW, opts));
      }),
      { numRuns: 30 },
    );
  });
});
