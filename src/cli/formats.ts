// The output formats of `parsigraph extract`. Each knows how to write one document as a file,
// and, when the format allows it, how to put several documents into one stream (stdout).
// Formats that cannot be concatenated (GraphML node ids must be unique per file, brat is a file
// pair) have no `many` and need --out DIR for a corpus.
import type { DocumentGraph } from "../models/graph.js";
import { toBrat, toBratConfig } from "../export/brat.js";
import { toCSV } from "../export/csv.js";
import { toCypherScript } from "../export/cypher.js";
import { toGraphML } from "../export/graphml.js";
import { toJSONLD } from "../export/jsonld.js";
import { toHTML } from "../export/html.js";
import { toNodeLink } from "../export/node-link.js";
import { toRows, type TableName } from "../export/rows.js";

export const FORMAT_NAMES = ["json", "jsonl", "nodelink", "jsonld", "graphml", "cypher", "csv", "brat", "html"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
export const TABLE_NAMES = ["mentions", "entities", "quotes", "relations"] as const satisfies readonly TableName[];

export interface OutputFile {
  /** File name suffix, with its dot: `.json`, `.ann`. */
  ext: string;
  content: string;
}

export interface Format {
  /** One document: the files written for it with --out (the first one is printed for a single document). */
  files(graph: DocumentGraph, id: string): OutputFile[];
  /** Files written once into the --out directory (brat's annotation.conf). */
  setup?: { name: string; content: string }[];
  /** Several documents in one stream; absent when the format cannot be concatenated. */
  many?: {
    head: string;
    item(graph: DocumentGraph, id: string, index: number): string;
    /** The same from the graph's JSON text, when that can skip parsing it. */
    itemFromJson?(json: string, id: string, index: number): string;
    tail: string;
    /** What to print when no document succeeded. */
    empty: string;
  };
}

const withId = (graph: DocumentGraph, id: string) => ({ id, ...graph });
const jsonLines = (make: (g: DocumentGraph, id: string) => unknown) => ({
  head: "",
  item: (g: DocumentGraph, id: string) => JSON.stringify(make(g, id)) + "\n",
  tail: "",
  empty: "",
});

export interface FormatOptions {
  /** csv: the table; without it, --out writes all four tables per document. */
  table?: TableName;
}

/** The CSV of one table for one document, with its header (the `doc` column holds the id). */
const csvOf = (g: DocumentGraph, id: string, table: TableName) => toCSV(toRows(g, { docIds: [id] }), table);
/** Drops the header line, for every document after the first in one stream. */
const withoutHeader = (csv: string) => csv.slice(csv.indexOf("\r\n") + 2);

export function getFormat(name: FormatName, options: FormatOptions = {}): Format {
  if (name === "csv") return csvFormat(options.table);
  return FORMATS[name];
}

function csvFormat(table: TableName | undefined): Format {
  const streamed = table ?? "entities";
  return {
    files: (g, id) =>
      table
        ? [{ ext: ".csv", content: csvOf(g, id, table) }]
        : TABLE_NAMES.map((t) => ({ ext: `.${t}.csv`, content: csvOf(g, id, t) })),
    // Rows of many documents share one header; the `doc` column tells them apart.
    many: {
      head: "",
      item: (g, id, i) => (i === 0 ? csvOf(g, id, streamed) : withoutHeader(csvOf(g, id, streamed))),
      tail: "",
      empty: toCSV({ mentions: [], entities: [], quotes: [], relations: [] }, streamed),
    },
  };
}

const FORMATS: Record<Exclude<FormatName, "csv">, Format> = {
  json: {
    files: (g) => [{ ext: ".json", content: JSON.stringify(g, null, 2) + "\n" }],
    // A pretty JSON array, streamed element by element; each graph carries its id.
    many: {
      head: "[\n",
      item: (g, id, i) => (i > 0 ? ",\n" : "") + "  " + JSON.stringify(withId(g, id), null, 2).replace(/\n/g, "\n  "),
      tail: "\n]\n",
      empty: "[]\n",
    },
  },
  jsonl: {
    files: (g, id) => [{ ext: ".jsonl", content: JSON.stringify(withId(g, id)) + "\n" }],
    // `{"id": …, ` spliced in front of the graph's own JSON: the same text as
    // JSON.stringify({ id, ...graph }) without parsing and re-serializing the graph.
    many: { ...jsonLines(withId), itemFromJson: (json, id) => `{"id":${JSON.stringify(id)},${json.slice(1)}\n` },
  },
  nodelink: {
    files: (g, id) => [{ ext: ".json", content: JSON.stringify(toNodeLink(g, { graph: { id } }), null, 2) + "\n" }],
    many: jsonLines((g, id) => toNodeLink(g, { graph: { id } })),
  },
  jsonld: {
    files: (g, id) => [{ ext: ".jsonld", content: JSON.stringify(toJSONLD(g, { docId: id }), null, 2) + "\n" }],
    many: jsonLines((g, id) => toJSONLD(g, { docId: id })),
  },
  graphml: {
    files: (g, id) => [{ ext: ".graphml", content: toGraphML(g, { graphId: id }) }],
  },
  cypher: {
    // MERGE statements keyed on the document id: scripts of many documents concatenate safely.
    files: (g, id) => [{ ext: ".cypher", content: toCypherScript(g, { docId: id }) }],
    many: {
      head: "",
      item: (g, id) => `// document ${id.replace(/[\r\n]/g, " ")}\n` + toCypherScript(g, { docId: id }),
      tail: "",
      empty: "",
    },
  },
  brat: {
    // The .ann first (printed for a single document), then the .txt its offsets point into.
    files: (g) => [
      { ext: ".ann", content: toBrat(g) },
      { ext: ".txt", content: g.text },
    ],
    setup: [{ name: "annotation.conf", content: toBratConfig() }],
  },
  html: {
    files: (g) => [{ ext: ".html", content: toHTML(g) }],
  },
};
