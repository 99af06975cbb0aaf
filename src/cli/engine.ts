// Runs the extraction for the CLI: on a worker pool (src/node), or in this thread.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createPipeline, type PipelineOptions } from "../pipeline/pipeline.js";
import { WorkerPool } from "../node/pool.js";

export interface Engine {
  /**
   * The graph as JSON text. Workers serialize it themselves: the main thread then only splices
   * and writes strings, which keeps it from becoming the bottleneck when workers are many.
   */
  extractJson(text: string): Promise<string>;
  /** How many documents may be in flight: enough to keep every worker busy, no more. */
  readonly inFlight: number;
  close(): Promise<void>;
}

export interface EngineOptions {
  /** 0: in this thread. */
  workers: number;
  /** Path of a module whose default export is PipelineOptions or a function returning them. */
  pipelineModule?: string;
  /** Per-document limit; needs worker threads (a thread cannot interrupt itself). */
  timeoutMs?: number;
}

export async function createEngine(options: EngineOptions): Promise<Engine> {
  const moduleUrl = options.pipelineModule ? pathToFileURL(resolve(options.pipelineModule)).href : undefined;
  if (options.workers <= 0) {
    const pipeline = createPipeline(moduleUrl ? await loadPipelineOptions(moduleUrl) : {});
    return {
      extractJson: async (text) => JSON.stringify(pipeline.extract(text)),
      inFlight: 1,
      close: async () => {},
    };
  }
  const pool = new WorkerPool({ size: options.workers, timeoutMs: options.timeoutMs, init: { pipelineModule: moduleUrl } });
  return {
    extractJson: (text) => pool.runJson(text),
    // the CLI writes JSON text as it comes; 8 per worker keeps each fed while memory stays bounded
    inFlight: 8 * options.workers,
    close: () => pool.close(),
  };
}

/** The same contract as the worker's (src/node/worker.ts): default export, object or function. */
async function loadPipelineOptions(url: string): Promise<PipelineOptions> {
  const mod = (await import(url)) as { default?: unknown };
  const value = typeof mod.default === "function" ? await (mod.default as () => unknown)() : mod.default;
  return value && typeof value === "object" ? (value as PipelineOptions) : {};
}
