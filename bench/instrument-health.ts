// Benchmark: instrument health (pooled CFA per factor + the cx module model, metric invariance, ICC)
// over a large synthetic pool on the real framework, all modules. Bounded: answers are generated and
// folded in one assessment at a time, so memory does not grow with the pool.
// Run: npx tsx bench/instrument-health.ts [ASSESSMENTS=10000] [RESPONDENTS_PER_GROUP=10]
import { latestFramework, type ModuleKey } from "../lib/domain/instrument/index";
import { InstrumentHealthAccumulator } from "../lib/domain/scoring/instrument-health";
import { generateResponses } from "../lib/view/results/test-data";
import { summariseInstrumentHealth } from "../lib/view/instrument-health/summary";

const assessments = Math.min(Number(process.argv[2] ?? 10_000), 50_000);
const perGroup = Math.min(Number(process.argv[3] ?? 10), 200);
const modules = latestFramework.modules.map((m) => m.key) as ModuleKey[];

const acc = new InstrumentHealthAccumulator(latestFramework);
let generateMs = 0;
let foldMs = 0;
const t0 = performance.now();
for (let a = 0; a < assessments; a++) {
  const g0 = performance.now();
  const responses = generateResponses({
    framework: latestFramework,
    modules,
    groups: { managers: perGroup, employees: perGroup },
    seed: 1000 + a,
    groupBias: { managers: 0.3 },
  });
  const g1 = performance.now();
  acc.add(`bank-${a}`, modules, responses);
  generateMs += g1 - g0;
  foldMs += performance.now() - g1;
}
const f0 = performance.now();
const report = acc.report();
const fitMs = performance.now() - f0;
const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
console.log(summariseInstrumentHealth(report, Math.round(foldMs + fitMs)).join("\n"));
console.log(
  `\n${assessments} assessments × ${2 * perGroup} respondents × ${report.factors.reduce((s, f) => s + f.items.length, 0)} items in fitted factor models`,
);
console.log(
  `generate answers ${(generateMs / 1000).toFixed(1)} s (not part of the report) · fold into moments ${(foldMs / 1000).toFixed(1)} s · fit models ${(fitMs / 1000).toFixed(2)} s · total ${((performance.now() - t0) / 1000).toFixed(1)} s · heap ${heapMb.toFixed(0)} MB`,
);
