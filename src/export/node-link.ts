// Node-link JSON: the format NetworkX 3.x reads with `nx.node_link_graph(data, edges="edges")`
// and d3-force reads as `{ nodes, links }`. NetworkX >= 3.4 names the edge list "edges" (the old
// default "links" is deprecated there), d3 wants "links": `linksKey` picks one. Links name their
// ends by node id, so in d3 use `d3.forceLink(data.links).id((d) => d.id)` (d3's default is the index).
import type { DocumentGraph, GraphNode, GraphEdge } from "../models/graph.js";
import type { Span } from "../models/span.js";
import { nodeLabel } from "./graph-index.js";

export interface NodeLinkOptions {
  /** Name of the edge list: "edges" (NetworkX >= 3.4, the default) or "links" (d3-force, older NetworkX). */
  linksKey?: "edges" | "links";
  /** Extra graph-level attributes (e.g. a document id); the text is always included as `text`. */
  graph?: Record<string, unknown>;
}

export interface NodeLinkNode {
  id: string;
  kind: GraphNode["kind"];
  label: string;
  confidence: number;
  extractor: string;
  rule?: string;
  /** Entities. */
  name?: string;
  mentions?: Span[];
  wikidata?: string;
  entry?: string;
  /** Quotes. */
  text?: string;
  start?: number;
  end?: number;
  direct?: boolean;
  cue?: Span | null;
}

export interface NodeLinkEdge {
  source: string;
  target: string;
  /** The multigraph key: the edge id, so parallel edges between two nodes stay distinct. */
  key: string;
  id: string;
  kind: GraphEdge["kind"];
  role?: string;
  evidence: Span[];
  confidence: number;
  extractor: string;
  rule?: string;
}

export interface NodeLinkData {
  directed: true;
  multigraph: true;
  graph: Record<string, unknown>;
  nodes: NodeLinkNode[];
  edges?: NodeLinkEdge[];
  links?: NodeLinkEdge[];
}

function provenanceOf(x: { provenance: { extractor: string; rule?: string; entry?: string } }) {
  return x.provenance.rule === undefined ? { extractor: x.provenance.extractor } : { extractor: x.provenance.extractor, rule: x.provenance.rule };
}

function toNode(n: GraphNode): NodeLinkNode {
  const base = { id: n.id, kind: n.kind, label: nodeLabel(n), confidence: n.confidence, ...provenanceOf(n) };
  if (n.kind === "quote")
    return { ...base, text: n.content.text, start: n.content.start, end: n.content.end, direct: n.direct, cue: n.cue };
  return {
    ...base,
    name: n.name,
    mentions: n.mentions,
    ...(n.kb?.wikidata !== undefined ? { wikidata: n.kb.wikidata } : {}),
    ...(n.entry !== undefined ? { entry: n.entry } : {}),
  };
}

function toEdge(e: GraphEdge): NodeLinkEdge {
  return {
    source: e.source,
    target: e.target,
    key: e.id,
    id: e.id,
    kind: e.kind,
    ...(e.role !== undefined ? { role: e.role } : {}),
    evidence: e.evidence,
    confidence: e.confidence,
    ...provenanceOf(e),
  };
}

/** The graph as node-link JSON (directed multigraph; node and edge attributes are flat where they can be). */
export function toNodeLink(graph: DocumentGraph, options: NodeLinkOptions = {}): NodeLinkData {
  const edges = graph.edges.map(toEdge);
  const data: NodeLinkData = {
    directed: true,
    multigraph: true,
    graph: { ...options.graph, text: graph.text },
    nodes: graph.nodes.map(toNode),
  };
  if ((options.linksKey ?? "edges") === "links") data.links = edges;
  else data.edges = edges;
  return data;
}
