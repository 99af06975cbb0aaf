// Turns the command-line inputs into a stream of documents. Text files are one document each;
// JSONL inputs are read line by line (readline over a file stream), so a corpus of any size
// is never held in memory. A line that is not a usable document becomes a problem record,
// reported in order with the others, and the run goes on.
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { InputMode } from "./args.js";

export interface SourceDoc {
  id: string;
  /** Where it came from, for messages: `corpus.jsonl line 3`, `news.txt`, `stdin`. */
  where: string;
  text?: string;
  /** Set when the input could not be made into a document. */
  problem?: string;
}

export interface InputSource {
  /** The file name, or `-` for stdin. */
  path: string;
  jsonl: boolean;
}

const JSONL_EXT = new Set([".jsonl", ".ndjson"]);

export function planInputs(files: string[], mode: InputMode): InputSource[] {
  const paths = files.length > 0 ? files : ["-"];
  return paths.map((path) => ({
    path,
    jsonl: mode === "jsonl" || (mode === "auto" && path !== "-" && JSONL_EXT.has(extname(path).toLowerCase())),
  }));
}

/** Several documents may come out (so outputs need ids): more than one input, or any JSONL. */
export function isCorpus(sources: InputSource[]): boolean {
  return sources.length > 1 || sources.some((s) => s.jsonl);
}

/** The id a plain-text file gets: its name without extension (`stdin` for standard input). */
export function baseId(path: string): string {
  if (path === "-") return "stdin";
  const name = basename(path);
  const ext = extname(name);
  return ext && ext !== name ? name.slice(0, -ext.length) : name;
}

export interface ReadHooks {
  /** Called with the byte size of each piece of input consumed (for the progress bar). */
  onBytes?(bytes: number): void;
  stdin?: Readable;
}

export async function* readDocuments(sources: InputSource[], hooks: ReadHooks = {}): AsyncGenerator<SourceDoc> {
  for (const source of sources) {
    if (source.jsonl) yield* readJsonl(source.path, hooks);
    else yield await readText(source.path, hooks);
  }
}

async function readText(path: string, hooks: ReadHooks): Promise<SourceDoc> {
  const where = path === "-" ? "stdin" : path;
  const id = baseId(path);
  try {
    const text = path === "-" ? await readAll(hooks.stdin ?? process.stdin) : await readFile(path, "utf8");
    hooks.onBytes?.(Buffer.byteLength(text));
    return { id, where, text: stripBom(text) };
  } catch (e) {
    return { id, where, problem: describeIoError(e) };
  }
}

async function* readJsonl(path: string, hooks: ReadHooks): AsyncGenerator<SourceDoc> {
  const where = path === "-" ? "stdin" : path;
  const base = baseId(path);
  let input: Readable;
  if (path === "-") input = hooks.stdin ?? process.stdin;
  else {
    const file = createReadStream(path);
    // Open errors surface here instead of as an unhandled stream error.
    try {
      await new Promise<void>((resolve, reject) => {
        file.once("open", () => resolve());
        file.once("error", reject);
      });
    } catch (e) {
      yield { id: base, where, problem: describeIoError(e) };
      return;
    }
    input = file;
  }
  input.setEncoding("utf8");
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const raw of lines) {
      n++;
      if (hooks.onBytes) hooks.onBytes(Buffer.byteLength(raw) + 1);
      const line = n === 1 ? stripBom(raw) : raw;
      if (line.trim() === "") continue; // blank lines are not documents
      yield parseLine(line, `${where} line ${n}`, `${base}-${n}`);
    }
  } catch (e) {
    yield { id: `${base}-${n + 1}`, where: `${where} line ${n + 1}`, problem: describeIoError(e) };
  } finally {
    lines.close();
    if (path !== "-") input.destroy();
  }
}

/** One JSONL line → a document, or a problem naming what is wrong with it. */
export function parseLine(line: string, where: string, fallbackId: string): SourceDoc {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: fallbackId, where, problem: "invalid JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { id: fallbackId, where, problem: 'expected an object {"id", "text"}' };
  const record = value as { id?: unknown; text?: unknown };
  const hasId = typeof record.id === "string" || typeof record.id === "number";
  const id = hasId ? String(record.id) : fallbackId;
  const at = hasId ? `${where} (id ${JSON.stringify(id)})` : where;
  if (record.text === undefined) return { id, where: at, problem: 'missing "text"' };
  if (typeof record.text !== "string") return { id, where: at, problem: `"text" is not a string (${kindOf(record.text)})` };
  return { id, where: at, text: record.text };
}

function kindOf(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

async function readAll(stream: Readable): Promise<string> {
  stream.setEncoding("utf8");
  const parts: string[] = [];
  for await (const chunk of stream) parts.push(chunk as string);
  return parts.join("");
}

function describeIoError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === "ENOENT") return "no such file";
  if (err?.code === "EISDIR") return "is a directory";
  if (err?.code === "EACCES") return "permission denied";
  return err?.message ?? String(e);
}
