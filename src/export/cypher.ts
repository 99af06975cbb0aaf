// Neo4j Cypher: idempotent MERGE statements, so loading the same document twice, or two documents
// naming the same entity, never duplicates nodes or relationships.
//
// Keys: an entity is MERGEd on `key` = its gazetteer entry id (`country:TJ`), or, without one,
// `<kind>:name:<name>` (entry ids have exactly one colon, so the two can never collide). A quote is
// MERGEd on (doc, start, end). Relationships are MERGEd on their endpoints and type (plus `role`
// for HOLDS_ROLE) and record the documents that support them in `docs`.
//
// Values travel as parameters ({ statement, parameters }, what every Neo4j driver takes);
// `toCypherScript` inlines them as escaped literals for cypher-shell or the browser.
import type { DocumentGraph, GraphEdge, GraphNode } from "../models/graph.js";
import { documentId } from "./doc-id.js";

export type CypherValue = string | number | boolean | null | CypherValue[];
export interface CypherStatement {
  statement: string;
  parameters: Record<string, CypherValue>;
}

export interface CypherOptions {
  /** The document id quotes are keyed on; default: a hash of the text (same text, same id). */
  docId?: string;
  /** Prepend `CREATE CONSTRAINT … IF NOT EXISTS` uniqueness constraints on the merge keys (Neo4j 5). */
  constraints?: boolean;
  /** Also MERGE a (:Document {id}) node with the text, linked by MENTIONS / CONTAINS. Default true. */
  document?: boolean;
}

const LABELS: Record<GraphNode["kind"], string> = {
  person: "Person",
  country: "Country",
  organization: "Organization",
  location: "Location",
  quote: "Quote",
};

const REL_TYPES: Record<GraphEdge["kind"], string> = {
  said: "SAID",
  reported: "REPORTED",
  holds_role: "HOLDS_ROLE",
  met_with: "MET_WITH",
  based_in: "BASED_IN",
  member_of: "MEMBER_OF",
};

/** The merge key of an entity node (see the file comment). */
export function entityKey(node: { kind: string; name: string; entry?: string }): string {
  return node.entry ?? `${node.kind}:name:${node.name}`;
}

/** A MATCH pattern for a node and the parameters it needs, prefixed to stay unique in a statement. */
function pattern(variable: string, node: GraphNode, doc: string, p: Record<string, CypherValue>): string {
  if (node.kind === "quote") {
    p[`${variable}Doc`] = doc;
    p[`${variable}Start`] = node.content.start;
    p[`${variable}End`] = node.content.end;
    return `(${variable}:Quote {doc: $${variable}Doc, start: $${variable}Start, end: $${variable}End})`;
  }
  p[`${variable}Key`] = entityKey(node);
  return `(${variable}:${LABELS[node.kind]} {key: $${variable}Key})`;
}

/** Statements that MERGE the graph into Neo4j, in dependency order (nodes, then relationships). */
export function toCypher(graph: DocumentGraph, options: CypherOptions = {}): CypherStatement[] {
  const doc = options.docId ?? documentId(graph.text);
  const withDoc = options.document !== false;
  const out: CypherStatement[] = [];
  if (options.constraints) {
    for (const label of ["Person", "Country", "Organization", "Location"])
      out.push({ statement: `CREATE CONSTRAINT parsigraph_${label.toLowerCase()}_key IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE`, parameters: {} });
    out.push({ statement: `CREATE CONSTRAINT parsigraph_quote_key IF NOT EXISTS FOR (n:Quote) REQUIRE (n.doc, n.start, n.end) IS UNIQUE`, parameters: {} });
    if (withDoc) out.push({ statement: `CREATE CONSTRAINT parsigraph_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE`, parameters: {} });
  }
  if (withDoc) out.push({ statement: `MERGE (d:Document {id: $doc}) SET d.text = $text`, parameters: { doc, text: graph.text } });

  const byId = new Map<string, GraphNode>();
  for (const n of graph.nodes) {
    byId.set(n.id, n);
    const p: Record<string, CypherValue> = {};
    const merge = pattern("n", n, doc, p);
    const sets: string[] = ["n.confidence = $confidence", "n.extractor = $extractor"];
    p.confidence = n.confidence;
    p.extractor = n.provenance.extractor;
    if (n.kind === "quote") {
      Object.assign(p, { text: n.content.text, direct: n.direct, cue: n.cue?.text ?? null });
      sets.push("n.text = $text", "n.direct = $direct", "n.cue = $cue");
    } else {
      Object.assign(p, { name: n.name, wikidata: n.kb?.wikidata ?? null, entry: n.entry ?? null });
      // SET to null removes a property, so a later document without a QID must not erase one: coalesce.
      sets.push("n.name = $name", "n.wikidata = coalesce($wikidata, n.wikidata)", "n.entry = coalesce($entry, n.entry)");
    }
    let statement = `MERGE ${merge} SET ${sets.join(", ")}`;
    if (withDoc) {
      p.doc = doc;
      if (n.kind === "quote") statement += ` WITH n MATCH (d:Document {id: $doc}) MERGE (d)-[:CONTAINS]->(n)`;
      else {
        p.starts = n.mentions.map((m) => m.start);
        p.ends = n.mentions.map((m) => m.end);
        statement += ` WITH n MATCH (d:Document {id: $doc}) MERGE (d)-[m:MENTIONS]->(n) SET m.starts = $starts, m.ends = $ends`;
      }
    }
    out.push({ statement, parameters: p });
  }

  for (const e of graph.edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    const p: Record<string, CypherValue> = {};
    const match = `MATCH ${pattern("a", s, doc, p)}, ${pattern("b", t, doc, p)}`;
    let props = "";
    if (e.kind === "holds_role") {
      p.role = e.role ?? "";
      props = " {role: $role}";
    }
    Object.assign(p, { doc, confidence: e.confidence, extractor: e.provenance.extractor, evidence: e.evidence.map((x) => x.text) });
    out.push({
      statement:
        `${match} MERGE (a)-[r:${REL_TYPES[e.kind]}${props}]->(b) ` +
        `SET r.confidence = $confidence, r.extractor = $extractor, r.evidence = $evidence, ` +
        `r.docs = CASE WHEN $doc IN coalesce(r.docs, []) THEN r.docs ELSE coalesce(r.docs, []) + $doc END`,
      parameters: p,
    });
  }
  return out;
}

/** A Cypher string literal: single-quoted, with backslash, quotes, controls and lone surrogates escaped. */
export function cypherString(s: string): string {
  let out = "'";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c === 0x5c) esc = "\\\\";
    else if (c === 0x27) esc = "\\'";
    else if (c === 0x22) esc = '\\"';
    else if (c === 0x0a) esc = "\\n";
    else if (c === 0x0d) esc = "\\r";
    else if (c === 0x09) esc = "\\t";
    else if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029) esc = "\\u" + c.toString(16).padStart(4, "0");
    else if (c >= 0xd800 && c <= 0xdfff) {
      const pair =
        c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (pair) {
        i++;
        continue;
      }
      esc = "\\u" + c.toString(16).padStart(4, "0");
    }
    if (esc !== undefined) {
      out += s.slice(from, i) + esc;
      from = i + 1;
    }
  }
  return out + s.slice(from) + "'";
}

/** A parameter value as a Cypher literal. */
export function cypherLiteral(v: CypherValue): string {
  if (v === null) return "null";
  if (typeof v === "string") return cypherString(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  // Offsets and confidences: small integers and plain decimals, which JS prints as Cypher reads them.
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "null";
  return "[" + v.map(cypherLiteral).join(", ") + "]";
}

/** The statements as a script with inlined literals, one statement per line, each ending in `;`. */
export function toCypherScript(graph: DocumentGraph, options: CypherOptions = {}): string {
  return (
    toCypher(graph, options)
      .map(({ statement, parameters }) =>
        // Statements are generated here and contain no string literals, so every `$name` is a parameter.
        statement.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (m, name: string) =>
          Object.prototype.hasOwnProperty.call(parameters, name) ? cypherLiteral(parameters[name]) : m,
        ) + ";",
      )
      .join("\n") + "\n"
  );
}
