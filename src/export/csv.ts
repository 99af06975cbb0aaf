// RFC 4180 CSV of one table of `toRows`: CRLF line ends, fields quoted when they hold a comma,
// a double quote, CR or LF (quotes doubled), UTF-8 text as is. Excel only detects UTF-8 with a
// byte-order mark, hence the `bom` option. Lone surrogates (not encodable in UTF-8) become U+FFFD.
import type { DocumentGraph } from "../models/graph.js";
import { toWellFormed } from "./well-formed.js";
import { ROW_COLUMNS, toRows, type Cell, type Rows, type RowsOptions, type TableName } from "./rows.js";

export interface CSVOptions extends RowsOptions {
  /** Start with U+FEFF so that Excel reads the file as UTF-8. Default false. */
  bom?: boolean;
  /** Record separator. Default "\r\n" (RFC 4180). */
  newline?: "\r\n" | "\n";
  /** Field separator. Default ",". */
  delimiter?: "," | ";" | "\t";
}

function isRows(x: unknown): x is Rows {
  return typeof x === "object" && x !== null && !Array.isArray(x) && "mentions" in x && "relations" in x && !("text" in x);
}

function field(v: Cell, delimiter: string): string {
  if (v === null) return "";
  const s = typeof v === "string" ? toWellFormed(v) : String(v);
  return s.includes(delimiter) || s.includes('"') || s.includes("\n") || s.includes("\r") ? '"' + s.replaceAll('"', '""') + '"' : s;
}

/** One table (`mentions`, `entities`, `quotes` or `relations`) as CSV text, with a header row. */
export function toCSV(input: Rows | DocumentGraph | readonly DocumentGraph[], table: TableName, options: CSVOptions = {}): string {
  const rows = isRows(input) ? input : toRows(input, options);
  const delimiter = options.delimiter ?? ",";
  const nl = options.newline ?? "\r\n";
  const columns = ROW_COLUMNS[table];
  const lines = [columns.map((c) => field(c, delimiter)).join(delimiter)];
  for (const r of rows[table] as Record<string, Cell>[]) lines.push(columns.map((c) => field(r[c] ?? null, delimiter)).join(delimiter));
  return (options.bom ? "\uFEFF" : "") + lines.join(nl) + nl;
}
