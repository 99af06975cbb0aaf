// The public surface of parsigraph, and nothing else.

// text: normalization with an offset map, tokens, sentences, the matching key
export { normalize, NormalizeOptionsSchema } from "./text/normalize.js";
export type { NormalizeOptions } from "./text/normalize.js";
export { tokenize } from "./text/tokenize.js";
export { sentences } from "./text/sentences.js";
export { fold } from "./text/fold.js";
export { createDoc } from "./text/doc.js";
export type { NormalizedText, Token, Sentence, TokenKind } from "./text/types.js";

// models: the zod schemas and the types inferred from them
export * from "./models/span.js";
export * from "./models/gazetteer.js";
export * from "./models/graph.js";
export { schemas, graphJSONSchema } from "./models/schemas.js";

// gazetteers: load and validate entries, compile, match
export { loadEntries, GazetteerError } from "./gazetteer/load.js";
export { compileGazetteer } from "./gazetteer/compile.js";
export type { CompiledGazetteer, CompileOptions } from "./gazetteer/compile.js";
export { longestMatches } from "./gazetteer/match.js";
export type { GazetteerMatch, MatchOptions, MatchView } from "./gazetteer/match.js";
export { shippedEntries } from "./gazetteer/shipped.js";

// extraction: the pipeline, the extractor interface and the built-in stages
export { createPipeline, extract, PipelineOptionsSchema } from "./pipeline/pipeline.js";
export type { Pipeline, PipelineOptions } from "./pipeline/pipeline.js";
export type {
  Extractor,
  ExtractorContext,
  Mention,
  MentionProposal,
  QuoteProposal,
  RelationProposal,
  RelationKind,
  CorefProposal,
  Proposed,
} from "./pipeline/extractor.js";
export type { Doc, Range } from "./pipeline/types.js";
export type { Resources, WordClasses } from "./pipeline/resources.js";
export { defaultExtractors } from "./pipeline/default-extractors.js";
export { gazetteerExtractor } from "./extractors/gazetteer.js";
export { organizationsExtractor } from "./extractors/organizations.js";
export { locationsExtractor } from "./extractors/locations.js";
export { personsExtractor } from "./extractors/persons.js";
export { rolesExtractor } from "./extractors/roles.js";
export { quotesExtractor } from "./extractors/quotes.js";
export { relationsExtractor } from "./extractors/relations.js";
export { coreferenceExtractor } from "./extractors/coreference.js";
export { docIndex } from "./extractors/doc-index.js";
export type { DocIndex } from "./extractors/doc-index.js";

// export: one function per output format
export * from "./export/index.js";
