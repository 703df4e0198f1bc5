import { describe, expect, it } from "vitest";
import { latestFramework } from "../../domain/instrument/index.ts";
import { formatIndex, formatScore } from "../../view/results/format.ts";
import { pdfPageCount, pdfTextLines } from "../../../tests/support/pdf-inspect.ts";
import { internalTextIn } from "../../view/results/internal-text.ts";
import { demoReportInput } from "./demo-report-input.ts";
import { DEMO_LABEL } from "./executive-report.tsx";
import { headlineGaps, headlineStrengths } from "./report-data.ts";
import { renderExecutiveReport } from "./render-report.ts";
import { roundChange } from "../../domain/scoring/round-change.ts";
import { roundChangeView, VERDICT_LABELS } from "../../view/results/round-change.ts";
import { formatGap } from "../../view/results/format.ts";
import { pdfText } from "./pdf-text.ts";
import { demoAnswers } from "../../../prisma/demo-assessment.ts";
import type { LikertAnswer } from "../../domain/instrument/types.ts";

describe("executive report PDF (demo assessment)", async () => {
  const input = demoReportInput();
  const pdf = await renderExecutiveReport(input, latestFramework);
  // Lines joined by spaces, so that phrases wrapped across lines are still found.
  const text = pdfTextLines(pdf).join(" ").replace(/\s+/g, " ");

  it("is an A4 PDF of 8–12 pages (one per section, the roadmap may run over), well under 2 MB", () => {
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(8);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(12);
    expect(Buffer.from(pdf).toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    expect(pdf.length).toBeLessThan(2 * 1024 * 1024);
  });

  it("has the cover with the demo label, and the engine's overall index and level", () => {
    expect(text).toContain("Atlas Bank (demo)");
    expect(text).toContain(DEMO_LABEL);
    const o = input.results.overall;
    expect(text).toContain(
      `Overall index ${formatIndex(o.percent)} of 100 (score ${formatScore(o.mean)} on 1 to 5), maturity level ${o.level} (${o.levelName})`,
    );
    expect(text).toContain(
      `95% interval of the index: ${formatIndex(o.interval?.lowerPercent)} to ${formatIndex(o.interval?.upperPercent)}`,
    );
  });

  it("names the headline strengths and gaps with their scores", () => {
    const [best] = headlineStrengths(input.results.factors);
    const [worst] = headlineGaps(input.results.factors);
    expect(best && worst).toBeTruthy();
    expect(text).toContain(`${best!.name}: ${formatScore(best!.mean)}`);
    expect(text).toContain(`${worst!.name}: ${formatScore(worst!.mean)}`);
    expect(best!.mean!).toBeGreaterThan(worst!.mean!);
  });

  it("has every section: charts, ISM diagram, roadmap with actions, method, sources", () => {
    for (const heading of [
      "Summary",
      "Scores by factor",
      "How the e-CRM factors drive each other",
      "Method and reliability",
      "Reliability per factor",
      "Sources",
    ]) {
      expect(text).toContain(heading);
    }
    const first = input.results.roadmap.phases[0]?.items[0];
    expect(first).toBeDefined();
    expect(text).toContain(`#1 ${first!.name}`);
    expect(text).toContain(first!.actions[0]!.actions[0]!);
    for (const node of input.results.ism.levels.flatMap((l) => l.factors)) expect(text).toContain(node.name.split(" ")[0]);
    expect(text).toContain("Azimi, S. M., Aria, K., & Jalali, S. M. (2023)");
  });

  it("cites papers, never corpus files, repository paths or settings", () => {
    expect(internalTextIn(text)).toEqual([]);
    expect(text).toContain("https://doi.org/10.61838/kman.ijimob.3.4.7");
    expect(text).toMatch(/\[ ?5 ?\] Developing a Framework to Integrate Customers/);
    expect(text).toContain(
      "Electronic customer relationship management (E-CRM) and its performance, challenges and solutions. (2018). 1(3), 33-50.",
    );
  });

  it("renders no benchmark section without benchmark data, and one with it", async () => {
    expect(text).not.toContain("Benchmark position");
    const withBenchmark = await renderExecutiveReport(
      { ...input, benchmark: { peerGroupLabel: "Private banks, Gulf", peers: 7, overallPercentile: 64 } },
      latestFramework,
    );
    expect(pdfTextLines(withBenchmark).join("\n")).toContain("Benchmark position");
  });

  it("labels real organisations' reports without the demo notice", async () => {
    const real = await renderExecutiveReport({ ...input, organization: { name: "Real Bank", isDemo: false } }, latestFramework);
    expect(pdfTextLines(real).join("\n")).not.toContain(DEMO_LABEL);
  });

  it("says what changed since the previous round, with the page's rows and verdicts, or why nothing is compared", async () => {
    const round = (seed: number) =>
      demoAnswers(seed, 30).map((r, i) => ({ respondentId: `r${i}`, group: r.group, answers: r.answers as Record<string, LikertAnswer> }));
    const change = roundChange(
      { framework: latestFramework, modules: ["cx", "ecrm"], responses: round(2025) },
      { framework: latestFramework, modules: ["cx", "ecrm"], responses: round(2026) },
    )!;
    const names = new Map<string, string>([
      ...input.results.modules.map((m) => [`module:${m.key}`, m.name] as const),
      ...input.results.factors.map((f) => [`factor:${f.key}`, f.name] as const),
    ]);
    const view = roundChangeView(change, { assessmentId: "prev", name: "Digital CX review 2025" }, names);
    const withChange = pdfTextLines(await renderExecutiveReport({ ...input, change: { view } }, latestFramework))
      .join(" ")
      .replace(/\s+/g, " ");
    expect(withChange).toContain("Change since the previous round (Digital CX review 2025)");
    expect(withChange).toContain(
      pdfText(`${formatScore(view.overall.before)} ${formatScore(view.overall.after)} ${formatGap(view.overall.delta)}`),
    );
    expect(withChange).toContain(VERDICT_LABELS[view.overall.verdict]);
    const improved = view.factors.filter((f) => f.verdict === "improved");
    expect(improved.length).toBeGreaterThan(0);
    for (const f of improved) expect(withChange).toContain(pdfText(`${f.name} (${formatGap(f.delta)})`));

    expect(text).not.toContain("Change since the previous round");
    const none = await renderExecutiveReport(
      { ...input, change: { message: "There is no earlier closed assessment to compare with." } },
      latestFramework,
    );
    expect(pdfTextLines(none).join(" ")).toContain("There is no earlier closed assessment to compare with.");
  });
});
