"use client";

import { useEffect, useId, useRef, useState } from "react";
import { formatScore, levelName } from "@/lib/view/results/format";
import type { IsmDiagram, IsmNode } from "@/lib/view/results/types";
import { levelColour } from "../../lib/view/results/level-colours";

interface Arrow {
  from: string;
  to: string;
  d: string;
}

/** Curved arrows from each driver (lower box) to what it drives (higher box), measured from the DOM. */
function layoutArrows(container: HTMLElement, edges: IsmDiagram["edges"]): { arrows: Arrow[]; width: number; height: number } {
  const box = container.getBoundingClientRect();
  const rects = new Map<string, DOMRect>();
  container.querySelectorAll<HTMLElement>("[data-ism-node]").forEach((el) => {
    const key = el.dataset.ismNode;
    if (key) rects.set(key, el.getBoundingClientRect());
  });
  // Spread the ends of several arrows along a box's edge so they do not all meet in one point.
  const outs = new Map<string, string[]>();
  const ins = new Map<string, string[]>();
  for (const e of edges) {
    outs.set(e.from, [...(outs.get(e.from) ?? []), e.to]);
    ins.set(e.to, [...(ins.get(e.to) ?? []), e.from]);
  }
  const xAt = (r: DOMRect, k: number, n: number) => r.left - box.left + (r.width * (k + 1)) / (n + 1);
  const byX = (a: string, b: string) => (rects.get(a)?.left ?? 0) - (rects.get(b)?.left ?? 0);
  const arrows: Arrow[] = [];
  for (const e of edges) {
    const a = rects.get(e.from);
    const b = rects.get(e.to);
    if (!a || !b) continue;
    const o = [...(outs.get(e.from) ?? [])].sort(byX);
    const i = [...(ins.get(e.to) ?? [])].sort(byX);
    const x1 = xAt(a, o.indexOf(e.to), o.length);
    const x2 = xAt(b, i.indexOf(e.from), i.length);
    const upward = a.top >= b.bottom;
    const y1 = (upward ? a.top : a.bottom) - box.top;
    const y2 = (upward ? b.bottom : b.top) - box.top;
    const bend = (y2 - y1) / 2;
    arrows.push({ from: e.from, to: e.to, d: `M ${x1} ${y1} C ${x1} ${y1 + bend}, ${x2} ${y2 - bend}, ${x2} ${y2}` });
  }
  return { arrows, width: box.width, height: box.height };
}

interface NodeBoxProps {
  node: IsmNode;
  active: boolean;
  pinned: boolean;
  related: boolean;
  onPin: (key: string | null) => void;
  onHover: (key: string | null) => void;
}

function NodeBox({ node, active, pinned, related, onPin, onHover }: NodeBoxProps) {
  const c = levelColour(node.level);
  return (
    <button
      type="button"
      data-ism-node={node.key}
      aria-pressed={pinned}
      onClick={() => onPin(pinned ? null : node.key)}
      onMouseEnter={() => onHover(node.key)}
      onMouseLeave={() => onHover(null)}
      className={`w-[9.5rem] rounded-lg border-2 px-2 py-1.5 text-left text-xs shadow-sm transition sm:w-40 ${
        active ? "border-slate-900 ring-2 ring-brand-500" : related ? "border-slate-900" : "border-white/60"
      }`}
      style={{ backgroundColor: c.fill, color: c.text }}
    >
      <span className="block font-semibold leading-tight">{node.name}</span>
      <span className="mt-0.5 block tabular-nums">
        {node.mean === null ? "No data" : `${formatScore(node.mean)} · ${node.level} ${levelName(node.level)}`}
      </span>
    </button>
  );
}

/** The ISM level diagram: rows by level (1 at the top), boxes coloured by the bank's maturity, arrows for "drives". */
export function IsmLevelDiagram({ ism }: { ism: IsmDiagram }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const markerId = `ism-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const [layout, setLayout] = useState<{ arrows: Arrow[]; width: number; height: number }>({ arrows: [], width: 0, height: 0 });
  const [pinned, setPinned] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const active = hovered ?? pinned;

  useEffect(() => {
    const el = containerRef.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(() => setLayout(layoutArrows(el, ism.edges)));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ism.edges]);

  const nodes = ism.levels.flatMap((l) => l.factors);
  const selected = nodes.find((n) => n.key === active) ?? null;
  const related = new Set(selected ? [...selected.drives, ...selected.drivenBy] : []);
  const nameOf = (key: string) => nodes.find((n) => n.key === key)?.name ?? key;

  return (
    <div>
      <div ref={containerRef} className="relative">
        <svg className="pointer-events-none absolute inset-0" width={layout.width} height={layout.height} aria-hidden="true">
          <defs>
            <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#64748b" />
            </marker>
            <marker id={`${markerId}-on`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#1f57c0" />
            </marker>
          </defs>
          {layout.arrows.map((a) => {
            const on = active !== null && (a.from === active || a.to === active);
            const dim = active !== null && !on;
            return (
              <path
                key={`${a.from}>${a.to}`}
                d={a.d}
                fill="none"
                stroke={on ? "#1f57c0" : "#64748b"}
                strokeWidth={on ? 2 : 1}
                strokeOpacity={dim ? 0.12 : on ? 1 : 0.45}
                markerEnd={`url(#${on ? `${markerId}-on` : markerId})`}
              />
            );
          })}
        </svg>
        <ol className="relative space-y-7">
          {ism.levels.map((l) => (
            <li key={l.level} data-testid={`ism-level-${l.level}`}>
              <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
                Level {l.level}
                {l.level === 1 && ism.levelCount > 1 ? " · top: outcomes" : ""}
                {l.level === ism.levelCount && ism.levelCount > 1 ? " · foundation: strongest drivers" : ""}
              </p>
              <ul className="flex flex-wrap justify-center gap-2">
                {l.factors.map((n) => (
                  <li key={n.key}>
                    <NodeBox
                      node={n}
                      active={active === n.key}
                      pinned={pinned === n.key}
                      related={related.has(n.key)}
                      onPin={setPinned}
                      onHover={setHovered}
                    />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </div>
      <p className="mt-3 min-h-10 text-sm text-slate-700" aria-live="polite">
        {selected
          ? `${selected.name} drives: ${selected.drives.map(nameOf).join(", ") || "none"}. Driven by: ${selected.drivenBy.map(nameOf).join(", ") || "none"}.`
          : "Arrows run from a driver to the factor it drives. Select or hover a box to highlight its links."}
      </p>
    </div>
  );
}
