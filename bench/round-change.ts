// Benchmark: the change since the previous round (lib/domain/scoring/round-change.ts), as the results
// page computes it on each request: two rounds of `n` respondents on a framework of realistic size
// (41 factors × 4 items over 3 modules), 1,000 resamples. The reference measured in the same run is
// one round's full scoring with its bands (scoreAssessment), so the figure reads as "x times scoring".
// Run: npx tsx bench/round-change.ts [n=500]

import { scoreAssessment } from "../lib/domain/scoring/index";
import { roundChange } from "../lib/domain/scoring/round-change";
import { syntheticFramework, syntheticResponses } from "../lib/domain/scoring/test-fixtures";

const n = Number(process.argv[2] ?? 500);
const framework = syntheticFramework([12, 17, 12], 4);
const modules = ["cx", "ecrm", "ckm"] as const;
const before = syntheticResponses(framework, n, 1);
const after = syntheticResponses(framework, n, 2);

function median(label: string, runs: number, fn: () => unknown): number {
  for (let i = 0; i < 3; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  const m = t[Math.floor(runs / 2)] as number;
  console.log(`${label.padEnd(44)} median ${m.toFixed(1)} ms  (p90 ${(t[Math.floor(runs * 0.9)] as number).toFixed(1)} ms, ${runs} runs)`);
  return m;
}

const reference = median(`reference: scoring one round, n = ${n}`, 20, () =>
  scoreAssessment({ framework, modules: [...modules], responses: after }),
);
const change = median(`round change, two rounds of n = ${n}`, 20, () =>
  roundChange({ framework, modules, responses: before }, { framework, modules, responses: after }),
);
console.log(`ratio round change / scoring: ${(change / reference).toFixed(2)}`);
