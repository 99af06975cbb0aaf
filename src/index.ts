// The public surface of parsigraph, and nothing else.
export { fold } from "./text/fold.js";
export type { NormalizedText, Token, Sentence, TokenKind } from "./text/types.js";
export { createPipeline, extract } from "./pipeline/pipeline.js";
export type { Pipeline, PipelineOptions } from "./pipeline/pipeline.js";
export * from "./models/graph.js";
export * from "./models/span.js";
export * from "./models/gazetteer.js";
