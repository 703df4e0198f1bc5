import { describe, it, expect } from "vitest";
import { matrixToSsim, parseSsim, ssimToMatrix, validateMatrix } from "./ssim";
import { IsmInputError } from "./types";

const abc = ["Alpha", "Beta", "Gamma"];

function errorOf(fn: () => unknown): IsmInputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof IsmInputError) return err;
    throw err;
  }
  throw new Error("expected an IsmInputError");
}

describe("ssimToMatrix", () => {
  it("maps V, A, X, O onto directed cells with a unit diagonal", () => {
    // (1,2)=V: 1→2; (1,3)=A: 3→1; (2,3)=X: 2↔3.
    expect(ssimToMatrix(abc, ["VA", "X", ""])).toEqual([
      [1, 1, 0],
      [0, 1, 1],
      [1, 1, 1],
    ]);
  });

  it("accepts lowercase letters and an omitted empty last row", () => {
    expect(ssimToMatrix(abc, ["va", "x"])).toEqual(ssimToMatrix(abc, ["VA", "X", ""]));
  });

  it("round-trips through matrixToSsim", () => {
    const rows = ["VAXO", "OXA", "VV", "A", ""];
    expect(matrixToSsim(ssimToMatrix(["a", "b", "c", "d", "e"], rows))).toEqual(rows);
  });
});

describe("parseSsim errors", () => {
  it.each([
    { rows: ["VA"], code: "row-count", row: undefined, column: undefined, text: "1 rows but there are 3 factors" },
    { rows: ["VA", "X", "", ""], code: "row-count", row: undefined, column: undefined, text: "4 rows" },
    { rows: ["V", "X", ""], code: "row-length", row: 1, column: undefined, text: 'row 1 ("Alpha") has 1 letters; expected 2' },
    { rows: ["VA", "XO", ""], code: "row-length", row: 2, column: undefined, text: 'row 2 ("Beta") has 2 letters' },
    { rows: ["VA", "X", "O"], code: "row-length", row: 3, column: undefined, text: "expected 0" },
    {
      rows: ["VQ", "X", ""],
      code: "unknown-letter",
      row: 1,
      column: 3,
      text: 'row 1 ("Alpha"), column 3 ("Gamma"): unknown letter "Q"',
    },
    { rows: ["VA", "1", ""], code: "unknown-letter", row: 2, column: 3, text: 'column 3 ("Gamma")' },
  ])("$code at row $row column $column", ({ rows, code, row, column, text }) => {
    const err = errorOf(() => parseSsim(abc, rows));
    expect(err.code).toBe(code);
    expect(err.row).toBe(row);
    expect(err.column).toBe(column);
    expect(err.message).toContain(text);
  });

  it("rejects an empty factor list and unnamed factors", () => {
    expect(errorOf(() => parseSsim([], [])).code).toBe("factor-list");
    expect(errorOf(() => parseSsim(["a", " "], ["V", ""])).message).toContain("Factor 2");
  });
});

describe("validateMatrix", () => {
  it("forces the diagonal to 1", () => {
    expect(
      validateMatrix(
        ["a", "b"],
        [
          [0, 1],
          [0, 0],
        ],
      ),
    ).toEqual([
      [1, 1],
      [0, 1],
    ]);
  });

  it("names the bad cell", () => {
    const err = errorOf(() =>
      validateMatrix(
        ["a", "b"],
        [
          [1, 2],
          [0, 1],
        ],
      ),
    );
    expect([err.code, err.row, err.column]).toEqual(["matrix-value", 1, 2]);
    expect(err.message).toContain('column 2 ("b")');
    expect(errorOf(() => validateMatrix(["a", "b"], [[1, 0]])).code).toBe("matrix-shape");
    expect(errorOf(() => validateMatrix(["a", "b"], [[1, 0], [1]])).row).toBe(2);
  });
});
