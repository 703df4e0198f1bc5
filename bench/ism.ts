// ISM benchmark: `npx tsx bench/ism.ts`. Full analysis (parse SSIM + closure + components +
// levels + MICMAC + reduced digraph) on the seed's 17 factors and on 300-factor SSIMs made by
// a seeded RNG, so runs are repeatable. Prints median/p95 after warm-up, and heap use around
// many runs (after a forced GC) to show memory stays flat. Target: ISM(300) < 100 ms.

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { performance } from "node:perf_hooks";
import { analyseSsim, seedFactorNames, seedSsim } from "../lib/domain/ism/index";

// Expose the collector without requiring --expose-gc on the command line.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** mulberry32: a tiny seeded PRNG, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomSsim(n: number, seed: number, pick: (r: number) => string): { factors: string[]; ssim: string[] } {
  const next = rng(seed);
  const factors = Array.from({ length: n }, (_, i) => `F${i + 1}`);
  const ssim = factors.map((_, i) => Array.from({ length: n - 1 - i }, () => pick(next())).join(""));
  return { factors, ssim };
}

// Mixed: 70% O, 12% V, 12% A, 6% X — dense enough to form a large loop.
const mixed = randomSsim(300, 42, (r) => (r < 0.7 ? "O" : r < 0.82 ? "V" : r < 0.94 ? "A" : "X"));
// Acyclic: only V, 2% of pairs — many levels, no loops.
const dag = randomSsim(300, 7, (r) => (r < 0.02 ? "V" : "O"));
// Chain: i → i+1 only — 300 levels, the worst case for the level partition loop.
const chain = {
  factors: mixed.factors,
  ssim: mixed.factors.map((_, i) => (i < 299 ? "V" + "O".repeat(298 - i) : "")),
};

function bench(name: string, input: { factors: string[]; ssim: string[] }, runs: number): void {
  for (let i = 0; i < Math.max(10, runs / 10); i++) analyseSsim(input.factors, input.ssim);
  const times: number[] = [];
  let last = analyseSsim(input.factors, input.ssim);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = analyseSsim(input.factors, input.ssim);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  console.log(
    `${name.padEnd(30)} n=${String(input.factors.length).padStart(3)}  median ${at(0.5).toFixed(3)} ms  ` +
      `p95 ${at(0.95).toFixed(3)} ms  (runs ${runs}; levels ${last.levelCount}, components ${last.components.length}, ` +
      `largest ${Math.max(...last.components.map((c) => c.length))})`,
  );
}

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

console.log(`node ${process.version}, ${new Date().toISOString()}`);
bench("seed SSIM (Azimi et al. 2023)", { factors: seedFactorNames(), ssim: seedSsim() }, 2000);
bench("random mixed V/A/X/O", mixed, 200);
bench("random acyclic (V only)", dag, 200);
bench("chain", chain, 200);

const before = heapMb();
for (let i = 0; i < 500; i++) analyseSsim(mixed.factors, mixed.ssim);
const middle = heapMb();
for (let i = 0; i < 500; i++) analyseSsim(mixed.factors, mixed.ssim);
const after = heapMb();
console.log(
  `heap used (after GC): before ${before.toFixed(2)} MB, after 500 runs ${middle.toFixed(2)} MB, ` +
    `after 1000 runs ${after.toFixed(2)} MB`,
);
