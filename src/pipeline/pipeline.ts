import { z } from "zod";
import type { DocumentGraph } from "../models/graph.js";
import type { Extractor } from "./extractor.js";
import { compileResources, type Resources } from "./resources.js";
import { DocumentState } from "./context.js";
import { buildGraph } from "./build-graph.js";
import { defaultExtractors } from "./default-extractors.js";
import { createDoc } from "../text/doc.js";
import { withDisplay } from "../export/jupyter.js";

const extractorShape = z.object({ name: z.string().min(1), run: z.custom<Extractor["run"]>((v) => typeof v === "function", "must be a function") });

export const PipelineOptionsSchema = z
  .object({
    /** Gazetteer entries of your own, added to the shipped ones (an entry with a shipped id replaces it). */
    gazetteers: z.array(z.unknown()).optional(),
    /** Whether the shipped gazetteers are used (default true). */
    shippedGazetteers: z.boolean().optional(),
    /** The stages to run, in order: a list, or a function of the default list. */
    extractors: z
      .union([
        z.array(extractorShape),
        z.custom<(defaults: readonly Extractor[]) => Extractor[]>((v) => typeof v === "function", "must be a list of extractors or a function"),
      ])
      .optional(),
    /** Options passed to normalize(). */
    normalize: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export type PipelineOptions = z.input<typeof PipelineOptionsSchema>;

export interface Pipeline {
  /** Extracts the graph of one text. */
  extract(text: string): DocumentGraph;
  /** Extracts graphs of many texts, in input order. */
  extractMany(texts: Iterable<string> | AsyncIterable<string>): AsyncGenerator<DocumentGraph>;
  /** The compiled gazetteers and word lists this pipeline shares between documents. */
  readonly resources: Resources;
  /** The stages, in order. */
  readonly extractors: readonly Extractor[];
}

/**
 * Compiles a pipeline once: gazetteers (shipped and yours) into one automaton, the word
 * lists, and the list of stages. Its extract() then reuses all of it for every document.
 */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const parsed = PipelineOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue.code === "unrecognized_keys") throw new TypeError(`createPipeline: unknown option ${issue.keys.map((k) => `\`${k}\``).join(", ")}`);
    throw new TypeError(`createPipeline: option \`${issue.path.join(".") || "(root)"}\` ${issue.message}`);
  }
  const o = parsed.data;
  const resources = compileResources({ entries: o.gazetteers, shipped: o.shippedGazetteers });
  const defaults = defaultExtractors();
  const extractors: readonly Extractor[] =
    typeof o.extractors === "function" ? o.extractors(defaults) : ((o.extractors as Extractor[] | undefined) ?? defaults);
  const normalizeOptions = o.normalize;

  const extract = (text: string): DocumentGraph => {
    if (typeof text !== "string") throw new TypeError(`extract() takes a string, not ${text === null ? "null" : typeof text}`);
    const doc = createDoc(text, normalizeOptions);
    const state = new DocumentState(doc, resources);
    for (const x of extractors) state.runExtractor(x);
    // the graph is plain JSON; in a Jupyter (Deno) notebook it also displays itself
    return withDisplay(buildGraph(state));
  };

  return {
    extract,
    resources,
    extractors,
    async *extractMany(texts) {
      for await (const t of texts as AsyncIterable<string>) yield extract(t);
    },
  };
}

let shared: Pipeline | undefined;

/** Extracts the graph of a text with the shared default pipeline (compiled on first use). */
export function extract(text: string): DocumentGraph {
  return (shared ??= createPipeline()).extract(text);
}
