// CSV per RFC 4180: CRLF line ends; a field is quoted when it holds a comma, a quote, CR or LF
// (quotes doubled). Numbers are written with a dot and no rounding, so a parse gives back the same value.
// Cells that a spreadsheet would run as a formula (=, +, -, @ first) are written as they are: these files
// are data for tools, and every value here comes from the engine or the fixed instrument.

export type CsvValue = string | number | boolean | null;

export function csvField(value: CsvValue): string {
  if (value === null) return "";
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

export interface Column<R> {
  name: string;
  value: (row: R) => CsvValue;
}

export function toCsv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  return csvLine(columns.map((c) => c.name)) + rows.map((r) => csvLine(columns.map((c) => c.value(r)))).join("");
}

/** Plain objects keyed by column name, for the JSON form of the same table. */
export function toRecords<R>(columns: readonly Column<R>[], rows: readonly R[]): Record<string, CsvValue>[] {
  return rows.map((r) => Object.fromEntries(columns.map((c) => [c.name, c.value(r)])));
}

/** RFC 4180 parser (quoted fields, doubled quotes, CRLF or LF). Returns rows of raw strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") { row.push(field); field = ""; }
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field); rows.push(row); row = []; field = "";
    } else field += ch;
  }
  if (quoted) throw new Error("CSV ends inside a quoted field.");
  if (field !== "" || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}
