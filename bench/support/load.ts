// A bounded load generator for loopback benchmarks: `connections` workers send requests back to
// back until `total` have been sent; returns latencies, throughput and errors. Only 127.0.0.1.
import { summarise } from "./stats.ts";

export interface LoadResult {
  n: number;
  seconds: number;
  throughput: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
}

export async function runLoad(
  connections: number,
  total: number,
  request: (i: number) => { url: string; init?: RequestInit },
): Promise<LoadResult> {
  let next = 0;
  let errors = 0;
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, async () => {
    for (let i = next++; i < total; i = next++) {
      const { url, init } = request(i);
      if (!url.startsWith("http://127.0.0.1:")) throw new Error("load tests target loopback only");
      const t0 = performance.now();
      try {
        const res = await fetch(url, init);
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  const s = summarise(latencies);
  return { n: s.n, seconds, throughput: s.n / seconds, errors, p50: s.p50, p99: s.p99, max: s.max };
}

export function formatLoad(label: string, r: LoadResult): string {
  return `${label.padEnd(44)} ${String(r.n).padStart(6)} req in ${r.seconds.toFixed(1).padStart(5)} s · ${r.throughput.toFixed(0).padStart(5)} req/s · p50 ${r.p50.toFixed(1)} ms · p99 ${r.p99.toFixed(1)} ms · max ${r.max.toFixed(0)} ms · errors ${r.errors}`;
}
