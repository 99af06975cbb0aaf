// `parsigraph schema`: the JSON Schema of DocumentGraph, generated from the zod schema.
import { z } from "zod";
import { DocumentGraphSchema } from "../models/graph.js";

export function graphJsonSchema(): Record<string, unknown> {
  // The cross-field checks (spans match the text, edge ends exist) live in a superRefine, which
  // JSON Schema cannot express; "any" keeps the structural part instead of throwing.
  const schema = z.toJSONSchema(DocumentGraphSchema, { unrepresentable: "any" }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: "https://github.com/parsigraph/parsigraph/schema/document-graph.json",
    title: "parsigraph DocumentGraph",
    description: "A document's entities, quotes and relations; every span points into `text` (UTF-16 offsets, end exclusive).",
    ...schema,
  };
}
