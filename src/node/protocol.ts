// The messages exchanged between the pool (main thread) and a worker. Everything here
// must survive the structured clone, so errors travel as plain objects.
import type { DocumentGraph } from "../models/graph.js";
import type { PipelineOptions } from "../pipeline/pipeline.js";

/** What every worker receives once, as `workerData`. */
export interface WorkerInit {
  /** Plain-data pipeline options (functions cannot cross threads). */
  pipeline?: PipelineOptions;
  /** URL of a module whose default export is PipelineOptions, or a function returning them. */
  pipelineModule?: string;
}

export interface TaskMessage {
  seq: number;
  text: string;
  /** Answer with the graph as JSON text: cheaper than a structured clone when JSON is wanted anyway. */
  json?: boolean;
}

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
}

export type ReplyMessage =
  | { ready: true }
  | { seq: number; ok: true; graph: DocumentGraph }
  | { seq: number; ok: true; json: string }
  | { seq: number; ok: false; error: SerializedError };

export function serializeError(e: unknown): SerializedError {
  if (e instanceof Error) return { name: e.name, message: e.message, stack: e.stack };
  return { name: "Error", message: String(e) };
}

export function deserializeError(e: SerializedError): Error {
  const err = new Error(e.message);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}
