"use client";

import {
  CartesianGrid,
  Cell,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { levelName } from "@/lib/view/results/format";
import type { MicmacPoint, MicmacQuadrant, MicmacView } from "@/lib/view/results/types";
import { ChartTable, num, td, th } from "./chart-table";
import { levelColour } from "../../lib/view/results/level-colours";

const QUADRANT_LABELS: Record<MicmacQuadrant, string> = {
  independent: "Independent (drivers)",
  linkage: "Linkage (unstable)",
  autonomous: "Autonomous",
  dependent: "Dependent (outcomes)",
};

function PointTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: MicmacPoint }[] }) {
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  return (
    <div className="rounded border border-slate-200 bg-white px-2 py-1 text-xs shadow">
      <p className="font-semibold">{p.name}</p>
      <p>
        Driving {p.driving}, dependence {p.dependence}
      </p>
      <p>
        {QUADRANT_LABELS[p.quadrant]} · {levelName(p.level)}
      </p>
    </div>
  );
}

/** MICMAC: driving power (up) against dependence power (right), quadrants split at the threshold. */
export function MicmacScatter({ micmac }: { micmac: MicmacView }) {
  const max = Math.max(1, micmac.maxPower);
  const t = micmac.threshold;
  const area = (
    x1: number,
    x2: number,
    y1: number,
    y2: number,
    label: string,
    position: "insideTopLeft" | "insideTopRight" | "insideBottomLeft" | "insideBottomRight",
  ) => (
    <ReferenceArea
      x1={x1}
      x2={x2}
      y1={y1}
      y2={y2}
      fill="#f8fafc"
      fillOpacity={0.6}
      stroke="none"
      label={{ value: label, position, fontSize: 11, fill: "#475569" }}
    />
  );
  return (
    <div>
      <div className="h-80 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 320 }}>
          <ScatterChart margin={{ top: 8, right: 12, bottom: 24, left: 0 }}>
            <CartesianGrid stroke="#e2e8f0" />
            {area(0, t, t, max, QUADRANT_LABELS.independent, "insideTopLeft")}
            {area(t, max, t, max, QUADRANT_LABELS.linkage, "insideTopRight")}
            {area(0, t, 0, t, QUADRANT_LABELS.autonomous, "insideBottomLeft")}
            {area(t, max, 0, t, QUADRANT_LABELS.dependent, "insideBottomRight")}
            <XAxis
              type="number"
              dataKey="dependence"
              name="Dependence power"
              domain={[0, max]}
              allowDecimals={false}
              tick={{ fontSize: 11 }}
              label={{ value: "Dependence power", position: "insideBottom", offset: -12, fontSize: 12 }}
            />
            <YAxis
              type="number"
              dataKey="driving"
              name="Driving power"
              domain={[0, max]}
              allowDecimals={false}
              width={40}
              tick={{ fontSize: 11 }}
              label={{ value: "Driving power", angle: -90, position: "insideLeft", offset: 10, fontSize: 12 }}
            />
            <ReferenceLine x={t} stroke="#64748b" strokeDasharray="4 3" />
            <ReferenceLine y={t} stroke="#64748b" strokeDasharray="4 3" />
            <Tooltip content={PointTooltip} cursor={{ strokeDasharray: "3 3" }} />
            <Scatter data={micmac.points} isAnimationActive={false}>
              {micmac.points.map((p) => (
                <Cell key={p.key} fill={levelColour(p.level).fill} stroke="#0f172a" strokeWidth={1} />
              ))}
            </Scatter>
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      {micmac.note && <p className="mt-2 text-sm text-slate-700">{micmac.note}</p>}
      <ChartTable caption={`MICMAC driving and dependence power per factor; threshold ${micmac.threshold}`}>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Factor
            </th>
            <th scope="col" className={`${th} text-right`}>
              Driving
            </th>
            <th scope="col" className={`${th} text-right`}>
              Dependence
            </th>
            <th scope="col" className={th}>
              Quadrant
            </th>
            <th scope="col" className={th}>
              Maturity
            </th>
          </tr>
        </thead>
        <tbody>
          {micmac.points.map((p) => (
            <tr key={p.key}>
              <th scope="row" className={`${td} font-normal`}>
                {p.name}
              </th>
              <td className={num}>{p.driving}</td>
              <td className={num}>{p.dependence}</td>
              <td className={td}>{QUADRANT_LABELS[p.quadrant]}</td>
              <td className={td}>{levelName(p.level)}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </div>
  );
}
