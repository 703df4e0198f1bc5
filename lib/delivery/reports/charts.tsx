// The report's charts as PDF vector graphics (react-pdf's SVG primitives): the CX radar, the factor
// bars and the ISM level diagram. Same colour scale as the dashboard; numbers are printed beside colours.
import { Circle, G, Line, Path, Polygon, Rect, Svg, Text } from "@react-pdf/renderer";
import { levelColour } from "../../view/results/level-colours.ts";
import type { FactorResult, IsmDiagram, RadarPoint } from "../../view/results/types.ts";
import { formatScore } from "../../view/results/format.ts";
import { pdfText, wrapLabel } from "./pdf-text.ts";

const AXIS = "#94a3b8";
const INK = "#334155";

export function RadarChart({ points, width = 515, height = 280 }: { points: RadarPoint[]; width?: number; height?: number }) {
  const c = width / 2;
  const cy = height / 2;
  const r = height / 2 - 44;
  const n = points.length;
  if (n < 3) return null;
  const at = (i: number, v: number) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    const d = (r * (v - 1)) / 4;
    return [c + d * Math.cos(a), cy + d * Math.sin(a)] as const;
  };
  const ring = (v: number) => points.map((_, i) => at(i, v).join(",")).join(" ");
  const scored = points.map((p, i) => at(i, p.mean ?? 1).join(",")).join(" ");
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {[2, 3, 4, 5].map((v) => (
        <Polygon key={v} points={ring(v)} fill="none" stroke={AXIS} strokeWidth={0.5} />
      ))}
      {points.map((p, i) => {
        const [x, y] = at(i, 5);
        return <Line key={p.key} x1={c} y1={cy} x2={x} y2={y} stroke={AXIS} strokeWidth={0.5} />;
      })}
      <Polygon points={scored} fill="#1f57c0" fillOpacity={0.25} stroke="#1f57c0" strokeWidth={1.5} />
      {points.map((p, i) => {
        const [x, y] = at(i, p.mean ?? 1);
        return <Circle key={p.key} cx={x} cy={y} r={3} fill={levelColour(p.level).fill} stroke={INK} strokeWidth={0.5} />;
      })}
      {points.map((p, i) => {
        const [x, y] = at(i, 5.5);
        const anchor = Math.abs(x - c) < 8 ? "middle" : x > c ? "start" : "end";
        const lines = [...wrapLabel(p.name, 30, 2), formatScore(p.mean)];
        const top = y < cy - 8 ? y - (lines.length - 1) * 9 : Math.abs(y - cy) <= 8 ? y - 6 : y + 6;
        return lines.map((line, k) => (
          <Text key={`${p.key}-${k}`} x={x} y={top + k * 9} textAnchor={anchor} style={{ fontSize: 7.5 }} fill={INK}>
            {line}
          </Text>
        ));
      })}
      {[1, 3, 5].map((v) => {
        const [x, y] = at(0, v);
        return (
          <Text key={v} x={x + 3} y={y + 3} style={{ fontSize: 6 }} fill="#64748b">
            {String(v)}
          </Text>
        );
      })}
    </Svg>
  );
}

export function FactorBars({ factors, width = 515 }: { factors: FactorResult[]; width?: number }) {
  const rowH = 15;
  const labelW = 170;
  const plotW = width - labelW - 40;
  const top = 14;
  const height = top + factors.length * rowH + 6;
  const x = (v: number) => labelW + (plotW * (v - 1)) / 4;
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {[1, 2, 3, 4, 5].map((v) => (
        <G key={v}>
          <Line x1={x(v)} y1={top - 2} x2={x(v)} y2={height - 4} stroke={AXIS} strokeWidth={0.4} strokeDasharray="2 2" />
          <Text x={x(v)} y={top - 5} textAnchor="middle" style={{ fontSize: 6.5 }} fill="#64748b">
            {String(v)}
          </Text>
        </G>
      ))}
      {factors.map((f, i) => {
        const y = top + i * rowH;
        const c = levelColour(f.level);
        return (
          <G key={f.key}>
            <Text x={labelW - 6} y={y + 9.5} textAnchor="end" style={{ fontSize: 7.5 }} fill={INK}>
              {pdfText(f.name.length > 38 ? `${f.name.slice(0, 37)}\u2026` : f.name)}
            </Text>
            {f.mean !== null && <Rect x={x(1)} y={y + 2} width={Math.max(1, x(f.mean) - x(1))} height={rowH - 5} fill={c.fill} />}
            {f.interval && (
              <Line
                x1={x(f.interval.lower)}
                y1={y + rowH / 2}
                x2={x(f.interval.upper)}
                y2={y + rowH / 2}
                stroke="#0f172a"
                strokeWidth={0.8}
              />
            )}
            <Text x={x(5) + 6} y={y + 9.5} style={{ fontSize: 7.5 }} fill={INK}>
              {formatScore(f.mean)}
            </Text>
          </G>
        );
      })}
    </Svg>
  );
}

export function IsmLevelChart({ ism, width = 515 }: { ism: IsmDiagram; width?: number }) {
  const rowH = 74;
  const boxH = 38;
  const height = ism.levels.length * rowH + 4;
  const pos = new Map<string, { x: number; y: number; w: number }>();
  ism.levels.forEach((lvl, li) => {
    const n = lvl.factors.length;
    const gap = 10;
    const w = Math.min(120, (width - 40 - gap * (n - 1)) / n);
    const start = 40 + (width - 40 - (n * w + (n - 1) * gap)) / 2;
    lvl.factors.forEach((f, k) => pos.set(f.key, { x: start + k * (w + gap), y: 4 + li * rowH + (rowH - boxH) / 2, w }));
  });
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {ism.levels.map((lvl, li) => (
        <G key={lvl.level}>
          {li > 0 && <Line x1={0} y1={4 + li * rowH} x2={width} y2={4 + li * rowH} stroke="#e2e8f0" strokeWidth={0.5} />}
          <Text x={2} y={4 + li * rowH + rowH / 2 + 3} style={{ fontSize: 8 }} fill="#64748b">{`L${lvl.level}`}</Text>
        </G>
      ))}
      {ism.edges.map((e) => {
        const a = pos.get(e.from);
        const b = pos.get(e.to);
        if (!a || !b) return null;
        const x1 = a.x + a.w / 2;
        const x2 = b.x + b.w / 2;
        const up = a.y > b.y;
        const y1 = up ? a.y : a.y + boxH;
        const y2 = up ? b.y + boxH : b.y;
        const bend = (y2 - y1) / 2;
        const dir = Math.sign(y2 - y1) || 1;
        return (
          <G key={`${e.from}-${e.to}`}>
            <Path
              d={`M ${x1} ${y1} C ${x1} ${y1 + bend}, ${x2} ${y2 - bend}, ${x2} ${y2 - 3 * dir}`}
              fill="none"
              stroke="#64748b"
              strokeWidth={0.7}
            />
            <Polygon points={`${x2 - 2.5},${y2 - 4 * dir} ${x2 + 2.5},${y2 - 4 * dir} ${x2},${y2}`} fill="#64748b" />
          </G>
        );
      })}
      {ism.levels
        .flatMap((lvl) => lvl.factors)
        .map((f) => {
          const p = pos.get(f.key);
          if (!p) return null;
          const c = levelColour(f.level);
          const lines = wrapLabel(f.name, Math.max(8, Math.floor(p.w / 4.2)), 2);
          return (
            <G key={f.key}>
              <Rect x={p.x} y={p.y} width={p.w} height={boxH} rx={3} ry={3} fill={c.fill} stroke="#0f172a" strokeWidth={0.5} />
              {lines.map((line, k) => (
                <Text key={k} x={p.x + p.w / 2} y={p.y + 10 + k * 8.5} textAnchor="middle" style={{ fontSize: 7 }} fill={c.text}>
                  {line}
                </Text>
              ))}
              <Text x={p.x + p.w / 2} y={p.y + boxH - 4} textAnchor="middle" style={{ fontSize: 6.5 }} fill={c.text}>
                {f.level === null ? "no data" : `${formatScore(f.mean)} · L${f.level}`}
              </Text>
            </G>
          );
        })}
    </Svg>
  );
}

export function LevelLegend() {
  return (
    <Svg width={515} height={16} viewBox="0 0 515 16">
      {([1, 2, 3, 4, 5] as const).map((l, i) => (
        <G key={l}>
          <Rect x={i * 92} y={3} width={10} height={10} fill={levelColour(l).fill} />
          <Text x={i * 92 + 14} y={11.5} style={{ fontSize: 7 }} fill={INK}>
            {["1 Initial", "2 Developing", "3 Defined", "4 Managed", "5 Optimised"][i] ?? ""}
          </Text>
        </G>
      ))}
      <Rect x={460} y={3} width={10} height={10} fill={levelColour(null).fill} />
      <Text x={474} y={11.5} style={{ fontSize: 7 }} fill={INK}>
        no data
      </Text>
    </Svg>
  );
}
