// Where a score falls in a peer distribution as the benchmark publishes it (disclosure.ts): between two of
// its published cut points (P10, Q1, median, Q3, P90; P10/P90 only for large groups). Read off the
// published, rounded figures only, so a what-if can ask about any score without revealing anything the
// benchmark page does not already show: a projected percentile rank from the raw peer values would let
// a user probe the pool score by score and undo the rounding and the Harrell–Davis smoothing.
import type { PublishedDistribution } from "../benchmark/disclosure";

export interface PeerPosition {
  /** Percentile range, e.g. 25–50 ("between the lower quartile and the median"). */
  from: number;
  to: number;
  label: string;
}

const ORDINAL: Record<number, string> = { 10: "10th", 25: "25th", 50: "50th", 75: "75th", 90: "90th" };

function label(from: number, to: number): string {
  if (from === 0) return `below the ${ORDINAL[to]} percentile`;
  if (to === 100) return `at or above the ${ORDINAL[from]} percentile`;
  return `${ORDINAL[from]}–${ORDINAL[to]} percentile`;
}

/** The published band a 1–5 score falls in; a score on a cut point counts as at it (the upper band). */
export function peerPosition(score: number | null, peers: PublishedDistribution | null): PeerPosition | null {
  if (score === null || !Number.isFinite(score) || peers === null) return null;
  const cuts: [number, number][] = [
    ...(peers.p10 === null ? [] : [[10, peers.p10] as [number, number]]),
    [25, peers.q1],
    [50, peers.median],
    [75, peers.q3],
    ...(peers.p90 === null ? [] : [[90, peers.p90] as [number, number]]),
  ];
  let from = 0;
  let to = cuts[0]![0];
  for (let i = 0; i < cuts.length; i++) {
    const [p, value] = cuts[i]!;
    if (score >= value) {
      from = p;
      to = cuts[i + 1]?.[0] ?? 100;
    }
  }
  return { from, to, label: label(from, to) };
}
