// Roadmap over the e-CRM factors with an ISM model, as plain view data.

import { MATURITY_LEVEL_NAMES, type FrameworkDef, type MaturityLevel } from "../../domain/instrument/types";
import type { IsmResult } from "../../domain/ism/types";
import { buildRoadmap, RoadmapInputError, type RoadmapItem } from "../../domain/roadmap";
import type { RoadmapItemView, RoadmapView } from "./types";

export interface RoadmapViewInput {
  framework: FrameworkDef;
  model: IsmResult;
  /** Factor key → 1–5 score or null, for the factors the roadmap covers. */
  factorScores: Record<string, number | null>;
  target: MaturityLevel;
  isDefaultTarget: boolean;
  benchmarkMedians?: Record<string, number>;
}

// The domain's short sentence and lane when it gives them (lib/domain/roadmap), else the first sentence.
function whyOf(it: RoadmapItem): string {
  const why = (it as RoadmapItem & { why?: string }).why;
  if (typeof why === "string" && why.length > 0) return why;
  const first = it.reason.split(/(?<=\.)\s/)[0] ?? it.reason;
  return first.length > 160 ? `${first.slice(0, 157)}…` : first;
}

function laneOf(it: RoadmapItem): string {
  const lane = (it as RoadmapItem & { lane?: string }).lane;
  return typeof lane === "string" ? lane : it.ism ? "ism" : "ecrm";
}

function itemView(it: RoadmapItem): RoadmapItemView {
  return {
    rank: it.rank,
    phase: it.phase,
    factorKey: it.factorKey,
    name: it.name,
    currentScore: it.currentScore,
    currentLevel: it.currentLevel,
    currentLevelName: MATURITY_LEVEL_NAMES[it.currentLevel],
    targetLevel: it.targetLevel,
    targetLevelName: MATURITY_LEVEL_NAMES[it.targetLevel],
    gap: it.gap,
    priority: it.priority.value,
    ismLevel: it.ism?.level ?? null,
    lane: laneOf(it),
    why: whyOf(it),
    reason: it.reason,
    rubric: { current: it.rubric.current, target: it.rubric.target },
    actions: it.actions.map((a) => ({ from: a.from, to: a.to, actions: [...a.actions] })),
    waitsFor: it.waitsFor.map((w) => ({ key: w.key, name: w.name, phase: w.phase })),
  };
}

export function buildRoadmapView(input: RoadmapViewInput): RoadmapView {
  const names = new Map<string, string>();
  for (const m of input.framework.modules) for (const f of m.factors) names.set(f.key, f.name);
  const hierarchy = input.model.source === "published" ? "levels" : "reachability";
  const base: RoadmapView = {
    target: { level: input.target, levelName: MATURITY_LEVEL_NAMES[input.target], isDefault: input.isDefaultTarget },
    hierarchy,
    phases: [],
    meetingTarget: [],
    unscored: [],
    consistencyFlags: [],
    message: null,
    error: null,
  };
  const keys = Object.keys(input.factorScores);
  if (keys.length === 0) return { ...base, message: "The e-CRM module is not part of this assessment, so there is no roadmap." };

  const medians: Record<string, number> = {};
  for (const [k, v] of Object.entries(input.benchmarkMedians ?? {})) if (k in input.factorScores) medians[k] = v;

  let roadmap;
  try {
    roadmap = buildRoadmap({
      factorScores: input.factorScores,
      target: { kind: "overall", level: input.target },
      ism: input.model,
      framework: input.framework,
      benchmarkMedians: medians,
      hierarchy,
    });
  } catch (e) {
    if (e instanceof RoadmapInputError) return { ...base, error: `The roadmap could not be built: ${e.message}` };
    throw e;
  }

  const phases = roadmap.phases.map((p) => ({ phase: p.phase, items: p.items.map(itemView) }));
  const scored = keys.length - roadmap.unscored.length;
  const message =
    scored === 0
      ? "No e-CRM factor has been scored yet, so there is nothing to plan."
      : phases.length === 0
        ? `Every scored e-CRM factor already meets the target (${MATURITY_LEVEL_NAMES[input.target]}, level ${input.target}). Choose a higher target to plan further.`
        : null;

  return {
    ...base,
    phases,
    meetingTarget: roadmap.meetingTarget.map((m) => ({
      factorKey: m.factorKey,
      name: names.get(m.factorKey) ?? m.factorKey,
      currentLevel: m.currentLevel,
      targetLevel: m.targetLevel,
    })),
    unscored: roadmap.unscored.map((k) => ({ key: k, name: names.get(k) ?? k })),
    consistencyFlags: roadmap.consistencyFlags.map((f) => ({ factorKey: f.factorKey, name: f.name, level: f.level, message: f.message })),
    message,
  };
}
