import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { toJSONLD, PARSIGRAPH_VOCAB } from "../src/export/jsonld.js";
import { fixtures, hostileGraph, lavrovGraph, meetingGraph } from "./fixtures/graphs.js";

const S = "http://schema.org/";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
// The context is inline: any attempt to fetch a document is a bug (and would need the network).
const documentLoader = async (url: string): Promise<never> => {
  throw new Error(`no network in tests: tried to load ${url}`);
};

interface Quad { s: string; p: string; o: string; lang?: string }

async function quads(doc: object): Promise<Quad[]> {
  const nq = (await jsonld.toRDF(doc as never, { format: "application/n-quads", documentLoader } as never)) as unknown as string;
  // A small N-Quads reader: subject, predicate, then an IRI, blank node or literal object.
  const out: Quad[] = [];
  const line = /^(<[^>]*>|_:\S+) <([^>]*)> (?:<([^>]*)>|(_:\S+)|"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<[^>]*>)?) \.$/;
  for (const l of nq.split("\n").filter(Boolean)) {
    const m = line.exec(l);
    if (!m) throw new Error(`unparsed n-quad: ${l}`);
    const o = m[3] ?? m[4] ?? JSON.parse(`"${m[5]}"`);
    out.push({ s: m[1].replace(/^<|>$/g, ""), p: m[2], o, lang: m[6] });
  }
  return out;
}

const iri = (doc: ReturnType<typeof toJSONLD>, nodeId: string) =>
  (doc["@graph"].find((n) => n["@id"].endsWith("/" + nodeId)) as { "@id": string })["@id"];

describe("toJSONLD", () => {
  it("expands without a document loader, with schema.org types for every node", async () => {
    for (const { graph } of fixtures) {
      const doc = toJSONLD(graph);
      const expanded = (await jsonld.expand(doc as never, { documentLoader } as never)) as unknown as Record<string, unknown>[];
      const types = new Map(expanded.map((n) => [n["@id"] as string, (n["@type"] as string[])[0]]));
      for (const n of graph.nodes) {
        const want = { person: "Person", country: "Country", organization: "Organization", location: "Place", quote: "Quotation" }[n.kind];
        expect(types.get(iri(doc, n.id))).toBe(S + want);
      }
    }
  });

  it("turns every node and edge of the meeting into RDF triples", async () => {
    const doc = toJSONLD(meetingGraph, { docId: "a" });
    const q = await quads(doc);
    const has = (s: string, p: string, o: string) => q.some((x) => x.s === s && x.p === p && x.o === o);
    const id = (n: string) => `urn:parsigraph:a/${n}`;
    for (const n of meetingGraph.nodes) expect(q.some((x) => x.s === id(n.id) && x.p === RDF_TYPE)).toBe(true);
    // said: creator + spokenByCharacter; reported: publisher.
    expect(has(id("q1"), S + "creator", id("n2"))).toBe(true);
    expect(has(id("q1"), S + "spokenByCharacter", id("n2"))).toBe(true);
    expect(has(id("q1"), S + "publisher", id("n5"))).toBe(true);
    // holds_role: Person memberOf OrganizationRole { roleName, memberOf Country }.
    expect(has(id("n2"), S + "memberOf", id("e1"))).toBe(true);
    expect(has(id("e1"), RDF_TYPE, S + "OrganizationRole")).toBe(true);
    expect(has(id("e1"), S + "memberOf", id("n3"))).toBe(true);
    expect(q.find((x) => x.s === id("e1") && x.p === S + "roleName")).toMatchObject({ o: "رئیس\u200cجمهور", lang: "fa" });
    expect(has(id("n2"), PARSIGRAPH_VOCAB + "metWith", id("n4"))).toBe(true);
    expect(has(id("n3"), S + "sameAs", "https://www.wikidata.org/wiki/Q863")).toBe(true);
    // The quote's text survives with its inner double quotes, tagged Persian.
    const text = q.find((x) => x.s === id("q1") && x.p === S + "text")!;
    const q1 = meetingGraph.nodes.find((n) => n.id === "q1");
    if (q1?.kind !== "quote") throw new Error("fixture changed");
    expect(text.o).toBe(q1.content.text);
    expect(text.lang).toBe("fa");
    expect(q.find((x) => x.s === id("n3") && x.p === S + "identifier")!.lang).toBeUndefined();
  });

  it("maps based_in to location for organizations and containedInPlace for places, member_of to memberOf", async () => {
    const b = await quads(toJSONLD(lavrovGraph, { docId: "b" }));
    expect(b.some((x) => x.s === "urn:parsigraph:b/n2" && x.p === S + "location" && x.o === "urn:parsigraph:b/n4")).toBe(true);
    expect(b.some((x) => x.s === "urn:parsigraph:b/n1" && x.p === S + "containedInPlace" && x.o === "urn:parsigraph:b/n4")).toBe(true);
    expect(b.filter((x) => x.p === S + "creator" && x.o === "urn:parsigraph:b/n3")).toHaveLength(2);
    const c = await quads(toJSONLD(hostileGraph, { docId: "c", base: "https://example.org/kg/" }));
    expect(c.some((x) => x.s === "https://example.org/kg/c/n1" && x.p === S + "memberOf" && x.o === "https://example.org/kg/c/n2")).toBe(true);
    // Hostile text comes back verbatim, backslash, quotes, CRLF and all.
    expect(c.find((x) => x.p === S + "text" && x.s.endsWith("/c"))!.o).toBe(hostileGraph.text);
    // A quote with no speaker has no creator.
    expect(c.some((x) => x.p === S + "creator")).toBe(false);
  });

  it.each(fixtures)("$name: every edge links its two nodes, directly or through its Role node", async ({ graph }) => {
    const q = await quads(toJSONLD(graph, { docId: "x" }));
    const id = (n: string) => `urn:parsigraph:x/${n}`;
    const linked = (a: string, b: string) => q.some((x) => (x.s === a && x.o === b) || (x.s === b && x.o === a));
    for (const e of graph.edges)
      expect(linked(id(e.source), id(e.target)) || (linked(id(e.source), id(e.id)) && linked(id(e.id), id(e.target))), e.id).toBe(true);
    for (const n of graph.nodes) expect(q.some((x) => x.s === id(n.id) && x.p === RDF_TYPE), n.id).toBe(true);
  });

  it("keeps @ids stable: the same text gives the same document", () => {
    expect(JSON.stringify(toJSONLD(lavrovGraph))).toBe(JSON.stringify(toJSONLD(structuredClone(lavrovGraph))));
    expect(iri(toJSONLD(lavrovGraph), "n1")).not.toBe(iri(toJSONLD(meetingGraph), "n1"));
  });
});
