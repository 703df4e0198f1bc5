// Coverage of the 95 % bands for the mean of respondent composites: the old percentile bootstrap
// (lib/domain/statistics/bootstrap.ts, unstratified) against the new stratified bootstrap-t
// (lib/domain/statistics/stratified-bootstrap.ts), on simulated Likert surveys.
// Run: npx tsx bench/coverage.ts [surveys=2000]
//
// Simulation (seeded, so the printed table is reproducible): each respondent has a trait
// θ ~ N(0, 1), managers shifted by +0.5; each of 4 items is a 1–5 answer cut from the latent
// 0.6 + 0.8θ + N(0, 0.7²) at thresholds −1.3, −0.6, 0.2, 1.3 (answers pile up on 4: left skew, as in
// maturity surveys). The composite is the mean of the 4 items. A survey invites managers and employees
// separately: n_m = round(0.3·n) managers (at least 2), the rest employees; the target is
// Σ_h (n_h/n)·μ_h with μ_h each group's true composite mean (Monte Carlo, 4·10⁵ draws per group).
// A withheld band counts as not covering. Loops are bounded: SURVEYS × 4 sample sizes × 2 methods.

import os from "node:os";
import { mulberry32, type Rng } from "../lib/domain/statistics/prng";
import { percentileBootstrap } from "../lib/domain/statistics/bootstrap";
import { stratifiedMeanInterval } from "../lib/domain/statistics/stratified-bootstrap";
import { studentTQuantile } from "../lib/domain/statistics/special";
import { syntheticFramework, syntheticResponses } from "../lib/domain/scoring/test-fixtures";
import { buildPlan, computeInstrumentStatistics, prepareResponses, scoreAssessment } from "../lib/domain/scoring/index";

const SURVEYS = Math.max(100, Math.min(20_000, Number(process.argv[2] ?? 2000) || 2000));
const SIZES = [5, 10, 30, 100];
const B = 1000;
const THRESHOLDS = [-1.3, -0.6, 0.2, 1.3];
const ITEMS = 4;

function gaussian(rng: Rng): number {
  // Box–Muller.
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function answer(latent: number): number {
  let a = 1;
  for (const t of THRESHOLDS) if (latent > t) a++;
  return a;
}

function composite(rng: Rng, manager: boolean): number {
  const theta = gaussian(rng) + (manager ? 0.5 : 0);
  let s = 0;
  for (let j = 0; j < ITEMS; j++) s += answer(0.6 + 0.8 * theta + 0.7 * gaussian(rng));
  return s / ITEMS;
}

const truthRng = mulberry32(20261202);
const trueMean = (manager: boolean) => {
  let s = 0;
  const draws = 400_000;
  for (let i = 0; i < draws; i++) s += composite(truthRng, manager);
  return s / draws;
};
const muManagers = trueMean(true);
const muEmployees = trueMean(false);

interface Tally {
  covered: number;
  withheld: number;
  width: number;
  widthCount: number;
}
const blank = (): Tally => ({ covered: 0, withheld: 0, width: 0, widthCount: 0 });

console.log(
  `true composite means: managers ${muManagers.toFixed(4)}, employees ${muEmployees.toFixed(4)}; ${SURVEYS} surveys per n, B = ${B}`,
);
const rows: string[] = [];
rows.push(
  "| n | managers/employees | old: percentile | new: stratified bootstrap-t | new withheld | Student t (reference) | mean width old / new |",
);
rows.push("|---|---|---|---|---|---|---|");
const rng = mulberry32(7);
const t0 = performance.now();
for (const n of SIZES) {
  const nm = Math.max(2, Math.round(0.3 * n));
  const target = (nm * muManagers + (n - nm) * muEmployees) / n;
  const old = blank();
  const neu = blank();
  const student = blank();
  const values = new Array<number>(n);
  const groups = Array.from({ length: n }, (_, i) => (i < nm ? "managers" : "employees"));
  for (let s = 0; s < SURVEYS; s++) {
    for (let i = 0; i < n; i++) values[i] = composite(rng, i < nm);
    const seed = 1000 * n + s;
    const p = percentileBootstrap(
      n,
      (idx) => {
        let t = 0;
        for (const i of idx) t += values[i] as number;
        return t / n;
      },
      { samples: B, seed },
    );
    if (p !== null) {
      if (p.lower <= target && target <= p.upper) old.covered++;
      old.width += p.upper - p.lower;
      old.widthCount++;
    }
    const q = stratifiedMeanInterval(values, groups, { samples: B, seed });
    if (q.status === "ok") {
      if (q.lower <= target && target <= q.upper) neu.covered++;
      neu.width += q.upper - q.lower;
      neu.widthCount++;
    } else neu.withheld++;
    let m = 0;
    for (const v of values) m += v;
    m /= n;
    let ss = 0;
    for (const v of values) ss += (v - m) ** 2;
    const half = studentTQuantile(0.975, n - 1) * Math.sqrt(ss / (n - 1) / n);
    if (m - half <= target && target <= m + half) student.covered++;
  }
  const pct = (t: Tally) => (t.covered / SURVEYS).toFixed(3);
  rows.push(
    `| ${n} | ${nm}/${n - nm} | ${pct(old)} | ${pct(neu)} | ${neu.withheld} | ${pct(student)} | ${(old.width / Math.max(1, old.widthCount)).toFixed(3)} / ${(neu.width / Math.max(1, neu.widthCount)).toFixed(3)} |`,
  );
}
console.log(rows.join("\n"));
console.log(`(simulation ${((performance.now() - t0) / 1000).toFixed(1)} s)`);

// Speed of the new statistics at bench/scoring.ts's size: 41 factors × 4 items (164 items), 500
// respondents in 2 groups (scoring's synthetic fixtures), on top of scoreAssessment.
const framework = syntheticFramework([12, 17, 12], 4);
const responses = syntheticResponses(framework, 500, 42);
const modules = ["cx", "ecrm", "ckm"] as const;
function medianMs(fn: () => unknown, runs = 21): { wall: number; cpu: number } {
  for (let i = 0; i < 3; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const a = performance.now();
    fn();
    wall.push(performance.now() - a);
    cpu.push(process.cpuUsage(c0).user / 1000);
  }
  const mid = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(runs / 2)] as number;
  return { wall: mid(wall), cpu: mid(cpu) };
}
const prep = prepareResponses(buildPlan(framework, modules), responses);
const show = (label: string, t: { wall: number; cpu: number }) =>
  console.log(`${label.padEnd(64)} wall median ${t.wall.toFixed(1).padStart(6)} ms | cpu median ${t.cpu.toFixed(1).padStart(6)} ms`);
console.log(
  `speed, 500 respondents × 164 items (41 factors, 3 modules), median of 21; load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}`,
);
show(
  "scoreAssessment with 1,000-sample percentile bootstrap (unchanged)",
  medianMs(() => scoreAssessment({ framework, modules, responses }, { bootstrap: { samples: B, seed: 1 } })),
);
show(
  "computeInstrumentStatistics without bands (items, omega, HTMT, Welch)",
  medianMs(() => computeInstrumentStatistics(prep, { compare: ["managers", "employees"], bootstrap: { samples: 2 } })),
);
show(
  "computeInstrumentStatistics with 41 stratified bootstrap-t bands",
  medianMs(() => computeInstrumentStatistics(prep, { compare: ["managers", "employees"], bootstrap: { samples: B, seed: 1 } })),
);
const ism = computeInstrumentStatistics(prep, { compare: ["managers", "employees"] });
const first = ism.factors[0];
console.log(
  `sanity: ${first?.factorKey} ${first?.items.reading} band ${first?.interval?.status === "ok" ? `[${first.interval.lower.toFixed(3)}, ${first.interval.upper.toFixed(3)}]` : first?.interval?.reason}`,
);
