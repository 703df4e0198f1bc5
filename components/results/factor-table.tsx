import { formatGroup, formatInterval, formatScore, levelName } from "@/lib/view/results/format";
import type { FactorResult } from "@/lib/view/results/types";
import { ChartTable, num, td, th } from "./chart-table";

/** The factor bars as a table: score, interval, level, n and each group's score. */
export function FactorTable({ factors, groups, caption }: { factors: FactorResult[]; groups: string[]; caption: string }) {
  return (
    <ChartTable caption={caption}>
      <thead>
        <tr>
          <th scope="col" className={th}>
            Factor
          </th>
          <th scope="col" className={`${th} text-right`}>
            Score
          </th>
          <th scope="col" className={th}>
            Level
          </th>
          <th scope="col" className={`${th} text-right`}>
            95% interval
          </th>
          {groups.map((g) => (
            <th key={g} scope="col" className={`${th} text-right`}>
              {formatGroup(g)}
            </th>
          ))}
          <th scope="col" className={`${th} text-right`}>
            n
          </th>
        </tr>
      </thead>
      <tbody>
        {factors.map((f) => (
          <tr key={f.key}>
            <th scope="row" className={`${td} font-normal`}>
              {f.name}
            </th>
            <td className={num} data-testid={`factor-score-${f.key}`}>
              {formatScore(f.mean)}
            </td>
            <td className={td}>{levelName(f.level)}</td>
            <td className={num}>{f.interval ? formatInterval(f.interval.lower, f.interval.upper) : "–"}</td>
            {groups.map((g) => (
              <td key={g} className={num}>
                {formatScore(f.groups.find((x) => x.group === g)?.mean ?? null)}
              </td>
            ))}
            <td className={num}>{f.respondents}</td>
          </tr>
        ))}
      </tbody>
    </ChartTable>
  );
}
