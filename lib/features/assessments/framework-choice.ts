// What the create-assessment form offers: the latest framework and its modules with their sizes.
import { latestFramework } from "../../domain/instrument/index.ts";

export interface FrameworkChoice {
  version: string;
  name: string;
  modules: { key: string; name: string; optional: boolean; factorCount: number; itemCount: number }[];
}

export function latestFrameworkChoice(): FrameworkChoice {
  return {
    version: latestFramework.version,
    name: latestFramework.name,
    modules: latestFramework.modules.map((m) => ({
      key: m.key, name: m.name, optional: m.optional, factorCount: m.factors.length,
      itemCount: m.factors.reduce((n, f) => n + f.items.length, 0),
    })),
  };
}
