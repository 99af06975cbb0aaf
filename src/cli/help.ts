import { FORMAT_NAMES, TABLE_NAMES } from "./formats.js";

export const HELP = `parsigraph: Persian text → normalized text, entities, quotes and relations as a graph

Usage:
  parsigraph extract [FILES…] [options]   one graph per document (stdin when no files)
  parsigraph normalize [FILES…] [options]  print the normalized text
  parsigraph schema                        print the JSON Schema of the graph
  parsigraph --help | --version

Input:
  A plain-text file (or stdin) is one document, its id the file name without extension.
  JSONL input (one {"id": "…", "text": "…"} per line) is a corpus: files ending in .jsonl
  or .ndjson are read that way, or any input with --input jsonl.
  -i, --input text|jsonl   how to read the inputs (default: by file extension; stdin: text)

Options for extract:
  -f, --format FORMAT      ${FORMAT_NAMES.join(" | ")} (default json)
                           json: pretty; one graph, or an array of graphs with their "id"
                           jsonl: one graph per line, with its "id"
                           nodelink, jsonld: pretty for one document, one per line for several
                           cypher: MERGE statements (several documents concatenate safely)
                           csv: one table, all documents under one header (column "doc")
                           graphml, brat (.ann + .txt), html: one document, or --out DIR
  -t, --table TABLE        csv table: ${TABLE_NAMES.join(" | ")} (default entities;
                           with --out and no --table, all four tables per document)
  -o, --out DIR            write one file per document into DIR, named by id + extension
  -w, --workers N          worker threads (default: number of cores; 0 = in this thread)
  -p, --pipeline MODULE    a JS module whose default export is the pipeline options (or a
                           function returning them): custom gazetteers and extractors
      --timeout SECONDS    fail a document that takes longer (its worker is replaced)
      --no-progress        never draw the progress bar (drawn only on a terminal, for big inputs)

Output goes to stdout in input order. A bad document (invalid JSON line, missing text, text not
a string, extractor error) is reported on stderr with its line or id and the run goes on.
Exit status: 0 all documents succeeded, 1 some failed, 2 usage error.
`;
