// Figures as a reader of each language writes them: the same rounding as lib/view/results/format.ts (so
// a level always agrees with the figure shown), then digits and separators from Intl for the page's tag
// (Persian digits and the Persian decimal separator for fa, Arabic-Indic digits for ar, unless the reader
// keeps Latin digits). Pure: pages, client charts and tests share it.
import { MISSING, formatIndex, formatPeerScore, formatScore, formatShare } from "../results/format.ts";

const formatters = new Map<string, Intl.NumberFormat>();

function numberIn(tag: string, digits: number): Intl.NumberFormat {
  const key = `${tag}|${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
    formatters.set(key, f);
  }
  return f;
}

/** Re-writes an English-formatted figure ("3.47", "62", "−0.42", "87%") with the digits of `tag`. */
function relocalise(english: string, tag: string, digits: number): string {
  if (english === MISSING) return MISSING;
  const m = /^([+\u2212-]?)(\d+(?:\.\d+)?)(%?)$/.exec(english);
  if (!m) return english;
  const [, sign = "", body = "", percent = ""] = m;
  const n = numberIn(tag, digits).format(Number(body));
  const pct = percent ? percentSign(tag) : "";
  return `${sign}${n}${pct}`;
}

const percentSigns = new Map<string, string>();
function percentSign(tag: string): string {
  let s = percentSigns.get(tag);
  if (s === undefined) {
    s = new Intl.NumberFormat(tag, { style: "percent" }).formatToParts(0.5).find((p) => p.type === "percentSign")?.value ?? "%";
    percentSigns.set(tag, s);
  }
  return s;
}

export interface Figures {
  /** A 1–5 score, two decimals. */
  score(x: number | null | undefined): string;
  /** A published peer figure, one decimal (docs/BENCHMARK.md). */
  peerScore(x: number | null | undefined): string;
  /** A 0–100 index or percentile rank, whole number. */
  index(x: number | null | undefined): string;
  /** A share 0–1 as a whole percentage. */
  share(x: number | null | undefined): string;
  /** A count or a year. */
  integer(x: number): string;
}

export function figuresFor(tag: string): Figures {
  return {
    score: (x) => relocalise(formatScore(x), tag, 2),
    peerScore: (x) => relocalise(formatPeerScore(x), tag, 1),
    index: (x) => relocalise(formatIndex(x), tag, 0),
    share: (x) => relocalise(formatShare(x), tag, 0),
    integer: (x) => numberIn(tag, 0).format(x),
  };
}
