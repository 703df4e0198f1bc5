// The reason for a roadmap item's place, in words a bank executive can read.

import type { MaturityLevel } from "../instrument/types";
import type { RoadmapItem } from "./types";

const names = (xs: readonly { name: string }[]) => xs.map((x) => x.name).join(", ");
const fmt = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

export function reasonFor(item: Omit<RoadmapItem, "reason">, levelNames: Record<MaturityLevel, string>): string {
  const parts: string[] = [];
  parts.push(
    `${levelNames[item.currentLevel]} (${item.currentLevel}) now, target ${levelNames[item.targetLevel]} (${item.targetLevel}): ` +
      `${item.gap} level${item.gap === 1 ? "" : "s"} to go`,
  );
  if (item.ism === null) {
    parts.push("not in the ISM model, so weighted neutrally and free of dependencies");
  } else {
    parts.push(`drives ${item.ism.drives} of the other ${item.ism.modelSize - 1} factors`);
    parts.push(`sits at level ${item.ism.level} of ${item.ism.levelCount}${item.ism.level === item.ism.levelCount ? " (the foundation)" : ""}`);
  }
  const p = item.priority;
  if (p.benchmarkMedian !== null) {
    parts.push(p.belowMedian > 0 ? `${fmt(p.belowMedian)} below the peer median` : "at or above the peer median");
  }
  if (item.cycleWith.length > 0) parts.push(`in a cycle with ${names(item.cycleWith)}, so improved in the same phase`);
  if (item.waitsFor.length > 0) {
    parts.push(`phase ${item.phase} because it builds on ${item.waitsFor.map((w) => `${w.name} (phase ${w.phase})`).join(", ")}`);
  } else {
    parts.push(`phase ${item.phase}: no driver below target holds it back`);
  }
  if (item.driversAtTarget.length > 0) parts.push(`drivers already at target: ${names(item.driversAtTarget)}`);
  const text = parts.join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}
