// Seeded pseudo-random numbers. Math.random cannot be seeded, and every figure Meyar shows (the
// bootstrap bands in particular) must be reproducible from the stored inputs and a seed.

/** A source of uniform floats in [0, 1). */
export type Rng = () => number;

/**
 * mulberry32 (Tommy Ettinger, public domain): 32-bit state, period 2³², passes gjrand/PractRand to
 * several GB — ample for 10⁶ draws per bootstrap, and fast because it stays in int32 arithmetic.
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** Fill `out` with n indices drawn uniformly with replacement from [0, n) (one bootstrap resample). */
export function resampleIndices(rng: Rng, n: number, out: Uint32Array): Uint32Array {
  for (let i = 0; i < n; i++) out[i] = Math.floor(rng() * n);
  return out;
}
