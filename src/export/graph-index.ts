// One pass over a DocumentGraph that every exporter needs: nodes by id, and each quote's speaker
// (the source of its `said` edge) and channel (the source of its `reported` edge). Exporters that
// flatten a graph (rows, HTML, JSON-LD) would otherwise each re-scan the edge list per quote.
import type { DocumentGraph, GraphNode } from "../models/graph.js";

export interface GraphIndex {
  byId: Map<string, GraphNode>;
  /** The first `said` source per quote id (a quote has at most one speaker in the contract). */
  speakerOf: Map<string, GraphNode>;
  /** The first `reported` source per quote id: the organization that relayed the statement. */
  channelOf: Map<string, GraphNode>;
}

export function indexGraph(graph: DocumentGraph): GraphIndex {
  const byId = new Map<string, GraphNode>();
  for (const n of graph.nodes) byId.set(n.id, n);
  const speakerOf = new Map<string, GraphNode>();
  const channelOf = new Map<string, GraphNode>();
  for (const e of graph.edges) {
    const into = e.kind === "said" ? speakerOf : e.kind === "reported" ? channelOf : undefined;
    const source = byId.get(e.source);
    if (into && source && !into.has(e.target)) into.set(e.target, source);
  }
  return { byId, speakerOf, channelOf };
}

/** A human-readable label: an entity's name, or a quote's content text. */
export function nodeLabel(node: GraphNode): string {
  return node.kind === "quote" ? node.content.text : node.name;
}
