// parsigraph/node: the Node-only entry (worker threads). The core entry stays platform-neutral.
export { extractMany, isFailure } from "./extract-many.js";
export type {
  ExtractManyOptions,
  DocumentInput,
  ExtractSuccess,
  ExtractFailure,
  ExtractResult,
} from "./extract-many.js";
export type { DocumentGraph } from "../models/graph.js";
export type { PipelineOptions } from "../pipeline/pipeline.js";
