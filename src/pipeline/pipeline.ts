// SCAFFOLD — the lead is replacing this with the real pipeline. The exported names and
// signatures below are the contract other modules may rely on.
import type { DocumentGraph } from "../models/graph.js";

export interface PipelineOptions {
  [key: string]: unknown;
}

export interface Pipeline {
  /** Extracts the graph of one text. */
  extract(text: string): DocumentGraph;
  /** Extracts graphs of many texts, in input order. */
  extractMany(texts: Iterable<string> | AsyncIterable<string>): AsyncGenerator<DocumentGraph>;
}

export function createPipeline(_options: PipelineOptions = {}): Pipeline {
  const extract = (text: string): DocumentGraph => {
    if (typeof text !== "string") throw new TypeError("extract() takes a string");
    return { text, nodes: [], edges: [] };
  };
  return {
    extract,
    async *extractMany(texts) {
      for await (const t of texts as AsyncIterable<string>) yield extract(t);
    },
  };
}

let shared: Pipeline | undefined;
/** Extracts with the shared default pipeline. */
export function extract(text: string): DocumentGraph {
  return (shared ??= createPipeline()).extract(text);
}
