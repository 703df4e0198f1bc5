// k-anonymity of peer figures: a peer group of fewer than K distinct institutions yields no figures,
// so that nobody can read one institution's scores off a narrow filter. K is 5 by default and may be
// raised (never lowered) with MEYAR_BENCHMARK_MIN_PEERS.

export const DEFAULT_MIN_PEERS = 5;

/** K from the environment value: at least DEFAULT_MIN_PEERS; an invalid value is ignored. */
export function minPeersFrom(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > DEFAULT_MIN_PEERS ? n : DEFAULT_MIN_PEERS;
}

export type PeerCheck = { ok: true; peers: number; k: number } | { ok: false; peers: number; k: number; reason: string };

/** Whether `peers` distinct institutions are enough to show figures. */
export function checkPeerGroup(peers: number, k: number = DEFAULT_MIN_PEERS): PeerCheck {
  const min = Math.max(k, DEFAULT_MIN_PEERS);
  if (peers >= min) return { ok: true, peers, k: min };
  // The exact count below K is not said: "one state bank in region X" would itself identify a bank.
  const reason = `Fewer than ${min} institutions match these filters. Peer figures are shown only for groups of at least ${min} institutions, so that no institution can be singled out; widen the filters.`;
  return { ok: false, peers, k: min, reason };
}
