// The regulator's ranking as CSV: RFC 4180 quoting, scores on 1–5 with two decimals.
import "server-only";
import type { SectorView } from "../../features/supervision/sector-view.ts";
import { csvField } from "../../platform/http/csv.ts";

export function rankingCsv(view: SectorView): string {
  // Institution names are typed by people: formulas defused.
  const q = (raw: string) => csvField(raw, { defuseFormulas: true });
  const lines = [
    ["rank", "institution", "round", "overall", "level", "previous_round", "previous_overall", "change", "laggard", "laggard_reason"].join(
      ",",
    ),
  ];
  for (const r of view.ranking) {
    lines.push(
      [
        String(r.rank),
        q(r.name),
        String(view.round ?? ""),
        r.overall.toFixed(2),
        `${r.level} ${r.levelName}`,
        r.previous ? String(r.previous.round) : "",
        r.previous ? r.previous.overall.toFixed(2) : "",
        r.change === null ? "" : r.change.toFixed(2),
        r.laggard ? "yes" : "no",
        q(r.laggardReason ?? ""),
      ].join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
