import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { toGraphML, GRAPHML_KEYS } from "../src/export/graphml.js";
import type { DocumentGraph } from "../src/models/graph.js";
import { fixtures, hostileGraph, lavrovGraph } from "./fixtures/graphs.js";
import { NO_NETWORKX, networkxVersion, python } from "./fixtures/python.js";

// Keep every value as written: no trimming, no number parsing, attributes kept.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true, // decode numeric character references such as &#13;
  isArray: (name) => ["key", "node", "edge", "data"].includes(name),
});

type DataEl = { "#text"?: string; "@key": string };
const dataOf = (el: { data?: DataEl[] }) => Object.fromEntries((el.data ?? []).map((d) => [d["@key"], d["#text"] ?? ""]));

describe("toGraphML", () => {
  it.each(fixtures)("$name: is well-formed XML and round-trips nodes, edges and attributes", ({ graph }) => {
    const xml = toGraphML(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml).graphml;
    expect(doc["@xmlns"]).toBe("http://graphml.graphdrawing.org/xmlns");
    const g = doc.graph;
    expect(g["@edgedefault"]).toBe("directed");
    expect(dataOf(g).g_text).toBe(graph.text);
    expect(g.node.map((n: { "@id": string }) => n["@id"])).toEqual(graph.nodes.map((n) => n.id));
    expect(g.edge ?? []).toHaveLength(graph.edges.length);
    for (const [i, n] of graph.nodes.entries()) {
      const d = dataOf(g.node[i]);
      expect(d.n_kind).toBe(n.kind);
      if (n.kind === "quote") {
        expect(d.n_text).toBe(n.content.text);
        expect(d.n_direct).toBe(String(n.direct));
        expect(Number(d.n_start)).toBe(n.content.start);
      } else {
        expect(d.n_name).toBe(n.name);
        expect(d.n_wikidata).toBe(n.kb?.wikidata);
      }
    }
    for (const [i, e] of graph.edges.entries()) {
      const el = g.edge[i];
      expect([el["@id"], el["@source"], el["@target"]]).toEqual([e.id, e.source, e.target]);
      expect(dataOf(el).e_role).toBe(e.role);
      expect(Number(dataOf(el).e_confidence)).toBe(e.confidence);
    }
  });

  it("declares typed keys for every data element it writes", () => {
    const xml = toGraphML(lavrovGraph);
    const doc = parser.parse(xml).graphml;
    const keys = new Map(doc.key.map((k: Record<string, string>) => [k["@id"], k]));
    expect(keys.size).toBe(GRAPHML_KEYS.length);
    expect((keys.get("n_confidence") as Record<string, string>)["@attr.type"]).toBe("double");
    expect((keys.get("n_direct") as Record<string, string>)["@attr.type"]).toBe("boolean");
    for (const m of xml.matchAll(/<data key="([^"]+)">/g)) expect(keys.has(m[1])).toBe(true);
  });

  it("escapes markup, keeps CR, and replaces characters XML 1.0 cannot carry", () => {
    const xml = toGraphML(hostileGraph);
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;");
    expect(xml).toContain("&#13;");
    const bad: DocumentGraph = { text: "a\u0001b\ud800", nodes: [], edges: [] };
    const out = toGraphML(bad);
    expect(XMLValidator.validate(out)).toBe(true);
    expect(dataOf(parser.parse(out).graphml.graph).g_text).toBe("a\ufffdb\ufffd");
  });

  it.skipIf(!networkxVersion)(`is read by NetworkX read_graphml (${networkxVersion ?? NO_NETWORKX})`, () => {
    const code = [
      "import io, json, sys, networkx as nx",
      "g = nx.read_graphml(io.BytesIO(sys.stdin.buffer.read()), force_multigraph=True)",
      "nodes = {n: d for n, d in g.nodes(data=True)}",
      "print(json.dumps([g.number_of_nodes(), g.number_of_edges(), g.graph.get('text'), nodes], ensure_ascii=False))",
    ].join("\n");
    for (const { graph } of fixtures) {
      const [n, e, text, nodes] = JSON.parse(python(code, toGraphML(graph)));
      expect([n, e]).toEqual([graph.nodes.length, graph.edges.length]);
      expect(text).toBe(graph.text);
      for (const node of graph.nodes) {
        expect(nodes[node.id].kind).toBe(node.kind);
        if (node.kind === "quote") {
          expect(nodes[node.id].text).toBe(node.content.text);
          expect(nodes[node.id].direct).toBe(node.direct);
          expect(nodes[node.id].start).toBe(node.content.start);
        } else expect(nodes[node.id].name).toBe(node.name);
      }
    }
  });
});
