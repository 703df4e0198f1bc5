import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, csvLine, parseCsv, toCsv } from "./csv.ts";

describe("CSV (RFC 4180)", () => {
  it("quotes only fields with a comma, quote, CR or LF, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(3.25)).toBe("3.25");
    expect(csvLine(["a", 1, null, true])).toBe("a,1,,true\r\n");
  });

  it("round-trips any table of strings and numbers", () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom("a", " ", ",", '"', "\n", "\r", "é", "x") }),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (table) => {
        const cols = table[0]!.map((_, i) => ({ name: `c${i}`, value: (r: string[]) => r[i] ?? "" }));
        const rows = table.map((r) => cols.map((_, i) => r[i] ?? ""));
        const parsed = parseCsv(toCsv(cols, rows));
        expect(parsed[0]).toEqual(cols.map((c) => c.name));
        expect(parsed.slice(1)).toEqual(rows);
      }),
    );
  });

  it("writes numbers so that parsing gives back the identical double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: 1, max: 5 }), (x) => {
        expect(Number(parseCsv(csvLine([x]))[0]![0])).toBe(x);
      }),
    );
  });
});
