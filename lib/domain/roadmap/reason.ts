// The reason for a roadmap item's place, in words a bank executive can read: `whyFor` gives one short
// sentence for the list, `reasonFor` the long form shown when the item is expanded.

import type { MaturityLevel } from "../instrument/types";
import type { RoadmapItem } from "./types";

const names = (xs: readonly { name: string }[]) => xs.map((x) => x.name).join(", ");
const fmt = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
const count = (k: number) => `${k} factor${k === 1 ? "" : "s"}`;

type Draft = Omit<RoadmapItem, "reason" | "why">;

export function reasonFor(item: Draft, levelNames: Record<MaturityLevel, string>): string {
  const parts: string[] = [];
  parts.push(
    `${levelNames[item.currentLevel]} (${item.currentLevel}) now, target ${levelNames[item.targetLevel]} (${item.targetLevel}): ` +
      `${item.gap} level${item.gap === 1 ? "" : "s"} to go`,
  );
  if (item.ism === null) {
    const leads = item.detail.dependsOn;
    const led = item.detail.drives;
    if (leads.length > 0)
      parts.push(
        `not in the ISM model, so weighted neutrally; it follows ${names(leads)}, which lead${leads.length === 1 ? "s" : ""} its area`,
      );
    else if (led.length > 0) parts.push(`not in the ISM model, so weighted neutrally; it leads its area and goes before ${names(led)}`);
    else parts.push("not in the ISM model, so weighted neutrally and free of dependencies");
  } else {
    parts.push(`drives ${item.ism.drives} of the other ${item.ism.modelSize - 1} factors`);
    parts.push(
      `sits at level ${item.ism.level} of ${item.ism.levelCount}${item.ism.level === item.ism.levelCount ? " (the foundation)" : ""}`,
    );
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

/**
 * One short sentence: the factor's role in the structure and, when something below target holds it
 * back, the first thing it waits for. Counts are those of the structure the roadmap was built on.
 */
export function whyFor(item: Draft): string {
  const d = item.detail.drives.length;
  const a = item.detail.dependsOn.length;
  // The driver that sets its phase: one in the latest earlier phase (waitsFor is sorted by phase, then key).
  const last = item.waitsFor.filter((w) => w.phase === item.waitsFor[item.waitsFor.length - 1]?.phase)[0];
  const waits = last === undefined ? "" : `; after ${last.name} (phase ${last.phase})`;
  if (item.ism === null) {
    if (d > 0) return `Leads its area: goes before ${count(d)} outside the model.`;
    if (a > 0) return `Follows ${names(item.detail.dependsOn)}, which lead${a === 1 ? "s" : ""} its area.`;
    return `Outside the model: placed by its gap of ${item.gap} level${item.gap === 1 ? "" : "s"}.`;
  }
  if (item.cycleWith.length > 0) return `In a loop with ${count(item.cycleWith.length)}: improved together; drives ${count(d)}${waits}.`;
  if (a === 0 && d > 0) return `Foundation: drives ${count(d)}, depends on none.`;
  if (d === 0 && a > 0) return `Outcome: depends on ${count(a)}, drives none${waits}.`;
  if (a === 0 && d === 0) return "Stand-alone: drives no other factor and depends on none.";
  return `Builds on ${count(a)}, drives ${d}${waits}.`;
}
