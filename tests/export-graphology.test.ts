import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { toGraphology } from "../src/export/graphology.js";
import { fixtures, lavrovGraph } from "./fixtures/graphs.js";

describe("toGraphology", () => {
  it.each(fixtures)("$name: Graph.from() loads every node and edge with its attributes", ({ graph }) => {
    const g = Graph.from(toGraphology(graph) as never);
    expect(g.type).toBe("directed");
    expect(g.multi).toBe(true);
    expect(g.order).toBe(graph.nodes.length);
    expect(g.size).toBe(graph.edges.length);
    expect(g.getAttribute("text")).toBe(graph.text);
    for (const n of graph.nodes) {
      expect(g.hasNode(n.id)).toBe(true);
      expect(g.getNodeAttribute(n.id, "kind")).toBe(n.kind);
      expect(g.getNodeAttribute(n.id, "label")).toBe(n.kind === "quote" ? n.content.text : n.name);
    }
    for (const e of graph.edges) {
      expect(g.hasEdge(e.id)).toBe(true);
      expect([g.source(e.id), g.target(e.id)]).toEqual([e.source, e.target]);
      expect(g.getEdgeAttribute(e.id, "kind")).toBe(e.kind);
      expect(g.getEdgeAttribute(e.id, "role")).toBe(e.role);
    }
  });

  it("keeps Wikidata ids, mentions and quote flags, and imports into an existing graph", () => {
    const g = new Graph({ type: "directed", multi: true });
    g.import(toGraphology(lavrovGraph) as never);
    expect(g.getNodeAttribute("n4", "wikidata")).toBe("Q159");
    expect(g.getNodeAttribute("n1", "mentions")).toHaveLength(2);
    expect(g.getNodeAttribute("q2", "direct")).toBe(true);
    expect(g.getNodeAttribute("q1", "direct")).toBe(false);
    // Two said edges leave the same speaker: both survive in the multigraph.
    expect(g.outEdges("n3").filter((e) => g.getEdgeAttribute(e, "kind") === "said")).toHaveLength(2);
    expect(g.getNodeAttribute("q2", "content").text).toContain("C:\\gas\\'north'");
  });
});
