// Random and hostile SSIMs: the parser either accepts (and then the analysis runs) or refuses with
// its own clear error; it never throws anything else, loops or returns a malformed result.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { analyseSsim } from "./analyse";
import { parseSsim } from "./ssim";
import { IsmInputError } from "./types";

const letters = fc.constantFrom("V", "A", "X", "O", "v", "x", "?", " ", "1", "", "VV", "\u0000");

describe("SSIM parser under random input", () => {
  test("accepts or refuses clearly, for any shape of rows", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.array(
          fc.array(letters, { maxLength: 10 }).map((r) => r.join("")),
          { maxLength: 10 },
        ),
        (n, rows) => {
          const factors = Array.from({ length: n }, (_, i) => `F${i + 1}`);
          let parsed: ReturnType<typeof parseSsim> | undefined;
          try {
            parsed = parseSsim(factors, rows);
          } catch (e) {
            expect(e).toBeInstanceOf(IsmInputError);
            expect((e as Error).message.length).toBeGreaterThan(10);
            return;
          }
          expect(parsed).toHaveLength(n);
        },
      ),
      { numRuns: 500, seed: 3 },
    );
  });

  test("every well-formed SSIM is analysed into levels for every factor", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 12 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(fc.array(fc.constantFrom("V", "A", "X", "O"), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
            ),
          ),
        ([n, grid]) => {
          const factors = Array.from({ length: n }, (_, i) => `F${i + 1}`);
          const rows = grid.slice(0, n).map((r, i) => r.slice(i + 1).join(""));
          const result = analyseSsim(factors, rows);
          expect(result.levels).toHaveLength(n);
          for (const level of result.levels) expect(level).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 200, seed: 5 },
    );
  });
});
