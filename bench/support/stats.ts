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
