import { describe, expect, it } from "vitest";
import { toNodeLink } from "../src/export/node-link.js";
import { fixtures, lavrovGraph, meetingGraph } from "./fixtures/graphs.js";
import { NO_NETWORKX, networkxVersion, python } from "./fixtures/python.js";

describe("toNodeLink", () => {
  it("has the NetworkX node-link shape with every node and edge and their attributes", () => {
    const d = toNodeLink(meetingGraph);
    expect(d.directed).toBe(true);
    expect(d.multigraph).toBe(true);
    expect(d.graph.text).toBe(meetingGraph.text);
    expect(d.links).toBeUndefined();
    expect(d.nodes.map((n) => n.id)).toEqual(meetingGraph.nodes.map((n) => n.id));
    expect(d.edges!.map((e) => [e.source, e.target, e.key])).toEqual(meetingGraph.edges.map((e) => [e.source, e.target, e.id]));
    const tj = d.nodes.find((n) => n.name === "تاجیکستان")!;
    expect(tj).toMatchObject({ kind: "country", wikidata: "Q863", entry: "country:TJ" });
    const q = d.nodes.find((n) => n.kind === "quote")!;
    expect(q.text).toBe(meetingGraph.text.slice(q.start, q.end));
    expect(q.direct).toBe(true);
    expect(d.edges!.find((e) => e.kind === "holds_role")!.role).toBe("رئیس\u200cجمهور");
  });

  it("puts the edges under `links` for d3-force when asked", () => {
    const d = toNodeLink(lavrovGraph, { linksKey: "links", graph: { doc: "b" } });
    expect(d.edges).toBeUndefined();
    expect(d.links).toHaveLength(lavrovGraph.edges.length);
    expect(d.graph).toMatchObject({ doc: "b", text: lavrovGraph.text });
    // d3 resolves links by node id: every endpoint must be a node.
    const ids = new Set(d.nodes.map((n) => n.id));
    for (const l of d.links!) expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
  });

  it("survives a JSON round trip unchanged", () => {
    for (const { graph } of fixtures) {
      const d = toNodeLink(graph);
      expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    }
  });

  it.skipIf(!networkxVersion)(`is read by NetworkX node_link_graph (${networkxVersion ?? NO_NETWORKX})`, () => {
    const code = [
      "import json, sys, networkx as nx",
      "g = nx.node_link_graph(json.load(sys.stdin), edges='edges')",
      "q = [d for _, d in g.nodes(data=True) if d['kind'] == 'quote'][0]",
      "e = [d['role'] for _, _, d in g.edges(data=True) if d['kind'] == 'holds_role'] or [None]",
      "print(json.dumps([g.number_of_nodes(), g.number_of_edges(), g.is_directed(), g.is_multigraph(), sorted(k for _, _, k in g.edges(keys=True)), q['text'], e[0]], ensure_ascii=False))",
    ].join("\n");
    for (const { graph } of fixtures) {
      const [nodes, edges, directed, multi, keys, text, role] = JSON.parse(python(code, JSON.stringify(toNodeLink(graph))));
      expect([nodes, edges, directed, multi]).toEqual([graph.nodes.length, graph.edges.length, true, true]);
      expect(keys).toEqual(graph.edges.map((e) => e.id).sort());
      expect(text).toBe((graph.nodes.find((n) => n.kind === "quote") as { content: { text: string } }).content.text);
      expect(role).toBe(graph.edges.find((e) => e.kind === "holds_role")?.role ?? null);
    }
  });
});
