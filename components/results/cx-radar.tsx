"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip, Legend } from "recharts";
import { formatGroup, formatScore, levelName } from "@/lib/view/results/format";
import type { FactorResult, RadarPoint } from "@/lib/view/results/types";
import { ChartTable, num, td, th } from "./chart-table";
import { groupColour, OVERALL_COLOUR } from "../../lib/view/results/level-colours";

interface Props {
  points: RadarPoint[];
  /** The CX factors, for the per-group values (same keys as the points when categories are factors). */
  factors: FactorResult[];
  groups: string[];
}

/** Radar of the CX categories on 1–5: all respondents and each group; spokes are numbered, names below. */
export function CxRadar({ points, factors, groups }: Props) {
  const byKey = new Map(factors.map((f) => [f.key, f]));
  const data = points.map((p, i) => {
    const row: Record<string, string | number | null> = { spoke: String(i + 1), name: p.name, all: p.mean };
    for (const g of groups) row[g] = byKey.get(p.key)?.groups.find((x) => x.group === g)?.mean ?? null;
    return row;
  });
  const groupSeries = groups.filter((g) => data.some((d) => d[g] !== null));
  return (
    <div>
      <div className="h-72 w-full sm:h-80" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 288 }}>
          <RadarChart data={data} outerRadius="75%" margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
            <PolarGrid />
            <PolarAngleAxis dataKey="spoke" tick={{ fontSize: 12, fill: "#334155" }} />
            <PolarRadiusAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fontSize: 10, fill: "#64748b" }} angle={60} />
            {groupSeries.map((g) => (
              <Radar
                key={g}
                name={formatGroup(g)}
                dataKey={g}
                stroke={groupColour(groups.indexOf(g))}
                fill="none"
                strokeWidth={1.5}
                strokeDasharray="4 3"
                isAnimationActive={false}
              />
            ))}
            <Radar
              name="All respondents"
              dataKey="all"
              stroke={OVERALL_COLOUR}
              fill={OVERALL_COLOUR}
              fillOpacity={0.15}
              strokeWidth={2}
              isAnimationActive={false}
            />
            <Tooltip
              labelFormatter={(_, payload) => String(payload?.[0]?.payload?.name ?? "")}
              formatter={(v) => formatScore(typeof v === "number" ? v : null)}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
          </RadarChart>
        </ResponsiveContainer>
      </div>
      <ol className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
        {points.map((p, i) => (
          <li key={p.key} className="flex gap-2">
            <span className="w-4 shrink-0 text-right font-semibold text-slate-500">{i + 1}</span>
            <span className="text-slate-800">
              {p.name}: <span className="font-medium tabular-nums">{formatScore(p.mean)}</span>{" "}
              <span className="text-slate-600">({levelName(p.level)})</span>
            </span>
          </li>
        ))}
      </ol>
      <ChartTable caption="Scores of the six digital-CX categories on the 1–5 scale, all respondents and by group">
        <thead>
          <tr>
            <th scope="col" className={th}>
              Category
            </th>
            <th scope="col" className={`${th} text-right`}>
              All
            </th>
            {groups.map((g) => (
              <th key={g} scope="col" className={`${th} text-right`}>
                {formatGroup(g)}
              </th>
            ))}
            <th scope="col" className={th}>
              Level
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={p.key}>
              <th scope="row" className={`${td} font-normal`}>
                {i + 1}. {p.name}
              </th>
              <td className={num}>{formatScore(p.mean)}</td>
              {groups.map((g) => (
                <td key={g} className={num}>
                  {formatScore((data[i]?.[g] as number | null | undefined) ?? null)}
                </td>
              ))}
              <td className={td}>{levelName(p.level)}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </div>
  );
}
