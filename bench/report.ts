// Executive report PDF: render time and size for the demo assessment (30 respondents) and for a
// 500-respondent one. Usage: npx tsx bench/report.ts [out.pdf]. Targets: < 3 s, < 2 MB.
import { writeFileSync } from "node:fs";
import { latestFramework } from "../lib/domain/instrument/index.ts";
import { demoReportInput } from "../lib/delivery/reports/demo-report-input.ts";
import { renderExecutiveReport } from "../lib/delivery/reports/render-report.ts";

const out = process.argv[2];
for (const respondents of [30, 500]) {
  const t0 = performance.now();
  const input = demoReportInput(respondents);
  const t1 = performance.now();
  const runs: number[] = [];
  let size = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const pdf = await renderExecutiveReport(input, latestFramework);
    runs.push(performance.now() - start);
    size = pdf.length;
    if (out && respondents === 30 && i === 0) writeFileSync(out, pdf);
  }
  const first = runs[0] ?? 0;
  const warm = Math.min(...runs.slice(1));
  console.log(
    `report ${respondents} respondents: compute ${(t1 - t0).toFixed(0)} ms, render first ${first.toFixed(0)} ms, warm ${warm.toFixed(0)} ms, size ${(size / 1024).toFixed(0)} KiB`,
  );
}
