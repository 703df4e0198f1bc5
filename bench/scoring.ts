// Benchmark: full scoring (overall + 2 groups) + reliability + 1,000-sample bootstrap on a synthetic
// framework of realistic size (41 factors × 4 items = 164 items over 3 modules) and 500 respondents.
// Run: npx tsx bench/scoring.ts   (add --expose-gc via NODE_OPTIONS for steadier heap figures)

import os from "node:os";
import { syntheticFramework, syntheticResponses } from "../lib/domain/scoring/test-fixtures";
import {
  bootstrapIntervals,
  buildPlan,
  computeReliability,
  computeScoreSet,
  prepareResponses,
  scoreAssessment,
} from "../lib/domain/scoring/index";
import { compositeIntervals } from "../lib/domain/scoring/composite-intervals";
import { timeSync } from "./support/stats.ts";

const WARMUP = 20;
const RUNS = 100;
const framework = syntheticFramework([12, 17, 12], 4);
const responses = syntheticResponses(framework, 500, 42);
const modules = ["cx", "ecrm", "ckm"] as const;
const factorCount = framework.modules.reduce((s, m) => s + m.factors.length, 0);
const itemCount = framework.modules.reduce((s, m) => s + m.factors.reduce((t, f) => t + f.items.length, 0), 0);

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

const time = (label: string, fn: () => unknown) => timeSync(label, fn, { warmup: WARMUP, runs: RUNS, digits: 2, width: 46 });

console.log(
  `framework: ${factorCount} factors, ${itemCount} items, ${framework.modules.length} modules; respondents: ${responses.length} in 2 groups`,
);
console.log(
  `warm-up ${WARMUP} runs, then ${RUNS} timed runs${gc ? " (gc exposed)" : ""}; load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")} on ${os.cpus().length} CPUs`,
);
const heapBefore = heapMb();

time("full: scoreAssessment + 1,000-sample bootstrap", () =>
  scoreAssessment({ framework, modules, responses }, { bootstrap: { samples: 1000, seed: 1 } }),
);
time("  scoreAssessment without bootstrap", () => scoreAssessment({ framework, modules, responses }, { bootstrap: false }));
const plan = buildPlan(framework, modules);
const prep = prepareResponses(plan, responses);
time("  plan + validate/prepare responses", () => prepareResponses(buildPlan(framework, modules), responses));
time("  score set (all respondents)", () =>
  computeScoreSet(
    prep,
    prep.respondents.map((_, i) => i),
  ),
);
time("  reliability (alpha, alpha-if-deleted, rwg)", () => computeReliability(prep));
time("  bootstrap only (1,000 samples)", () => bootstrapIntervals(prep, { samples: 1000, seed: 1 }));
// Issue 14: overall + module bands by the stratified bootstrap-t in place of the percentile bootstrap.
time("issue 14: scoreAssessment + bootstrap-t overall/module", () =>
  scoreAssessment({ framework, modules, responses }, { bootstrap: false, compositeBands: { samples: 1000, seed: 1 } }),
);
time("issue 14 all: + item analysis, HTMT, r*wg(J), Welch/g/BH", () =>
  scoreAssessment(
    { framework, modules, responses },
    {
      bootstrap: false,
      compositeBands: { samples: 1000, seed: 1 },
      statistics: { factorBands: false, compare: ["managers", "employees"] },
    },
  ),
);
// What the results page computes: bootstrap-t bands for the overall index and modules, Student-t bands
// per factor, and the measurement-quality statistics (no percentile bootstrap).
time("results page: scoring + all bands + measurement quality", () =>
  scoreAssessment(
    { framework, modules, responses },
    {
      bootstrap: false,
      compositeBands: { samples: 1000, seed: 1 },
      factorIntervals: {},
      statistics: { factorBands: false, compare: ["managers", "employees"] },
    },
  ),
);
time("  bootstrap-t overall + 3 module bands only", () => compositeIntervals(prep, { samples: 1000, seed: 1 }));

for (let i = 0; i < 200; i++) scoreAssessment({ framework, modules, responses }, { bootstrap: { samples: 1000, seed: i } });
const heapAfter = heapMb();
console.log(`heap used: before ${heapBefore.toFixed(1)} MB, after ${WARMUP * 6 + RUNS * 6 + 200} runs ${heapAfter.toFixed(1)} MB`);

const r = scoreAssessment({ framework, modules, responses }, { bootstrap: { samples: 1000, seed: 1 } });
const o = r.overall.overall;
const ci = r.intervals?.overall;
const alphas = r.reliability.map((x) => x.alpha ?? NaN).sort((a, b) => a - b);
console.log(
  `sanity: overall ${o.mean?.toFixed(3)} (${o.percent?.toFixed(1)}/100, level ${o.level}), 95% CI [${ci?.lower.toFixed(3)}, ${ci?.upper.toFixed(3)}], ` +
    `answered ${(100 * (o.coverage.answeredShare ?? 0)).toFixed(1)}%, median alpha ${alphas[Math.floor(alphas.length / 2)]?.toFixed(2)}`,
);
