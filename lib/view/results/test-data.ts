// A realistic, seeded set of responses for tests and demos: respondents in groups answer every item of
// the chosen modules around a per-factor "true" maturity, with a group bias, noise, some "don't know"
// and some skipped items. Deterministic for a given seed.

import { allFactors } from "../../domain/instrument";
import type { FrameworkDef, LikertAnswer, ModuleKey } from "../../domain/instrument/types";
import type { ResponseInput } from "../../domain/scoring";
import { mulberry32 } from "../../domain/statistics/prng";

export interface GeneratedResponsesOptions {
  framework: FrameworkDef;
  modules: readonly ModuleKey[];
  /** Respondents per group, e.g. { managers: 12, employees: 18 }. */
  groups: Readonly<Record<string, number>>;
  seed?: number;
  /** Added to every answer of a group before rounding, e.g. { managers: 0.4 } (managers rate higher). */
  groupBias?: Readonly<Record<string, number>>;
  /** Share of "don't know" answers. Default 0.05. */
  dontKnowShare?: number;
  /** Share of skipped items. Default 0.03. */
  skipShare?: number;
  /** Mean latent score per factor; default: spread over 1.6–4.4 by the seed. */
  factorMeans?: Readonly<Record<string, number>>;
}

const clampLikert = (x: number): 1 | 2 | 3 | 4 | 5 => Math.min(5, Math.max(1, Math.round(x))) as 1 | 2 | 3 | 4 | 5;

export function generateResponses(opts: GeneratedResponsesOptions): ResponseInput[] {
  const rng = mulberry32(opts.seed ?? 20261129);
  const normal = () => {
    // Box–Muller; 1 − u avoids log(0).
    const u = 1 - rng();
    const v = rng();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const factors = allFactors(opts.framework, opts.modules);
  const means = new Map(factors.map((f) => [f.key, opts.factorMeans?.[f.key] ?? 1.6 + rng() * 2.8]));
  const dk = opts.dontKnowShare ?? 0.05;
  const skip = opts.skipShare ?? 0.03;

  const out: ResponseInput[] = [];
  for (const [group, count] of Object.entries(opts.groups)) {
    const bias = opts.groupBias?.[group] ?? 0;
    for (let r = 0; r < count; r++) {
      const leniency = normal() * 0.3;
      const answers: Record<string, LikertAnswer> = {};
      for (const f of factors) {
        const personal = (means.get(f.key) ?? 3) + bias + leniency + normal() * 0.35;
        for (const item of f.items) {
          const roll = rng();
          if (roll < skip) continue;
          if (roll < skip + dk) {
            answers[item.key] = null;
            continue;
          }
          const agree = clampLikert(personal + normal() * 0.45);
          answers[item.key] = item.reverse ? ((6 - agree) as LikertAnswer) : agree;
        }
      }
      out.push({ respondentId: `${group}-${String(r + 1).padStart(3, "0")}`, group, answers });
    }
  }
  return out;
}
