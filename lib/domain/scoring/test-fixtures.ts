// Small, realistic frameworks for tests and benchmarks (the real meyar-2026.1 content lives in
// ../instrument/frameworks/). Shapes follow ../instrument/types.ts exactly.

import type { FactorDef, FrameworkDef, ItemDef, LevelStepActions, ModuleDef, ModuleKey } from "../instrument/types";
import { mulberry32 } from "../statistics/prng";
import type { ResponseInput } from "./types";

export function fixtureActions(factorKey: string): LevelStepActions[] {
  return ([1, 2, 3, 4] as const).map((from) => ({
    from,
    to: (from + 1) as 2 | 3 | 4 | 5,
    actions: [`${factorKey}: step ${from}→${from + 1}, action A`, `${factorKey}: step ${from}→${from + 1}, action B`],
  }));
}

export function fixtureFactor(moduleKey: ModuleKey, key: string, reverse: readonly boolean[], category?: string): FactorDef {
  const items: ItemDef[] = reverse.map((r, i) => ({
    key: `${moduleKey}.${key}.${i + 1}`,
    text: `Statement ${i + 1} about ${key}.`,
    reverse: r,
  }));
  return {
    key,
    name: key.charAt(0).toUpperCase() + key.slice(1).replace(/-/g, " "),
    definition: `How well the bank handles ${key}.`,
    ...(category === undefined ? {} : { category }),
    sources: ["001"],
    items,
    rubric: {
      1: `${key}: ad hoc.`,
      2: `${key}: first practices.`,
      3: `${key}: defined and documented.`,
      4: `${key}: measured and managed.`,
      5: `${key}: continuously optimised.`,
    },
    actions: fixtureActions(key),
  };
}

/**
 * Tiny framework used by the hand-worked examples:
 *  cx (categories policy, structure): vision [item 2 reverse] (policy), governance (policy), channels (structure)
 *  ecrm (no categories): infrastructure [item 3 reverse], training
 *  ckm (optional): capture
 */
export function tinyFramework(): FrameworkDef {
  const modules: ModuleDef[] = [
    {
      key: "cx",
      name: "Digital CX management",
      description: "Test module with categories.",
      optional: false,
      categories: [
        { key: "policy", name: "Macro digital policies", description: "" },
        { key: "structure", name: "CX structures", description: "" },
      ],
      factors: [
        fixtureFactor("cx", "vision", [false, true], "policy"),
        fixtureFactor("cx", "governance", [false, false], "policy"),
        fixtureFactor("cx", "channels", [false, false], "structure"),
      ],
    },
    {
      key: "ecrm",
      name: "e-CRM customer interaction",
      description: "Test module without categories.",
      optional: false,
      factors: [fixtureFactor("ecrm", "infrastructure", [false, false, true]), fixtureFactor("ecrm", "training", [false, false])],
    },
    {
      key: "ckm",
      name: "Customer knowledge",
      description: "Optional test module.",
      optional: true,
      factors: [fixtureFactor("ckm", "capture", [false, false])],
    },
  ];
  return { version: "test-tiny.1", name: "Tiny test framework", publishedOn: "2026-01-01", sources: [], modules };
}

/** The three respondents of the worked example in scoring.test.ts (answers commented there). */
export function tinyResponses(): ResponseInput[] {
  return [
    {
      respondentId: "r1",
      group: "managers",
      answers: {
        "cx.vision.1": 4,
        "cx.vision.2": 2,
        "cx.governance.1": 3,
        "cx.governance.2": 4,
        "cx.channels.1": 5,
        "cx.channels.2": null,
        "ecrm.infrastructure.1": 4,
        "ecrm.infrastructure.2": 3,
        "ecrm.infrastructure.3": 1,
        "ecrm.training.1": 2,
        "ecrm.training.2": 2,
      },
    },
    {
      respondentId: "r2",
      group: "managers",
      answers: {
        "cx.vision.1": 3,
        "cx.vision.2": 4,
        "cx.governance.1": 2,
        "cx.governance.2": null,
        "cx.channels.1": 4,
        "cx.channels.2": 4,
        "ecrm.infrastructure.1": 3,
        "ecrm.infrastructure.2": null,
        "ecrm.training.1": null,
        "ecrm.training.2": null,
      },
    },
    {
      respondentId: "r3",
      group: "employees",
      answers: {
        "cx.vision.1": 5,
        "cx.vision.2": 1,
        "cx.governance.1": 4,
        "cx.governance.2": 4,
        "cx.channels.1": 3,
        "cx.channels.2": 2,
        "ecrm.infrastructure.1": 2,
        "ecrm.infrastructure.2": 2,
        "ecrm.infrastructure.3": 4,
        "ecrm.training.1": 3,
        "ecrm.training.2": 4,
      },
    },
  ];
}

/**
 * Seeded synthetic framework of realistic size: `factorsPerModule` factors per module, `itemsPerFactor`
 * items each, every fourth item reversed; module cx grouped in six categories like the real one.
 */
export function syntheticFramework(factorsPerModule: readonly number[] = [12, 17, 12], itemsPerFactor = 4): FrameworkDef {
  const keys: ModuleKey[] = ["cx", "ecrm", "ckm"];
  const modules: ModuleDef[] = keys.slice(0, factorsPerModule.length).map((mk, mi) => {
    const count = factorsPerModule[mi] ?? 0;
    const categorised = mk === "cx";
    return {
      key: mk,
      name: `Module ${mk}`,
      description: "Synthetic.",
      optional: mk === "ckm",
      ...(categorised
        ? { categories: Array.from({ length: 6 }, (_, c) => ({ key: `cat-${c + 1}`, name: `Category ${c + 1}`, description: "" })) }
        : {}),
      factors: Array.from({ length: count }, (_, f) =>
        fixtureFactor(
          mk,
          `${mk}-f${f + 1}`,
          Array.from({ length: itemsPerFactor }, (_, i) => i === 3),
          categorised ? `cat-${(f % 6) + 1}` : undefined,
        ),
      ),
    };
  });
  return { version: "test-synthetic.1", name: "Synthetic", publishedOn: "2026-01-01", sources: [], modules };
}

/**
 * Seeded synthetic responses: each respondent has a latent maturity per factor, items scatter ±1 around
 * it (so alpha is realistic), `dontKnowRate` of answers are "don't know" and `skipRate` are skipped.
 */
export function syntheticResponses(
  framework: FrameworkDef,
  count: number,
  seed = 1,
  groups: readonly string[] = ["managers", "employees"],
  dontKnowRate = 0.05,
  skipRate = 0.02,
): ResponseInput[] {
  const rng = mulberry32(seed);
  const clamp = (x: number) => Math.min(5, Math.max(1, Math.round(x))) as 1 | 2 | 3 | 4 | 5;
  const out: ResponseInput[] = [];
  for (let r = 0; r < count; r++) {
    const answers: Record<string, 1 | 2 | 3 | 4 | 5 | null> = {};
    const bankLean = rng() * 2 - 1;
    for (const m of framework.modules) {
      for (const f of m.factors) {
        const latent = 2.2 + (f.key.length % 3) * 0.6 + bankLean * 0.7 + (rng() - 0.5);
        for (const item of f.items) {
          const u = rng();
          if (u < skipRate) continue;
          if (u < skipRate + dontKnowRate) {
            answers[item.key] = null;
            continue;
          }
          const x = clamp(latent + (rng() - 0.5) * 2);
          answers[item.key] = item.reverse ? clamp(6 - x) : x;
        }
      }
    }
    out.push({ respondentId: `resp-${String(r).padStart(4, "0")}`, group: groups[r % groups.length] ?? "managers", answers });
  }
  return out;
}
