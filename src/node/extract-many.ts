// extractMany over a worker_threads pool: input order, bounded in-flight work, a bad document
// becomes an error result (the run goes on), and the pool is closed when the generator ends,
// throws, or is abandoned through return() (a `break` in for-await).
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { DocumentGraph } from "../models/graph.js";
import type { PipelineOptions } from "../pipeline/pipeline.js";
import { mapOrdered } from "./ordered.js";
import { WorkerPool } from "./pool.js";

export interface ExtractManyOptions {
  /** Worker threads (default: `os.availableParallelism()`). Started lazily, up to this many. */
  workers?: number;
  /** Pipeline options for every worker. They cross a thread boundary: plain data only. */
  pipeline?: PipelineOptions;
  /**
   * A module (path or URL) each worker imports; its default export is PipelineOptions or a
   * (possibly async) function returning them. This is how custom extractors reach the workers.
   */
  pipelineModule?: string | URL;
  /** Documents dispatched but not yet yielded (default 2 × workers). */
  maxInFlight?: number;
  /**
   * Longest time one document may take (default: no limit). A document past it yields an error
   * result; its worker is terminated and replaced, and the run goes on.
   */
  timeoutMs?: number;
}

/** A document with an identifier; the id comes back with its result. */
export interface DocumentInput {
  id: string;
  text: string;
}

export interface ExtractSuccess {
  id: string;
  graph: DocumentGraph;
}

export interface ExtractFailure {
  id: string;
  error: Error;
}

export type ExtractResult = ExtractSuccess | ExtractFailure;

export function isFailure(r: unknown): r is ExtractFailure {
  return typeof r === "object" && r !== null && "error" in r && (r as ExtractFailure).error instanceof Error;
}

/** Plain strings in: graphs out, and `{ id: "<index>", error }` for a text that failed. */
export function extractMany(
  texts: Iterable<string> | AsyncIterable<string>,
  options?: ExtractManyOptions,
): AsyncGenerator<DocumentGraph | ExtractFailure, void, undefined>;
/** `{ id, text }` in: `{ id, graph }` or `{ id, error }` out. */
export function extractMany(
  docs: Iterable<DocumentInput> | AsyncIterable<DocumentInput>,
  options?: ExtractManyOptions,
): AsyncGenerator<ExtractResult, void, undefined>;
export async function* extractMany(
  input: Iterable<string | DocumentInput> | AsyncIterable<string | DocumentInput>,
  options: ExtractManyOptions = {},
): AsyncGenerator<DocumentGraph | ExtractResult, void, undefined> {
  const workers = options.workers ?? availableParallelism();
  const limit = options.maxInFlight ?? 2 * workers;
  const moduleUrl = options.pipelineModule;
  const pool = new WorkerPool({
    size: workers,
    timeoutMs: options.timeoutMs,
    init: {
      pipeline: options.pipeline,
      pipelineModule: moduleUrl === undefined ? undefined : toModuleSpecifier(moduleUrl),
    },
  });
  const one = async (item: unknown, index: number): Promise<DocumentGraph | ExtractResult> => {
    if (typeof item === "string") {
      return pool.run(item).then(
        (graph) => graph,
        (error: Error) => ({ id: String(index), error }),
      );
    }
    const id = idOf(item, index);
    const text = typeof item === "object" && item !== null ? (item as { text?: unknown }).text : undefined;
    if (typeof text !== "string") {
      const what = text === undefined ? "missing text" : `text is not a string (${typeof text})`;
      return { id, error: new TypeError(what) };
    }
    return pool.run(text).then(
      (graph) => ({ id, graph }),
      (error: Error) => ({ id, error }),
    );
  };
  try {
    yield* mapOrdered(input as AsyncIterable<unknown>, one, limit);
  } finally {
    await pool.close();
  }
}

function idOf(item: unknown, index: number): string {
  const id = typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === "string" || typeof id === "number" ? String(id) : String(index);
}

function toModuleSpecifier(m: string | URL): string {
  if (m instanceof URL) return m.href;
  if (/^(file|data|node):/.test(m)) return m;
  // A filesystem path, made absolute here: the worker would resolve it against its own location.
  return pathToFileURL(resolve(m)).href;
}
