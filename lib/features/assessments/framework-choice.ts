// What the create-assessment form offers: the latest framework and its modules with their sizes.
import "server-only";
import { latestFramework } from "../../domain/instrument/index.ts";
import type { FrameworkChoice } from "../../view/assessments/framework-choice.ts";

export type { FrameworkChoice };

export function latestFrameworkChoice(): FrameworkChoice {
  return {
    version: latestFramework.version,
    name: latestFramework.name,
    modules: latestFramework.modules.map((m) => ({
      key: m.key,
      name: m.name,
      optional: m.optional,
      factorCount: m.factors.length,
      itemCount: m.factors.reduce((n, f) => n + f.items.length, 0),
    })),
  };
}
