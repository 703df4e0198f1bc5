// ISM level diagram and MICMAC scatter data: the model's structure with the bank's scores laid over it.

import type { FactorDef, FrameworkDef } from "../../domain/instrument/types";
import type { IsmResult } from "../../domain/ism/types";
import type { IsmDiagram, IsmNode, MicmacView, ScoreView } from "./types";
import { aboutPanelModel, aboutReferenceModel } from "./about-model";
import { rawSsimReferenceModel, referenceAudit } from "../../domain/ism";

const NO_SCORE: ScoreView = { mean: null, percent: null, level: null, levelName: null };

function caveatFor(model: IsmResult): string {
  const n = model.factors.length;
  const loop = model.cycles.find((c) => c.length === n && n > 1);
  if (model.source === "published") {
    return (
      "Levels as published in the source study. Arrows, driving and dependence power all follow the study's direct links " +
      "that run from a deeper to a higher published level, so every figure tells the same story. The study's own pairwise " +
      'matrix, taken as printed, closes into one loop; "About this model" explains which links cause it.'
    );
  }
  if (loop) return `Computed from the pairwise matrix: all ${n} factors reach each other (one feedback loop), so they share one level.`;
  return model.cycles.length > 0
    ? "Computed from the pairwise matrix. Factors in a feedback loop share a level; links inside a loop are not drawn."
    : "Computed from the pairwise matrix with the standard ISM algorithm.";
}

export function buildIsmViews(
  model: IsmResult,
  framework: FrameworkDef,
  scoreOf: (key: string) => ScoreView | undefined,
): { ism: IsmDiagram; micmac: MicmacView } {
  const defs = new Map<string, FactorDef>();
  for (const m of framework.modules) for (const f of m.factors) defs.set(f.key, f);
  const keys = model.factors;
  const nameAt = (i: number): string => {
    const key = keys[i] ?? "";
    return model.factorNames?.[i] ?? defs.get(key)?.name ?? key;
  };
  const edges = model.edges
    .filter((e) => keys[e.from] !== undefined && keys[e.to] !== undefined)
    .map((e) => ({ from: keys[e.from] as string, to: keys[e.to] as string }));

  const nodes: IsmNode[] = keys.map((key, i) => {
    const score = scoreOf(key) ?? NO_SCORE;
    return {
      key,
      name: nameAt(i),
      mean: score.mean,
      percent: score.percent,
      level: score.level,
      levelName: score.levelName,
      ismLevel: model.levels[i] ?? 1,
      drivingPower: model.drivingPower[i] ?? 0,
      dependencePower: model.dependencePower[i] ?? 0,
      quadrant: model.quadrants[i] ?? "autonomous",
      paradigmRoles: [...(defs.get(key)?.paradigmRoles ?? [])],
      drives: edges.filter((e) => e.from === key).map((e) => e.to),
      drivenBy: edges.filter((e) => e.to === key).map((e) => e.from),
    };
  });

  const levels = Array.from({ length: model.levelCount }, (_, k) => ({
    level: k + 1,
    factors: nodes.filter((nd) => nd.ismLevel === k + 1),
  }));

  const ism: IsmDiagram = {
    source: model.source,
    notes: model.notes,
    caveat: caveatFor(model),
    about:
      model.source === "published" ? aboutReferenceModel(referenceAudit(), rawSsimReferenceModel().levelCount) : aboutPanelModel(model),
    levelCount: model.levelCount,
    levels,
    edges,
    cycles: model.cycles.map((c) => c.map((i) => keys[i] ?? "")),
    factorCount: keys.length,
    scoredCount: nodes.filter((nd) => nd.mean !== null).length,
  };

  const points = nodes.map((nd) => ({
    key: nd.key,
    name: nd.name,
    driving: nd.drivingPower,
    dependence: nd.dependencePower,
    quadrant: nd.quadrant,
    level: nd.level,
  }));
  const distinct = new Set(points.map((p) => `${p.driving}:${p.dependence}`)).size;
  const note =
    points.length > 1 && distinct === 1
      ? `All ${points.length} factors sit on the same point (driving ${points[0]?.driving}, dependence ${points[0]?.dependence}): ` +
        "in the final reachability matrix every factor reaches every other, so MICMAC cannot tell them apart."
      : points.length > 1 && distinct < points.length
        ? "Some factors share a point; the table lists every factor."
        : null;

  return {
    ism,
    micmac: { threshold: model.micmacThreshold, maxPower: keys.length, points, note },
  };
}
