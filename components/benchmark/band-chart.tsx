"use client";
// Peer bands on the 1–5 scale, one row per factor (or category/module): the peers' P10–P90 whisker,
// the interquartile box, the median tick and the bank's own score. Drawn by one custom Bar shape whose
// bar always spans the whole axis [1, 5], so every figure is placed on the exact scale.
// In a right-to-left page the chart stays left to right (dir="ltr"): the 1–5 scale reads as numbers do in
// every language, and SVG text anchors keep their meaning; names and ticks are in the page's language.
import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { figuresFor } from "@/lib/view/i18n/figures";
import { MATURITY_THRESHOLDS } from "@/lib/domain/scoring/maturity";
import type { PublishedDistribution } from "@/lib/domain/benchmark";

export interface BandRow {
  key: string;
  name: string;
  own: number | null;
  peers: PublishedDistribution | null;
}

const OWN = "#1f57c0";
const BAND = "#94a3b8";
const shorten = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

interface ShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: BandRow;
}

function BandShape({ mode }: { mode: "bars" | "box" }) {
  return function Shape({ x = 0, y = 0, width = 0, height = 0, payload }: ShapeProps) {
    if (!payload) return null;
    const px = (v: number) => x + ((v - 1) / 4) * width;
    const mid = y + height / 2;
    const p = payload.peers;
    return (
      <g>
        {mode === "bars" && payload.own !== null && (
          <rect x={x} y={mid - height * 0.18} width={px(payload.own) - x} height={height * 0.36} fill={OWN} opacity={0.85} />
        )}
        {p && (
          <>
            {mode === "box" && p.p10 !== null && p.p90 !== null && (
              <line x1={px(p.p10)} x2={px(p.p90)} y1={mid} y2={mid} stroke="#475569" strokeWidth={1.5} />
            )}
            {mode === "box" &&
              [p.p10, p.p90]
                .flatMap((v) => (v === null ? [] : [v]))
                .map((v) => (
                  <line key={v} x1={px(v)} x2={px(v)} y1={mid - height * 0.2} y2={mid + height * 0.2} stroke="#475569" strokeWidth={1.5} />
                ))}
            <rect
              x={px(p.q1)}
              y={y + height * 0.1}
              width={Math.max(1, px(p.q3) - px(p.q1))}
              height={height * 0.8}
              fill={BAND}
              opacity={mode === "box" ? 0.55 : 0.4}
              stroke="#64748b"
            />
            <line x1={px(p.median)} x2={px(p.median)} y1={y + height * 0.02} y2={y + height * 0.98} stroke="#0f172a" strokeWidth={2.5} />
          </>
        )}
        {mode === "box" && payload.own !== null && (
          <circle cx={px(payload.own)} cy={mid} r={Math.min(6, height * 0.3)} fill={OWN} stroke="#fff" strokeWidth={1.5} />
        )}
      </g>
    );
  };
}

export function BandChart({ rows, mode }: { rows: BandRow[]; mode: "bars" | "box" }) {
  const t = useTranslations("benchmark.chart");
  const fig = figuresFor(useLocale());
  const data = rows.map((r) => ({ ...r, span: [1, 5] as [number, number] }));
  const height = Math.max(140, rows.length * 30 + 50);
  return (
    <div className="w-full" style={{ height }} aria-hidden="true" dir="ltr">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 16, right: 16, bottom: 4, left: 0 }} barCategoryGap={4}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis
            type="number"
            domain={[1, 5]}
            ticks={[1, 2, 3, 4, 5]}
            tick={{ fontSize: 11 }}
            tickFormatter={(v: number) => fig.integer(v)}
            allowDataOverflow
          />
          <YAxis
            type="category"
            dataKey="name"
            width={140}
            interval={0}
            tick={{ fontSize: 11, fill: "#334155" }}
            tickFormatter={(v: string) => shorten(v, 22)}
          />
          {MATURITY_THRESHOLDS.map((threshold, i) => (
            <ReferenceLine
              key={threshold}
              x={threshold}
              stroke="#cbd5e1"
              strokeDasharray="3 3"
              label={{ value: t("levelTick", { level: fig.integer(i + 2) }), position: "top", fontSize: 10, fill: "#64748b" }}
            />
          ))}
          <Bar dataKey="span" shape={BandShape({ mode })} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The legend, in words and swatches (the chart itself is hidden from screen readers; the table is not). */
export function BandLegend({ mode, showOwn = true }: { mode: "bars" | "box"; showOwn?: boolean }) {
  const t = useTranslations("benchmark.legend");
  return (
    <ul className="flex flex-wrap gap-4 text-xs text-slate-600">
      {showOwn && (
        <li className="flex items-center gap-1.5">
          {mode === "bars" ? (
            <span className="inline-block h-2.5 w-5" style={{ background: OWN }} />
          ) : (
            <span className="inline-block h-3 w-3 rounded-full" style={{ background: OWN }} />
          )}
          {t("yourScore")}
        </li>
      )}
      <li className="flex items-center gap-1.5">
        <span className="inline-block h-3 w-5 border border-slate-500" style={{ background: BAND, opacity: 0.6 }} />
        {t("middleHalf")}
      </li>
      <li className="flex items-center gap-1.5">
        <span className="inline-block h-3 w-0.5 bg-slate-900" />
        {t("median")}
      </li>
      {mode === "box" && (
        <li className="flex items-center gap-1.5">
          <span className="inline-block h-0.5 w-5 bg-slate-600" />
          {t("whiskers")}
        </li>
      )}
    </ul>
  );
}
