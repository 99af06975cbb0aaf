// schema.org JSON-LD. The @context is an inline object whose terms all expand to full IRIs, so
// consumers need no document loader and no network (the remote https://schema.org context
// expands `@vocab` to http://schema.org/, and so does this one: the triples are the same).
//
// Mapping (schema.org has no notion of a quote's cue, directness or of a meeting between parties,
// so those use the parsigraph vocabulary, prefix `pg:`):
// - person/country/organization/location → Person / Country / Organization / Place
// - quote → Quotation { text, creator + spokenByCharacter (speaker), publisher (channel) }
// - holds_role → memberOf → OrganizationRole { roleName, memberOf → target } (schema.org's Role pattern)
// - member_of → memberOf;  based_in → containedInPlace (places) / location (anything else)
// - met_with → pg:metWith;  kb.wikidata → sameAs https://www.wikidata.org/wiki/Q…
import type { DocumentGraph, GraphNode, GraphEdge } from "../models/graph.js";
import { documentId } from "./doc-id.js";

export interface JSONLDOptions {
  /** Prefix of every @id. Default `urn:parsigraph:`. */
  base?: string;
  /** Document id inside the `@id`s (`<base><doc>/<node id>`); default: a hash of the text. */
  docId?: string;
  /** Language tag of the text's strings. Default `fa`. */
  language?: string;
  /** Add a CreativeWork node holding the text, which the quotations are `isPartOf`. Default true. */
  includeDocument?: boolean;
}

export const PARSIGRAPH_VOCAB = "urn:parsigraph:vocab:";

export type JSONLDNode = { "@id": string; "@type"?: string } & Record<string, unknown>;
export interface JSONLDDocument {
  "@context": Record<string, unknown>;
  "@graph": JSONLDNode[];
}

const TYPES: Record<GraphNode["kind"], string> = {
  person: "Person",
  country: "Country",
  organization: "Organization",
  location: "Place",
  quote: "Quotation",
};

export function jsonldContext(language = "fa"): Record<string, unknown> {
  return {
    "@vocab": "http://schema.org/",
    "@language": language,
    pg: PARSIGRAPH_VOCAB,
    // Identifiers and flags are not Persian text: no language tag, and typed literals.
    identifier: { "@id": "http://schema.org/identifier", "@language": null },
    "pg:direct": { "@type": "http://www.w3.org/2001/XMLSchema#boolean" },
    "pg:confidence": { "@type": "http://www.w3.org/2001/XMLSchema#double" },
    "pg:start": { "@type": "http://www.w3.org/2001/XMLSchema#integer" },
    "pg:end": { "@type": "http://www.w3.org/2001/XMLSchema#integer" },
    sameAs: { "@id": "http://schema.org/sameAs", "@type": "@id" },
  };
}

function push(obj: JSONLDNode, prop: string, value: unknown): void {
  const prev = obj[prop];
  if (prev === undefined) obj[prop] = value;
  else if (Array.isArray(prev)) prev.push(value);
  else obj[prop] = [prev, value];
}

/** The graph as a schema.org JSON-LD document with a `@graph` of one object per node. */
export function toJSONLD(graph: DocumentGraph, options: JSONLDOptions = {}): JSONLDDocument {
  const base = options.base ?? "urn:parsigraph:";
  const doc = options.docId ?? documentId(graph.text);
  const prefix = base + encodeURIComponent(doc) + "/";
  const iri = (id: string) => prefix + encodeURIComponent(id);
  const docIri = base + encodeURIComponent(doc);

  const out = new Map<string, JSONLDNode>();
  const kinds = new Map<string, GraphNode["kind"]>();
  for (const n of graph.nodes) {
    kinds.set(n.id, n.kind);
    const o: JSONLDNode = { "@id": iri(n.id), "@type": TYPES[n.kind], "pg:confidence": n.confidence };
    if (n.kind === "quote") {
      o.text = n.content.text;
      o["pg:direct"] = n.direct;
      o["pg:start"] = n.content.start;
      o["pg:end"] = n.content.end;
      if (n.cue) o["pg:cue"] = n.cue.text;
      if (options.includeDocument !== false) o.isPartOf = { "@id": docIri };
    } else {
      o.name = n.name;
      const alternates = [...new Set(n.mentions.map((m) => m.text))].filter((t) => t !== n.name);
      if (alternates.length) o.alternateName = alternates;
      if (n.entry !== undefined) o.identifier = n.entry;
      if (n.kb?.wikidata !== undefined) o.sameAs = "https://www.wikidata.org/wiki/" + n.kb.wikidata;
    }
    out.set(n.id, o);
  }

  const roles: JSONLDNode[] = [];
  for (const e of graph.edges) addEdge(e);

  function addEdge(e: GraphEdge): void {
    const s = out.get(e.source);
    const target = { "@id": iri(e.target) };
    if (!s) return;
    switch (e.kind) {
      case "said": {
        // The speaker goes on the quotation: `creator` is the general CreativeWork property that
        // every consumer understands; `spokenByCharacter` is Quotation's own "to whom the quotation
        // is attributed", so both are set.
        const q = out.get(e.target);
        if (!q) return;
        push(q, "creator", { "@id": s["@id"] });
        push(q, "spokenByCharacter", { "@id": s["@id"] });
        return;
      }
      case "reported": {
        // The channel (the agency that relayed the words) is the quotation's `publisher`:
        // it made the words public. `sourceOrganization` would be wrong: it is the organization on
        // whose behalf the *creator* worked (the speaker's government), not the relay.
        const q = out.get(e.target);
        if (q) push(q, "publisher", { "@id": s["@id"] });
        return;
      }
      case "holds_role": {
        // schema.org's Role pattern: the Role sits between subject and object on the same property,
        // and carries roleName. The Role node takes the edge's @id, so the edge stays addressable.
        const role: JSONLDNode = { "@id": iri(e.id), "@type": "OrganizationRole", memberOf: target, "pg:confidence": e.confidence };
        if (e.role !== undefined) role.roleName = e.role;
        roles.push(role);
        push(s, "memberOf", { "@id": role["@id"] });
        return;
      }
      case "member_of":
        push(s, "memberOf", target);
        return;
      case "based_in":
        // containedInPlace is Place → Place; Organization (and anything else) uses `location`.
        push(s, kinds.get(e.source) === "location" || kinds.get(e.source) === "country" ? "containedInPlace" : "location", target);
        return;
      case "met_with":
        push(s, "pg:metWith", target);
        return;
    }
  }

  const nodes: JSONLDNode[] = [];
  if (options.includeDocument !== false) nodes.push({ "@id": docIri, "@type": "CreativeWork", text: graph.text, identifier: doc });
  nodes.push(...out.values(), ...roles);
  return { "@context": jsonldContext(options.language), "@graph": nodes };
}
