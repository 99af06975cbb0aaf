import type { DocumentGraph, EntityNode, GraphEdge, GraphNode, QuoteNode, EdgeKind } from "../models/graph.js";
import type { EntityKind } from "../models/gazetteer.js";
import type { Range } from "./types.js";
import type { DocumentState } from "./context.js";
import { mergeMentions } from "./merge.js";

/** Which entity kinds each relation takes as subject and object (annotation guide, section 3). */
const RELATION_KINDS: Record<string, { subject: EntityKind[]; object: EntityKind[] }> = {
  holds_role: { subject: ["person"], object: ["country", "organization"] },
  met_with: { subject: ["person", "country", "organization", "location"], object: ["person", "country", "organization", "location"] },
  based_in: { subject: ["organization", "location"], object: ["country", "location"] },
  member_of: { subject: ["person", "country"], object: ["organization"] },
};

const rangeKey = (r: Range) => `${r.start}:${r.end}`;

/** Builds the DocumentGraph from a document's resolved state. */
export function buildGraph(state: DocumentState): DocumentGraph {
  const text = state.doc.original;
  const span = (r: Range) => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end) });
  const groups = mergeMentions(state.mentions());

  // entity nodes
  const nodes: GraphNode[] = [];
  const entityAt = new Map<string, EntityNode[]>(); // range → entities with a mention there
  const counters: Record<string, number> = {};
  for (const g of groups) {
    const best = g.mentions.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    const entry = g.mentions.find((m) => m.entry)?.entry;
    const longest = g.mentions.reduce((a, b) => (b.norm.length > a.norm.length ? b : a));
    counters[g.kind] = (counters[g.kind] ?? 0) + 1;
    const node: EntityNode = {
      id: `${g.kind}-${counters[g.kind]}`,
      kind: g.kind,
      name: entry?.name ?? longest.name,
      mentions: g.mentions.map(span),
      ...(entry?.kb?.wikidata ? { kb: { wikidata: entry.kb.wikidata } } : {}),
      ...(entry ? { entry: entry.id } : {}),
      confidence: best.confidence,
      provenance: best.provenance,
    };
    nodes.push(node as GraphNode);
    for (const m of g.mentions) {
      const k = rangeKey(m);
      const list = entityAt.get(k);
      if (list) list.push(node);
      else entityAt.set(k, [node]);
    }
  }

  // coreference: expression range → antecedent range
  const corefs = new Map<string, Range>();
  for (const c of state.corefs()) if (!corefs.has(rangeKey(c.value.anaphor))) corefs.set(rangeKey(c.value.anaphor), c.value.antecedent);
  const resolve = (r: Range | null, kinds?: EntityKind[]): EntityNode | undefined => {
    for (let depth = 0; r && depth < 8; depth++) {
      const hit = entityAt.get(rangeKey(r))?.find((n) => !kinds || kinds.includes(n.kind));
      if (hit) return hit;
      r = corefs.get(rangeKey(r)) ?? null;
    }
    return undefined;
  };

  const edges: GraphEdge[] = [];
  const edgeKeys = new Set<string>();
  const addEdge = (kind: EdgeKind, source: string, target: string, evidence: Range[], confidence: number, provenance: GraphEdge["provenance"], role?: string) => {
    const key = kind === "met_with" ? [kind, ...[source, target].sort()].join("|") : [kind, source, target].join("|");
    if (source === target || edgeKeys.has(key)) return;
    edgeKeys.add(key);
    edges.push({ id: `e${edges.length + 1}`, kind, source, target, ...(role ? { role } : {}), evidence: evidence.map(span), confidence, provenance });
  };

  // quotes: overlapping proposals keep the more confident, then the earlier proposed
  const quotes = [...state.quotes()].sort((a, b) => (b.value.confidence ?? 0.7) - (a.value.confidence ?? 0.7));
  const kept: typeof quotes = [];
  for (const q of quotes) {
    const c = q.value.content;
    if (kept.every((k) => k.value.content.end <= c.start || c.end <= k.value.content.start)) kept.push(q);
  }
  kept.sort((a, b) => a.value.content.start - b.value.content.start);
  kept.forEach((q, i) => {
    const p = q.value;
    const node: QuoteNode = {
      id: `quote-${i + 1}`,
      kind: "quote",
      content: span(p.content),
      direct: p.direct,
      cue: p.cue ? span(p.cue) : null,
      confidence: p.confidence ?? 0.7,
      provenance: q.provenance,
    };
    nodes.push(node);
    const speaker = resolve(p.speaker);
    const evidence = p.cue ? [p.cue] : [p.content];
    if (speaker) addEdge("said", speaker.id, node.id, evidence, node.confidence, q.provenance);
    const via = resolve(p.via, ["organization"]);
    if (via && via !== speaker) addEdge("reported", via.id, node.id, p.via ? [p.via] : evidence, node.confidence, q.provenance);
  });

  // relations
  for (const r of state.relations()) {
    const p = r.value;
    const allowed = RELATION_KINDS[p.kind];
    const s = resolve(p.subject, allowed.subject);
    const o = resolve(p.object, allowed.object);
    if (!s || !o) continue;
    addEdge(p.kind, s.id, o.id, p.evidence, p.confidence ?? 0.7, r.provenance, p.kind === "holds_role" ? p.role : undefined);
  }
  return { text, nodes, edges };
}
