// The what-if section's view model: a projection (lib/domain/scenario) with names, levels as shown on the
// results page (the level of the two-decimal figure) and the peer position read off the benchmark's
// published figures. Plain JSON-safe data: it travels from a server action to the client component.
import { MATURITY_LEVEL_NAMES, type MaturityLevel } from "../../domain/instrument/types";
import { levelForScore } from "../../domain/scoring/maturity";
import { peerPosition, type DriverFlag, type PeerPosition, type ScenarioProjection } from "../../domain/scenario";
import type { PublishedDistribution } from "../../domain/benchmark/disclosure";
import { displayedScore } from "../results/format";

/** The level of a score as the results page shows it. */
export const shownLevel = (score: number): MaturityLevel => levelForScore(displayedScore(score));

export interface WhatIfRow {
  key: string;
  name: string;
  current: number | null;
  projected: number | null;
  currentLevel: MaturityLevel | null;
  projectedLevel: MaturityLevel | null;
  projectedLevelName: string | null;
  /** Target applied to a factor (null for categories, modules and untargeted factors). */
  target: MaturityLevel | null;
  changed: boolean;
  /** Where the current and the projected score fall among peers (null when not disclosed). */
  peers: { current: PeerPosition | null; projected: PeerPosition | null } | null;
}

export type WhatIfPeers =
  | { status: "ok"; round: number; peerCount: number }
  /** Why no peer position is shown: the benchmark's own reason (too few peers, overlap, plan, …). */
  | { status: "unavailable"; reason: string };

export interface WhatIfView {
  overall: WhatIfRow;
  modules: WhatIfRow[];
  categories: WhatIfRow[];
  factors: WhatIfRow[];
  flags: DriverFlag[];
  ignored: { factorKey: string; name: string; reason: string }[];
  peers: WhatIfPeers;
}

export interface WhatIfNames {
  modules: Readonly<Record<string, string>>;
  /** By "moduleKey/categoryKey". */
  categories: Readonly<Record<string, string>>;
  factors: Readonly<Record<string, string>>;
}

/** Peer figures by benchmark metric key ("overall", "module:cx", "category:ckm/causal", "factor:training"). */
export type PublishedPeers = Readonly<Record<string, PublishedDistribution | null>>;

function row(
  key: string,
  name: string,
  v: { current: number | null; projected: number | null },
  target: MaturityLevel | null,
  peers: PublishedDistribution | null | undefined,
): WhatIfRow {
  const projectedLevel = v.projected === null ? null : shownLevel(v.projected);
  return {
    key,
    name,
    current: v.current,
    projected: v.projected,
    currentLevel: v.current === null ? null : shownLevel(v.current),
    projectedLevel,
    projectedLevelName: projectedLevel === null ? null : MATURITY_LEVEL_NAMES[projectedLevel],
    target,
    changed: v.current !== v.projected,
    peers: peers ? { current: peerPosition(v.current, peers), projected: peerPosition(v.projected, peers) } : null,
  };
}

export function whatIfView(
  projection: ScenarioProjection,
  names: WhatIfNames,
  peers: { status: "ok"; round: number; peerCount: number; figures: PublishedPeers } | { status: "unavailable"; reason: string },
): WhatIfView {
  const figures: PublishedPeers = peers.status === "ok" ? peers.figures : {};
  return {
    overall: row("overall", "Overall maturity index", projection.overall, null, figures["overall"]),
    modules: projection.modules.map((m) => row(m.key, names.modules[m.key] ?? m.name, m, null, figures[`module:${m.key}`])),
    categories: projection.categories.map((c) =>
      row(
        `${c.moduleKey}/${c.key}`,
        names.categories[`${c.moduleKey}/${c.key}`] ?? c.key,
        c,
        null,
        figures[`category:${c.moduleKey}/${c.key}`],
      ),
    ),
    factors: projection.factors.map((f) => row(f.key, names.factors[f.key] ?? f.name, f, f.target, figures[`factor:${f.key}`])),
    flags: projection.flags,
    ignored: projection.ignored.map((i) => ({ ...i, name: names.factors[i.factorKey] ?? i.factorKey })),
    peers: peers.status === "ok" ? { status: "ok", round: peers.round, peerCount: peers.peerCount } : peers,
  };
}

/** A saved scenario as the results page lists it (its projection is recomputed when shown). */
export interface SavedScenarioView {
  id: string;
  name: string;
  assessmentId: string;
  targets: Record<string, MaturityLevel>;
  updatedAt: string;
}

/** Planned initiatives as targets: each linked, scored factor one level above its current level (capped at 5). */
export function targetsFromInitiatives(
  factorKeys: readonly string[],
  current: Readonly<Record<string, number | null>>,
): Record<string, MaturityLevel> {
  const out: Record<string, MaturityLevel> = {};
  for (const key of factorKeys) {
    const score = current[key];
    if (score === null || score === undefined) continue;
    out[key] = Math.min(5, shownLevel(score) + 1) as MaturityLevel;
  }
  return out;
}
