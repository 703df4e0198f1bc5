// Small helpers shared by the bench scripts: percentiles and printing.
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

export function summarise(latenciesMs: number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  const s = [...latenciesMs].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1] ?? NaN };
}

export const ms = (x: number) => `${x.toFixed(1)} ms`;

/**
 * Runs `fn` `warmup` times, then `runs` timed times, and prints the median and p95 of wall-clock time
 * and of the process's user CPU time: on a shared, loaded machine the wall figure includes waiting for
 * a core, the CPU figure is the work itself.
 */
export function timeSync(label: string, fn: () => unknown, opts: { warmup: number; runs: number; digits?: number; width?: number }): void {
  for (let i = 0; i < opts.warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    cpu.push(process.cpuUsage(c0).user / 1000);
  }
  const w = summarise(wall);
  const c = summarise(cpu);
  const digits = opts.digits ?? 2;
  const f = (x: number) => x.toFixed(digits).padStart(digits + 5);
  console.log(`${label.padEnd(opts.width ?? 46)} wall median ${f(w.p50)} p95 ${f(w.p95)} ms | cpu median ${f(c.p50)} p95 ${f(c.p95)} ms`);
}
