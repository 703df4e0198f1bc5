// CSV per RFC 4180: CRLF line ends; a field is quoted when it holds a comma, a quote, CR or LF
// (quotes doubled). Numbers are written with a dot and no rounding, so a parse gives back the same value.
// The one CSV writer of the app (exports, audit log, portfolio comparison, sector ranking).
// Text that people typed (names, audit details) is written with `defuseFormulas`: a leading = + - @
// tab or CR gets a ' so that spreadsheets show it instead of running it. Engine data is written as is,
// so that a parse gives back exactly the same values.

export type CsvValue = string | number | boolean | null;

export function csvField(value: CsvValue, { defuseFormulas = false }: { defuseFormulas?: boolean } = {}): string {
  if (value === null) return "";
  let text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value);
  if (defuseFormulas && typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[], options: { defuseFormulas?: boolean } = {}): string {
  return `${values.map((v) => csvField(v, options)).join(",")}\r\n`;
}

export interface Column<R> {
  name: string;
  value: (row: R) => CsvValue;
}

/** `defuseFormulas` for tables of text people typed (see above). */
export function toCsv<R>(columns: readonly Column<R>[], rows: readonly R[], options: { defuseFormulas?: boolean } = {}): string {
  return (
    csvLine(columns.map((c) => c.name)) +
    rows
      .map((r) =>
        csvLine(
          columns.map((c) => c.value(r)),
          options,
        ),
      )
      .join("")
  );
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
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (quoted) throw new Error("CSV ends inside a quoted field.");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
