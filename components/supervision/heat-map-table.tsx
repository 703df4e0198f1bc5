import Link from "next/link";
import { levelColour } from "@/lib/view/results/level-colours";
import { ariaSort, INSTITUTION_SORT_KEY, type HeatMapView } from "@/lib/view/supervision/heat-map";

const head = "border-b border-slate-200 px-1.5 py-1.5 text-xs font-semibold text-slate-700 align-bottom";

/**
 * Institutions × overall, modules, CX categories and e-CRM factors. A real table: column and row
 * headers with scope, each header a link that sorts on the server (?sort=&dir=), and every cell's level
 * written out (visible number, full name for screen readers), never colour alone.
 */
export function HeatMapTable({
  view,
  sortHref,
  bankHref,
  caption,
}: {
  view: HeatMapView;
  /** The link that sorts by a column key (or "institution"). */
  sortHref: (key: string) => string;
  bankHref: (slug: string) => string;
  caption: string;
}) {
  const groups: { name: string; span: number }[] = [];
  for (const c of view.columns) {
    const last = groups[groups.length - 1];
    if (last && last.name === c.group) last.span++;
    else groups.push({ name: c.group, span: 1 });
  }
  const arrow = (key: string) => {
    const s = ariaSort(view.sort, key);
    return s === "ascending" ? " ▲" : s === "descending" ? " ▼" : "";
  };
  return (
    <div className="relative max-w-full overflow-x-auto rounded-lg border border-slate-200" data-testid="sector-heat-map">
      <table className="border-collapse text-left text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <td className="sticky left-0 z-10 bg-white" />
            {groups.map((g) => (
              <th key={g.name} scope="colgroup" colSpan={g.span} className={`${head} border-l text-center`}>
                {g.name}
              </th>
            ))}
          </tr>
          <tr>
            <th
              scope="col"
              aria-sort={ariaSort(view.sort, INSTITUTION_SORT_KEY)}
              className={`${head} sticky left-0 z-10 min-w-[9rem] bg-white`}
            >
              <Link href={sortHref(INSTITUTION_SORT_KEY)} className="text-brand-700 underline">
                Institution{arrow(INSTITUTION_SORT_KEY)}
              </Link>
            </th>
            {view.columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={ariaSort(view.sort, c.key)}
                className={`${head} w-16 min-w-[4rem] max-w-[6rem] font-medium`}
              >
                <Link href={sortHref(c.key)} className="block break-words text-brand-700 underline" title={`Sort by ${c.name}`}>
                  {c.name}
                  {arrow(c.key)}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r) => (
            <tr key={r.slug}>
              <th scope="row" className="sticky left-0 z-10 border-b border-slate-100 bg-white px-1.5 py-1 font-medium">
                <Link href={bankHref(r.slug)} className="text-brand-700 underline">
                  {r.name}
                </Link>
              </th>
              {r.cells.map((cell, i) => {
                const colour = levelColour(cell.level);
                return (
                  <td
                    key={view.columns[i]?.key ?? i}
                    className="border border-white px-1.5 py-1 text-center tabular-nums"
                    style={{ backgroundColor: colour.fill, color: colour.text }}
                    title={`${r.name} · ${view.columns[i]?.name}: ${cell.label}`}
                  >
                    {cell.text}
                    {cell.level !== null && (
                      <span className="block text-[10px] leading-tight" aria-hidden="true">
                        L{cell.level}
                      </span>
                    )}
                    <span className="sr-only">, {cell.levelText}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
