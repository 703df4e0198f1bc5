import { describe, expect, it } from "vitest";
import { computeAssessmentResults } from "../../view/results/compute-results.ts";
import { publishedReferenceModel } from "../../domain/ism/index.ts";
import { latestFramework } from "../../domain/instrument/index.ts";
import { demoAnswers } from "../../../prisma/demo-assessment.ts";
import { buildComparison, COMPARISON_CSV_COLUMNS, comparisonCsv, type ClientResults } from "./compare.ts";

function client(slug: string, name: string, seed: number): ClientResults {
  const responses = demoAnswers(seed, 6).map((r, i) => ({
    respondentId: `${slug}-${i}`,
    group: r.group,
    answers: r.answers as Record<string, 1 | 2 | 3 | 4 | 5 | null>,
  }));
  const results = computeAssessmentResults({
    framework: latestFramework,
    modules: ["cx", "ecrm"],
    groups: ["managers", "employees"],
    responses,
    intervals: false,
    ismModel: publishedReferenceModel(),
    anonymityThreshold: 5,
  });
  return { client: { slug, name, assessmentId: `${slug}-a`, assessmentName: "Baseline", status: "CLOSED", respondents: 6 }, results };
}

describe("client comparison", () => {
  const clients = [client("a-bank", "A Bank", 1), client("b-bank", 'B Bank, "Ltd"', 2), client("c-bank", "=cmd()", 3)];
  const c = buildComparison(clients);

  it("has one overall row, one per module and one per factor, each with every client's score and the median", () => {
    expect(c.rows.filter((r) => r.kind === "overall")).toHaveLength(1);
    expect(c.rows.filter((r) => r.kind === "module").map((r) => r.key)).toEqual(["cx", "ecrm"]);
    expect(c.rows.filter((r) => r.kind === "factor")).toHaveLength(clients[0]?.results.factors.length ?? 0);
    const overall = c.rows[0];
    const scores = clients.map((x) => x.results.overall.mean ?? NaN);
    expect(overall?.scores).toEqual(scores);
    expect(overall?.market).toBe([...scores].sort((x, y) => x - y)[1]);
    // Portfolio figures are point scores: no bootstrap was run.
    expect(clients[0]?.results.bootstrap).toBeNull();
  });

  it("takes the market's medians from the benchmark pool when there is one, and says so", () => {
    const market = {
      round: 2026,
      institutions: 47,
      medians: new Map([
        ["overall", 3.1],
        ["module:cx", 2.9],
        ["factor:infrastructure", 3.4],
      ]),
    };
    const m = buildComparison(clients, [], market);
    expect(m.market).toEqual({ kind: "market-median", label: "Market median (47 institutions, 2026)" });
    expect(m.rows.find((r) => r.kind === "overall")?.market).toBe(3.1);
    expect(m.rows.find((r) => r.kind === "module" && r.key === "cx")?.market).toBe(2.9);
    expect(m.rows.find((r) => r.kind === "factor" && r.key === "infrastructure")?.market).toBe(3.4);
    // A metric the pool shows no figure for (too few institutions) has no market value, not the portfolio's.
    expect(m.rows.find((r) => r.kind === "module" && r.key === "ecrm")?.market).toBeNull();
  });

  it("exports one CSV line per row and client, quoting names and neutralising formulas", () => {
    const lines = comparisonCsv(c).trimEnd().split("\r\n");
    expect(lines[0]).toBe(COMPARISON_CSV_COLUMNS.join(","));
    expect(lines).toHaveLength(1 + c.rows.length * 3);
    expect(lines[2]).toContain(',b-bank,"B Bank, ""Ltd""",');
    expect(lines[3]).toContain(",c-bank,'=cmd(),");
    const cells = lines[1]?.split(",") ?? [];
    expect(cells.slice(0, 5)).toEqual(["overall", "", "overall", "Overall index", "a-bank"]);
    expect(Number(cells[COMPARISON_CSV_COLUMNS.indexOf("difference_to_market")])).toBeCloseTo(
      (c.rows[0]?.scores[0] ?? 0) - (c.rows[0]?.market ?? 0),
      3,
    );
  });

  it("with no client to compare, has no figures", () => {
    const empty = buildComparison([], [{ slug: "x", name: "X" }]);
    expect(empty.rows[0]).toMatchObject({ kind: "overall", scores: [], market: null });
    expect(comparisonCsv(empty).trimEnd().split("\r\n")).toHaveLength(1);
  });
});
