// A tiny reader for the PDFs our renderer writes (pdfkit, standard fonts): page count and the text of
// each content stream, decoded from the hex strings of TJ arrays. Enough to assert what a report says
// without poppler, which CI does not install.
import { inflateSync } from "node:zlib";

export function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString("latin1")
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
}

/** The text of the document, one line per text object (BT … ET), in stream order. */
export function pdfTextLines(pdf: Uint8Array): string[] {
  const bytes = Buffer.from(pdf);
  const s = bytes.toString("latin1");
  const lines: string[] = [];
  const streamStart = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = streamStart.exec(s))) {
    const start = m.index + m[0].length;
    const end = s.indexOf("endstream", start);
    if (end < 0) break;
    let content: string;
    try {
      content = inflateSync(bytes.subarray(start, end)).toString("latin1");
    } catch {
      continue; // not a Flate stream (fonts, images)
    }
    for (const block of content.split("BT").slice(1)) {
      const text = [...block.matchAll(/\[([^\]]*)\]\s*TJ/g)]
        .map((tj) =>
          [...(tj[1] ?? "").matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1] ?? "", "hex").toString("latin1")).join(""),
        )
        .join("");
      if (text) lines.push(text);
    }
    streamStart.lastIndex = end;
  }
  return lines;
}
