import { z } from "zod";
import { SpanSchema } from "./span.js";
import { GazetteerEntrySchema } from "./gazetteer.js";
import { DocumentGraphSchema, NodeSchema, EdgeSchema, EntityNodeSchema, QuoteNodeSchema, ProvenanceSchema } from "./graph.js";

/** Every zod schema of the library, by name. */
export const schemas = {
  Span: SpanSchema,
  GazetteerEntry: GazetteerEntrySchema,
  DocumentGraph: DocumentGraphSchema,
  Node: NodeSchema,
  Edge: EdgeSchema,
  EntityNode: EntityNodeSchema,
  QuoteNode: QuoteNodeSchema,
  Provenance: ProvenanceSchema,
} as const;

/**
 * The JSON Schema of a DocumentGraph (draft 2020-12). The checks that JSON Schema cannot
 * say (every span matches the text, edges name existing nodes) stay with the zod schema.
 */
export function graphJSONSchema(): Record<string, unknown> {
  return z.toJSONSchema(DocumentGraphSchema, { unrepresentable: "any", io: "output" }) as Record<string, unknown>;
}
