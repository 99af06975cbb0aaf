// Property tests: arbitrary text (Persian letters, ZWNJ, quotes, markup, CR/LF, controls, emoji and
// lone surrogates) with arbitrary spans must survive every text format exactly (or, for XML, with
// only the characters XML 1.0 cannot carry replaced).
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { toBrat } from "../src/export/brat.js";
import { toCSV } from "../src/export/csv.js";
import { toCypher, toCypherScript } from "../src/export/cypher.js";
import { toGraphML } from "../src/export/graphml.js";
import { toHTML } from "../src/export/html.js";
import { xmlSafe } from "../src/export/xml-escape.js";
import { toWellFormed } from "../src/export/well-formed.js";
import { DocumentGraphSchema, type DocumentGraph } from "../src/models/graph.js";
import { readScript, stringParams } from "./fixtures/cypher-reader.js";

const pieces = ["س", "ل", "ا", "م", "\u200c", " ", "«", "»", '"', "'", "\\", "<", ">", "&", ";", ",", "\n", "\r", "\r\n", "\t", "]]>", "😀", "🇮🇷", "$x", "\u0000", "\ud800", "\u2028", "۱"];
const unit = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });

/** A text and a graph with one entity mention and one quote at arbitrary (pair-respecting) spans. */
const graphs = fc
  .tuple(fc.string({ unit, minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), fc.nat(), fc.nat())
  .map(([text, a, b, c, d]): DocumentGraph => {
    const fix = (i: number) => {
      const x = i % (text.length + 1);
      return x > 0 && x < text.length && (text.charCodeAt(x) & 0xfc00) === 0xdc00 && (text.charCodeAt(x - 1) & 0xfc00) === 0xd800 ? x - 1 : x;
    };
    const span = (p: number, q: number) => {
      const [s, e] = [fix(p), fix(q)].sort((x, y) => x - y);
      return { start: s, end: e, text: text.slice(s, e) };
    };
    const m = span(a, b);
    return {
      text,
      nodes: [
        { id: "n", kind: "person", name: m.text || "x", mentions: [m], confidence: 1, provenance: { extractor: "p" } },
        { id: "q", kind: "quote", content: span(c, d), direct: true, cue: null, confidence: 0.5, provenance: { extractor: "p" } },
      ],
      edges: [{ id: "e", kind: "said", source: "n", target: "q", evidence: [], confidence: 1, provenance: { extractor: "p" } }],
    };
  });

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", trimValues: false, parseTagValue: false, htmlEntities: true, isArray: (n) => n === "data" || n === "node" });

describe("exporters on arbitrary text", () => {
  it("the generated graphs are valid", () => {
    fc.assert(fc.property(graphs, (g) => DocumentGraphSchema.safeParse(g).success));
  });

  it("Cypher: every literal unescapes to its parameter, and no value leaks into the code", () => {
    fc.assert(
      fc.property(graphs, (g) => {
        const st = toCypher(g);
        const read = readScript(toCypherScript(g));
        expect(read).toHaveLength(st.length);
        st.forEach((s, i) => expect(read[i].literals).toEqual(stringParams(s.statement, s.parameters)));
      }),
    );
  });

  it("CSV: csv-parse reads back the quote and mention texts (lone surrogates as U+FFFD)", () => {
    fc.assert(
      fc.property(graphs, (g) => {
        const q = (parse(toCSV(g, "quotes"), { columns: true }) as Record<string, string>[])[0];
        const m = (parse(toCSV(g, "mentions"), { columns: true }) as Record<string, string>[])[0];
        const quote = g.nodes[1];
        expect(q.text).toBe(toWellFormed(quote.kind === "quote" ? quote.content.text : ""));
        expect(m.text).toBe(toWellFormed(g.nodes[0].kind === "person" ? g.nodes[0].mentions[0].text : ""));
      }),
    );
  });

  it("GraphML and HTML: well-formed, and the text comes back (XML-forbidden characters as U+FFFD)", () => {
    fc.assert(
      fc.property(graphs, (g) => {
        const gm = toGraphML(g);
        expect(XMLValidator.validate(gm)).toBe(true);
        const graph = xml.parse(gm).graphml.graph;
        expect(graph.data.find((d: { "@key": string }) => d["@key"] === "g_text")["#text"] ?? "").toBe(xmlSafe(g.text));
        const html = toHTML(g);
        expect(XMLValidator.validate(html)).toBe(true);
      }),
    );
  });

  it("brat: every fragment is the code-point slice of the text", () => {
    fc.assert(
      fc.property(graphs, (g) => {
        const cps = Array.from(g.text);
        for (const line of toBrat(g).split("\n").filter((l) => l.startsWith("T"))) {
          const [, body, text] = line.split("\t");
          const frags = body.split(" ").slice(1).join(" ").split(";").map((f) => f.split(" ").map(Number));
          expect(frags.map(([s, e]) => cps.slice(s, e).join("")).join(" ").replace(/[\t\r\n]+/g, " ")).toBe(text);
        }
      }),
    );
  });
});
