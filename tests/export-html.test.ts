import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { toHTML } from "../src/export/html.js";
import type { DocumentGraph } from "../src/models/graph.js";
import { fixtures, hostileGraph, meetingGraph, spanOf } from "./fixtures/graphs.js";

type El = Record<string, unknown> & { ":@"?: Record<string, string> };
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", trimValues: false, parseTagValue: false, htmlEntities: true });

const tagOf = (el: El) => Object.keys(el).find((k) => k !== ":@")!;
const textOf = (els: El[]): string =>
  els.map((el) => (tagOf(el) === "#text" ? String(el["#text"]) : textOf(el[tagOf(el)] as El[]))).join("");
function findAll(els: El[], pred: (el: El) => boolean, out: El[] = []): El[] {
  for (const el of els) {
    if (tagOf(el) === "#text") continue;
    if (pred(el)) out.push(el);
    findAll(el[tagOf(el)] as El[], pred, out);
  }
  return out;
}
const hasClass = (c: string) => (el: El) => (el[":@"]?.class ?? "").split(" ").includes(c);

describe("toHTML", () => {
  it.each(fixtures)("$name: well-formed, RTL, the text intact, every mention and quote marked", ({ graph }) => {
    const html = toHTML(graph);
    expect(XMLValidator.validate(html)).toBe(true);
    const tree = parser.parse(html) as El[];
    const root = tree[0];
    expect(root[":@"]).toMatchObject({ dir: "rtl", lang: "fa" });
    const [textDiv] = findAll(tree, hasClass("pg-text"));
    expect(textOf(textDiv.div as El[])).toBe(graph.text);
    const marked = findAll(tree, hasClass("pg-mention")).map((el) => [el[":@"]!["data-node"], textOf(el.span as El[])]);
    for (const n of graph.nodes)
      if (n.kind !== "quote") for (const m of n.mentions) expect(marked).toContainEqual([n.id, m.text]);
    const quotes = findAll(tree, hasClass("pg-quote")).map((el) => textOf(el.span as El[]));
    for (const n of graph.nodes) if (n.kind === "quote") expect(quotes).toContain(n.content.text);
  });

  it("nests mentions inside quotes and colors them by kind with a tooltip", () => {
    const html = toHTML(meetingGraph);
    const tree = parser.parse(html) as El[];
    const [quote] = findAll(tree, hasClass("pg-quote"));
    const inner = findAll(quote.span as El[], hasClass("pg-mention"));
    expect(inner.map((el) => textOf(el.span as El[]))).toEqual(["ازبکستان"]);
    expect(inner[0][":@"]!.title).toBe("کشور: ازبکستان · Q265");
    expect(inner[0][":@"]!.style).toContain("background: #bfdbfe");
    expect(html).toContain('href="https://www.wikidata.org/wiki/Q863"');
  });

  it("tabulates relations and quotes with speaker and channel", () => {
    const tree = parser.parse(toHTML(meetingGraph)) as El[];
    const rows = findAll(tree, (el) => tagOf(el) === "tr").map((tr) =>
      (tr.tr as El[]).map((td) => textOf(td[tagOf(td)] as El[])),
    );
    expect(rows).toContainEqual(["امامعلی رحمان", "holds_role", "تاجیکستان", "رئیس\u200cجمهور", "0.75"]);
    expect(rows).toContainEqual(["امامعلی رحمان", "خبرگزاری «خاور»", "✓", "گفت", `مرزهای ما امن است و "همکاری" با ازبکستان ادامه دارد.`]);
    expect(findAll(parser.parse(toHTML(meetingGraph, { tables: false })) as El[], (el) => tagOf(el) === "table")).toHaveLength(0);
  });

  it("escapes hostile text: no live <script>, entity names and quotes as text", () => {
    const html = toHTML(hostileGraph);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;".replaceAll("&quot;", '"'));
    expect(html).toContain("ناشناس&#39;); MATCH (n) DETACH DELETE n; //"); // in the title attribute
  });

  it("splits a mention that crosses a quote boundary and keeps the markup well-formed", () => {
    const text = "او گفت «سازمان ملل» متحد است";
    const g: DocumentGraph = {
      text,
      nodes: [
        { id: "o", kind: "organization", name: "ملل» متحد", mentions: [spanOf(text, "ملل» متحد")], confidence: 1, provenance: { extractor: "t" } },
        { id: "q", kind: "quote", content: spanOf(text, "سازمان ملل"), direct: true, cue: spanOf(text, "گفت"), confidence: 1, provenance: { extractor: "t" } },
      ],
      edges: [],
    };
    const html = toHTML(g);
    expect(XMLValidator.validate(html)).toBe(true);
    const tree = parser.parse(html) as El[];
    expect(textOf(findAll(tree, hasClass("pg-text"))[0].div as El[])).toBe(text);
    expect(findAll(tree, hasClass("pg-mention")).map((el) => textOf(el.span as El[])).join("")).toBe("ملل» متحد");
  });
});
