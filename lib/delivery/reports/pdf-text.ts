// The PDF uses the standard Helvetica font (no font files to ship, text stays selectable), which
// covers the Windows-1252 characters only. Everything else is spelled out or replaced before it
// reaches the page, so no glyph renders as garbage.

const SPELLED: Record<string, string> = {
  "\u2265": ">=",
  "\u2264": "<=",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2194": "<->",
  "\u2212": "-",
  "\u03b1": "alpha",
  "\u2248": "~",
  "\u2260": "!=",
  "\u2011": "-",
  "\u202f": " ",
  "\u2009": " ",
};

// Windows-1252 characters above U+00FF that Helvetica has.
const CP1252_EXTRA = new Set(
  "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178",
);

export function pdfText(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code <= 0xff || CP1252_EXTRA.has(ch)) out += ch;
    else out += SPELLED[ch] ?? "?";
  }
  return out;
}

/** Splits a label into at most `maxLines` lines of about `width` characters, for chart boxes. */
export function wrapLabel(text: string, width: number, maxLines = 2): string[] {
  const words = pdfText(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line && (line + " " + w).length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, Math.max(1, width - 1))}\u2026`;
  return kept;
}
