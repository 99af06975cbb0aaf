// GraphML (http://graphml.graphdrawing.org/) with typed <key>s, as Gephi, yEd, Cytoscape and
// NetworkX's read_graphml load it. Attribute values are scalars only (GraphML has no lists), so
// mentions and evidence are flattened: the first span's offsets plus all texts joined by " | ".
import type { DocumentGraph, GraphEdge, GraphNode } from "../models/graph.js";
import { escapeXmlAttr, escapeXmlText } from "./xml-escape.js";
import { nodeLabel } from "./graph-index.js";

type KeyType = "string" | "double" | "boolean" | "int";
interface KeyDef {
  id: string;
  for: "node" | "edge" | "graph";
  name: string;
  type: KeyType;
}

/** Every attribute this exporter may write. Declared up front so the schema is the same for every graph. */
export const GRAPHML_KEYS: readonly KeyDef[] = [
  { id: "g_text", for: "graph", name: "text", type: "string" },
  { id: "n_kind", for: "node", name: "kind", type: "string" },
  { id: "n_label", for: "node", name: "label", type: "string" },
  { id: "n_name", for: "node", name: "name", type: "string" },
  { id: "n_wikidata", for: "node", name: "wikidata", type: "string" },
  { id: "n_entry", for: "node", name: "entry", type: "string" },
  { id: "n_mentions", for: "node", name: "mentions", type: "string" },
  { id: "n_mention_count", for: "node", name: "mention_count", type: "int" },
  // start/end: a quote's content span, or an entity's first mention (UTF-16 offsets).
  { id: "n_start", for: "node", name: "start", type: "int" },
  { id: "n_end", for: "node", name: "end", type: "int" },
  { id: "n_text", for: "node", name: "text", type: "string" },
  { id: "n_direct", for: "node", name: "direct", type: "boolean" },
  { id: "n_cue", for: "node", name: "cue", type: "string" },
  { id: "n_confidence", for: "node", name: "confidence", type: "double" },
  { id: "n_extractor", for: "node", name: "extractor", type: "string" },
  { id: "n_rule", for: "node", name: "rule", type: "string" },
  { id: "e_kind", for: "edge", name: "kind", type: "string" },
  { id: "e_label", for: "edge", name: "label", type: "string" },
  { id: "e_role", for: "edge", name: "role", type: "string" },
  { id: "e_evidence", for: "edge", name: "evidence", type: "string" },
  { id: "e_confidence", for: "edge", name: "confidence", type: "double" },
  { id: "e_extractor", for: "edge", name: "extractor", type: "string" },
  { id: "e_rule", for: "edge", name: "rule", type: "string" },
];

type Value = string | number | boolean | undefined;

function data(out: string[], indent: string, key: string, value: Value): void {
  if (value === undefined) return;
  const v = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "NaN") : String(value);
  out.push(`${indent}<data key="${key}">${escapeXmlText(v)}</data>`);
}

function nodeData(n: GraphNode): [string, Value][] {
  const common: [string, Value][] = [
    ["n_kind", n.kind],
    ["n_label", nodeLabel(n)],
    ["n_confidence", n.confidence],
    ["n_extractor", n.provenance.extractor],
    ["n_rule", n.provenance.rule],
  ];
  if (n.kind === "quote")
    return [...common, ["n_text", n.content.text], ["n_start", n.content.start], ["n_end", n.content.end], ["n_direct", n.direct], ["n_cue", n.cue?.text]];
  return [
    ...common,
    ["n_name", n.name],
    ["n_wikidata", n.kb?.wikidata],
    ["n_entry", n.entry],
    ["n_mentions", n.mentions.map((m) => m.text).join(" | ")],
    ["n_mention_count", n.mentions.length],
    ["n_start", n.mentions[0].start],
    ["n_end", n.mentions[0].end],
  ];
}

function edgeData(e: GraphEdge): [string, Value][] {
  return [
    ["e_kind", e.kind],
    ["e_label", e.role ?? e.kind],
    ["e_role", e.role],
    ["e_evidence", e.evidence.length ? e.evidence.map((s) => s.text).join(" | ") : undefined],
    ["e_confidence", e.confidence],
    ["e_extractor", e.provenance.extractor],
    ["e_rule", e.provenance.rule],
  ];
}

export interface GraphMLOptions {
  /** The <graph id>. Default "G". */
  graphId?: string;
}

/** The graph as a GraphML document (UTF-8, directed; parallel edges keep their own ids). */
export function toGraphML(graph: DocumentGraph, options: GraphMLOptions = {}): string {
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
  ];
  for (const k of GRAPHML_KEYS)
    out.push(`  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`);
  out.push(`  <graph id="${escapeXmlAttr(options.graphId ?? "G")}" edgedefault="directed">`);
  data(out, "    ", "g_text", graph.text);
  for (const n of graph.nodes) {
    out.push(`    <node id="${escapeXmlAttr(n.id)}">`);
    for (const [k, v] of nodeData(n)) data(out, "      ", k, v);
    out.push(`    </node>`);
  }
  for (const e of graph.edges) {
    out.push(`    <edge id="${escapeXmlAttr(e.id)}" source="${escapeXmlAttr(e.source)}" target="${escapeXmlAttr(e.target)}">`);
    for (const [k, v] of edgeData(e)) data(out, "      ", k, v);
    out.push(`    </edge>`);
  }
  out.push(`  </graph>`, `</graphml>`, ``);
  return out.join("\n");
}
