import { describe, expect, it } from "vitest";
import { codePointOffsets, toBrat, toBratConfig } from "../src/export/brat.js";
import type { DocumentGraph } from "../src/models/graph.js";
import { fixtures, lavrovGraph, spanOf } from "./fixtures/graphs.js";

interface Standoff {
  t: Map<string, { type: string; fragments: [number, number][]; text: string }>;
  r: { id: string; type: string; arg1: string; arg2: string }[];
  lines: string[];
}

/** A small brat standoff reader (the subset toBrat writes). */
function parseAnn(ann: string): Standoff {
  const out: Standoff = { t: new Map(), r: [], lines: ann.split("\n").filter(Boolean) };
  for (const line of out.lines) {
    const [id, body, text] = line.split("\t");
    if (id.startsWith("T")) {
      const [type, ...rest] = body.split(" ");
      const fragments = rest.join(" ").split(";").map((f) => f.split(" ").map(Number) as [number, number]);
      out.t.set(id, { type, fragments, text });
    } else if (id.startsWith("R")) {
      const m = /^(\w+) Arg1:(T\d+) Arg2:(T\d+)$/.exec(body);
      if (!m) throw new Error(`bad relation line: ${line}`);
      out.r.push({ id, type: m[1], arg1: m[2], arg2: m[3] });
    } else if (!/^[ANR#*]/.test(id)) throw new Error(`unknown line: ${line}`);
  }
  return out;
}

describe("toBrat", () => {
  it.each(fixtures)("$name: every T span's text is the code-point slice of the text", ({ graph }) => {
    const cps = Array.from(graph.text);
    const ann = parseAnn(toBrat(graph));
    expect(ann.t.size).toBeGreaterThan(0);
    for (const [id, t] of ann.t) {
      const pieces = t.fragments.map(([s, e]) => cps.slice(s, e).join(""));
      expect(pieces.join(" "), id).toBe(t.text);
    }
    // One T per mention, quote and cue; one R per edge plus one per cue.
    const mentions = graph.nodes.reduce((k, n) => k + (n.kind === "quote" ? 1 + (n.cue ? 1 : 0) : n.mentions.length), 0);
    expect(ann.t.size).toBe(mentions);
    const cues = graph.nodes.filter((n) => n.kind === "quote" && n.cue).length;
    expect(ann.r).toHaveLength(graph.edges.length + cues);
    for (const r of ann.r) expect(ann.t.has(r.arg1) && ann.t.has(r.arg2), r.id).toBe(true);
    // Every other line refers to existing annotations.
    for (const line of ann.lines.filter((l) => /^[AN#*]/.test(l)))
      for (const ref of line.split("\t")[1].match(/\b[TR]\d+\b/g) ?? []) expect(ann.t.has(ref) || ann.r.some((r) => r.id === ref), line).toBe(true);
  });

  it("counts an emoji flag as two code points, not four UTF-16 units", () => {
    const ann = parseAnn(toBrat(lavrovGraph));
    const second = lavrovGraph.text.indexOf("مسکو", 1);
    const t = [...ann.t.values()].filter((x) => x.type === "Location" && x.text === "مسکو")[1];
    expect(t.fragments[0][0]).toBe(second - 2);
    expect(codePointOffsets("a😀b")).toEqual(Uint32Array.from([0, 1, 1, 2, 3]));
  });

  it("writes roles, Wikidata normalizations, the Direct flag and coreference", () => {
    const ann = toBrat(lavrovGraph);
    expect(ann).toMatch(/^N\d+\tReference T\d+ Wikidata:Q159\tروسیه$/m);
    expect(ann).toMatch(/^#\d+\tAnnotatorNotes R\d+\tوزیر امور خارجه$/m);
    expect(ann).toMatch(/^A\d+\tDirect T\d+$/m);
    expect(ann).toMatch(/^\*\tSame T\d+ T\d+$/m);
    expect(parseAnn(ann).r.filter((r) => r.type === "Said")).toHaveLength(2);
  });

  it("splits a span crossing a line break into fragments", () => {
    const text = "😀 وی گفت: «جلسه تمام شد.\r\nفردا ادامه دارد.»";
    const content = spanOf(text, "جلسه تمام شد.\r\nفردا ادامه دارد.");
    const g: DocumentGraph = {
      text,
      nodes: [{ id: "q", kind: "quote", content, direct: true, cue: null, confidence: 1, provenance: { extractor: "t" } }],
      edges: [],
    };
    const [t] = parseAnn(toBrat(g)).t.values();
    expect(t.fragments).toHaveLength(2);
    const cps = Array.from(text);
    expect(t.fragments.map(([s, e]) => cps.slice(s, e).join(""))).toEqual(["جلسه تمام شد.", "فردا ادامه دارد."]);
  });

  it("declares every type it writes in annotation.conf", () => {
    const conf = toBratConfig();
    const ann = fixtures.map((f) => toBrat(f.graph)).join("");
    const types = new Set([...ann.matchAll(/^[TR]\d+\t(\w+) /gm)].map((m) => m[1]));
    for (const type of types) expect(conf).toMatch(new RegExp(`^${type}(\\t|$)`, "m"));
    expect(conf).toMatch(/^\[attributes\]\nDirect\tArg:Quote$/m);
  });
});
