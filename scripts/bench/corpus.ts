import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readParsTwiNER } from "../parstwiner.js";

/** The repository root (scripts/bench/ → ../..). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

let base: string[] | undefined;

/**
 * Real Persian lines for benchmarks, read at run time from ../shared (never copied into the
 * repo): the tweets of ParsTwiNER train.txt (one token per line, tab-separated tags, a blank
 * line between tweets; tokens joined with spaces) and the lines of the `text` fields of
 * eval/dev.jsonl. Repeated until the lines hold at least `minBytes` UTF-8 bytes.
 */
export function loadPersianCorpus(minBytes: number): string[] {
  base ??= readBase();
  if (base.length === 0) throw new Error("no Persian corpus found under ../shared");
  const out: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    for (const line of base) {
      out.push(line);
      bytes += Buffer.byteLength(line, "utf8");
      if (bytes >= minBytes) break;
    }
  }
  return out;
}

function readBase(): string[] {
  const shared = path.resolve(repoRoot, "../shared");
  const lines: string[] = [];
  for (const tweet of readParsTwiNER("train")) lines.push(tweet.map((t) => t.word).join(" "));
  const dev = readFileSync(path.join(shared, "eval/dev.jsonl"), "utf8");
  for (const row of dev.split("\n")) {
    if (row.trim() === "") continue;
    const text = (JSON.parse(row) as { text?: unknown }).text;
    if (typeof text !== "string") continue;
    for (const l of text.split("\n")) if (l.trim() !== "") lines.push(l);
  }
  return lines;
}
