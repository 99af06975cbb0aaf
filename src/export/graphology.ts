// The serialized form graphology's `Graph.from(data)` and `graph.import(data)` accept. Written as
// plain JSON (no graphology import) so that the core keeps zod as its only runtime dependency.
import type { DocumentGraph, GraphNode, GraphEdge } from "../models/graph.js";
import { nodeLabel } from "./graph-index.js";

export interface GraphologySerialized {
  attributes: Record<string, unknown>;
  options: { type: "directed"; multi: true; allowSelfLoops: true };
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

function nodeAttributes(n: GraphNode): Record<string, unknown> {
  // `label` is what sigma.js and other graphology renderers display by default.
  const a: Record<string, unknown> = { kind: n.kind, label: nodeLabel(n), confidence: n.confidence, provenance: n.provenance };
  if (n.kind === "quote") {
    a.content = n.content;
    a.direct = n.direct;
    a.cue = n.cue;
  } else {
    a.name = n.name;
    a.mentions = n.mentions;
    if (n.kb?.wikidata !== undefined) a.wikidata = n.kb.wikidata;
    if (n.entry !== undefined) a.entry = n.entry;
  }
  return a;
}

function edgeAttributes(e: GraphEdge): Record<string, unknown> {
  const a: Record<string, unknown> = { kind: e.kind, label: e.role ?? e.kind, evidence: e.evidence, confidence: e.confidence, provenance: e.provenance };
  if (e.role !== undefined) a.role = e.role;
  return a;
}

/** The graph in graphology's serialization format (directed multigraph, edge keys = edge ids). */
export function toGraphology(graph: DocumentGraph): GraphologySerialized {
  return {
    attributes: { text: graph.text },
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: graph.nodes.map((n) => ({ key: n.id, attributes: nodeAttributes(n) })),
    edges: graph.edges.map((e) => ({ key: e.id, source: e.source, target: e.target, attributes: edgeAttributes(e) })),
  };
}
