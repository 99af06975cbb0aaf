import { describe, expect, it } from "vitest";
import { DocumentGraphSchema } from "../src/models/graph.js";
import { fixtures } from "./fixtures/graphs.js";

describe("exporter fixtures", () => {
  it.each(fixtures)("$name validates against DocumentGraphSchema", ({ graph }) => {
    expect(DocumentGraphSchema.safeParse(graph).success).toBe(true);
  });

  it("cover every edge kind, both quote kinds, a QID and the characters formats must escape", () => {
    const kinds = new Set(fixtures.flatMap((f) => f.graph.edges.map((e) => e.kind)));
    expect([...kinds].sort()).toEqual(["based_in", "holds_role", "member_of", "met_with", "reported", "said"]);
    const all = fixtures.map((f) => f.graph.text).join("");
    for (const c of ['"', "'", "\\", "<", "&", "\n", "\r\n", "«", "»", "\u200c"]) expect(all).toContain(c);
    expect(/[\u{10000}-\u{10FFFF}]/u.test(all)).toBe(true);
    expect(fixtures.some((f) => f.graph.nodes.some((n) => n.kind !== "quote" && n.kb?.wikidata))).toBe(true);
  });
});
