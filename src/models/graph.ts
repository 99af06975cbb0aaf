import { z } from "zod";
import { SpanSchema } from "./span.js";
import { EntityKindSchema } from "./gazetteer.js";

/** Which stage, and which rule or gazetteer entry inside it, produced an item. */
export const ProvenanceSchema = z.object({
  extractor: z.string().min(1),
  rule: z.string().optional(),
  entry: z.string().optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

const confidence = z.number().min(0).max(1);

export const EntityNodeSchema = z.object({
  id: z.string().min(1),
  kind: EntityKindSchema,
  name: z.string().min(1),
  mentions: z.array(SpanSchema).min(1),
  kb: z.object({ wikidata: z.string().optional() }).optional(),
  entry: z.string().optional(),
  confidence,
  provenance: ProvenanceSchema,
});
export type EntityNode = z.infer<typeof EntityNodeSchema>;

export const QuoteNodeSchema = z.object({
  id: z.string().min(1),
  kind: z.literal("quote"),
  content: SpanSchema,
  direct: z.boolean(),
  cue: SpanSchema.nullable(),
  confidence,
  provenance: ProvenanceSchema,
});
export type QuoteNode = z.infer<typeof QuoteNodeSchema>;

export const NodeSchema = z.discriminatedUnion("kind", [
  EntityNodeSchema.extend({ kind: z.literal("person") }),
  EntityNodeSchema.extend({ kind: z.literal("country") }),
  EntityNodeSchema.extend({ kind: z.literal("organization") }),
  EntityNodeSchema.extend({ kind: z.literal("location") }),
  QuoteNodeSchema,
]);
export type GraphNode = z.infer<typeof NodeSchema>;

export const EDGE_KINDS = ["said", "reported", "holds_role", "met_with", "based_in", "member_of"] as const;
export const EdgeKindSchema = z.enum(EDGE_KINDS);
export type EdgeKind = z.infer<typeof EdgeKindSchema>;

export const EdgeSchema = z.object({
  id: z.string().min(1),
  kind: EdgeKindSchema,
  source: z.string().min(1),
  target: z.string().min(1),
  /** For holds_role: the title as written, e.g. `رئیس جمهور`. */
  role: z.string().optional(),
  evidence: z.array(SpanSchema),
  confidence,
  provenance: ProvenanceSchema,
});
export type GraphEdge = z.infer<typeof EdgeSchema>;

export const DocumentGraphSchema = z
  .object({
    /** The original input, exactly as given. Every span points into it. */
    text: z.string(),
    nodes: z.array(NodeSchema),
    edges: z.array(EdgeSchema),
  })
  .superRefine((g, ctx) => {
    const ids = new Set<string>();
    const check = (s: { start: number; end: number; text: string }, path: (string | number)[]) => {
      if (s.end > g.text.length || g.text.slice(s.start, s.end) !== s.text)
        ctx.addIssue({ code: "custom", message: "span does not match the original text", path });
    };
    g.nodes.forEach((n, i) => {
      if (ids.has(n.id)) ctx.addIssue({ code: "custom", message: `duplicate node id ${n.id}`, path: ["nodes", i, "id"] });
      ids.add(n.id);
      if (n.kind === "quote") {
        check(n.content, ["nodes", i, "content"]);
        if (n.cue) check(n.cue, ["nodes", i, "cue"]);
      } else n.mentions.forEach((m, j) => check(m, ["nodes", i, "mentions", j]));
    });
    g.edges.forEach((e, i) => {
      if (!ids.has(e.source)) ctx.addIssue({ code: "custom", message: `unknown source ${e.source}`, path: ["edges", i, "source"] });
      if (!ids.has(e.target)) ctx.addIssue({ code: "custom", message: `unknown target ${e.target}`, path: ["edges", i, "target"] });
      e.evidence.forEach((s, j) => check(s, ["edges", i, "evidence", j]));
    });
  });
export type DocumentGraph = z.infer<typeof DocumentGraphSchema>;
