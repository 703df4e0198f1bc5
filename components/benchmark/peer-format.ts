import { formatScore } from "@/lib/view/results/format";

/** A published peer figure: one decimal, as the disclosure policy rounds it (docs/BENCHMARK.md). */
export function formatPeerScore(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? formatScore(null) : x.toFixed(1);
}
