// Where extracted documents go: one stream (stdout), or one file per document in a directory.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Writable } from "node:stream";
import type { DocumentGraph } from "../models/graph.js";
import type { Format } from "./formats.js";
import { flushStream, writeChunk } from "./write.js";

export interface Sink {
  /** One document, given as the graph's JSON text. */
  write(json: string, id: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * To a stream. `corpus` says several documents may come (JSONL input, several files): then the
 * format's `many` form is used (a JSON array, one line per document…); else the document's file.
 */
export function streamSink(stream: Writable, format: Format, corpus: boolean): Sink {
  let count = 0;
  const many = corpus ? format.many : undefined;
  if (corpus && !many) throw new Error("format cannot hold several documents in one stream");
  return {
    async write(json, id) {
      if (many) {
        const item = many.itemFromJson
          ? many.itemFromJson(json, id, count)
          : many.item(JSON.parse(json) as DocumentGraph, id, count);
        await writeChunk(stream, (count === 0 ? many.head : "") + item);
      } else {
        await writeChunk(stream, format.files(JSON.parse(json) as DocumentGraph, id)[0]!.content);
      }
      count++;
    },
    async close() {
      if (many) await writeChunk(stream, count === 0 ? many.empty : many.tail);
      await flushStream(stream);
    },
  };
}

/** One file (or file pair) per document in `dir`, named by its id; clashing names get `-2`, `-3`… */
export async function dirSink(dir: string, format: Format): Promise<Sink> {
  await mkdir(dir, { recursive: true });
  for (const f of format.setup ?? []) await writeFile(join(dir, f.name), f.content, "utf8");
  const used = new Set<string>();
  return {
    async write(json, id) {
      const files = format.files(JSON.parse(json) as DocumentGraph, id);
      const stem = uniqueStem(safeFileStem(id), files.map((f) => f.ext), used);
      for (const f of files) await writeFile(join(dir, stem + f.ext), f.content, "utf8");
    },
    async close() {},
  };
}

/** Keeps letters (any script), digits, `.`, `_`, `-`; anything else (slashes, spaces, `:`) becomes `_`. */
export function safeFileStem(id: string): string {
  const stem = id.replace(/[^\p{L}\p{M}\p{N}._-]/gu, "_").replace(/^\.+/, "_").slice(0, 120);
  return stem.length > 0 ? stem : "_";
}

function uniqueStem(stem: string, exts: string[], used: Set<string>): string {
  let candidate = stem;
  for (let n = 2; exts.some((e) => used.has((candidate + e).toLowerCase())); n++) candidate = `${stem}-${n}`;
  for (const e of exts) used.add((candidate + e).toLowerCase());
  return candidate;
}
