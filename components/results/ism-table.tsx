import { formatScore, levelName } from "@/lib/view/results/format";
import type { IsmDiagram } from "@/lib/view/results/types";
import { ChartTable, num, td, th } from "./chart-table";

/** The level diagram as a table: level, factor, the bank's score and level, what it drives. */
export function IsmTable({ ism }: { ism: IsmDiagram }) {
  const names = new Map(ism.levels.flatMap((l) => l.factors.map((f) => [f.key, f.name] as const)));
  const list = (keys: string[]) => (keys.length === 0 ? "–" : keys.map((k) => names.get(k) ?? k).join(", "));
  return (
    <ChartTable caption="e-CRM factors by ISM level (1 = top), with the bank's score and the factors each one drives">
      <thead>
        <tr>
          <th scope="col" className={th}>
            Level
          </th>
          <th scope="col" className={th}>
            Factor
          </th>
          <th scope="col" className={`${th} text-right`}>
            Score
          </th>
          <th scope="col" className={th}>
            Maturity
          </th>
          <th scope="col" className={th}>
            Drives
          </th>
          <th scope="col" className={th}>
            Driven by
          </th>
        </tr>
      </thead>
      <tbody>
        {ism.levels.flatMap((l) =>
          l.factors.map((f) => (
            <tr key={f.key}>
              <td className={num}>{l.level}</td>
              <th scope="row" className={`${td} font-normal`}>
                {f.name}
              </th>
              <td className={num}>{formatScore(f.mean)}</td>
              <td className={td}>{levelName(f.level)}</td>
              <td className={td}>{list(f.drives)}</td>
              <td className={td}>{list(f.drivenBy)}</td>
            </tr>
          )),
        )}
      </tbody>
    </ChartTable>
  );
}
