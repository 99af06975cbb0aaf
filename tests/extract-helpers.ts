import { expect } from "vitest";
import { extract, DocumentGraphSchema, type DocumentGraph, type EntityNode, type QuoteNode } from "../src/index.js";

/**
 * Small readers over a DocumentGraph for the extraction tests: spans located by the words
 * they cover (never by hand-counted offsets), and quotes and edges given by names.
 */

export interface Located {
  start: number;
  end: number;
}

/** The range of the nth occurrence (0-based) of `sub` in `text`; fails the test if absent. */
export function at(text: string, sub: string, nth = 0): Located {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(sub, i + 1);
    if (i < 0) throw new Error(`test setup: occurrence ${nth} of «${sub}» not in «${text}»`);
  }
  return { start: i, end: i + sub.length };
}

/** Extracts, and checks on the way that the graph validates and every span is the input's. */
export function run(text: string): DocumentGraph {
  const g = extract(text);
  const parsed = DocumentGraphSchema.safeParse(g);
  if (!parsed.success) throw new Error("graph does not validate: " + parsed.error.message);
  return g;
}

export function entities(g: DocumentGraph): EntityNode[] {
  return g.nodes.filter((n): n is EntityNode => n.kind !== "quote");
}

export function quoteNodes(g: DocumentGraph): QuoteNode[] {
  return g.nodes.filter((n): n is QuoteNode => n.kind === "quote");
}

export interface FlatMention {
  kind: string;
  start: number;
  end: number;
  text: string;
  entity: string;
}

export function mentions(g: DocumentGraph, kind?: string): FlatMention[] {
  return entities(g)
    .filter((e) => !kind || e.kind === kind)
    .flatMap((e) => e.mentions.map((m) => ({ kind: e.kind, start: m.start, end: m.end, text: m.text, entity: e.id })));
}

/** "kind:text@start" strings, for readable failure messages. */
export function describeMentions(g: DocumentGraph): string[] {
  return mentions(g).map((m) => `${m.kind}:${m.text}@${m.start}`);
}

/** Asserts a mention of `kind` spanning exactly the nth occurrence of `sub`. */
export function expectMention(g: DocumentGraph, kind: string, sub: string, nth = 0): FlatMention {
  const r = at(g.text, sub, nth);
  const hit = mentions(g).find((m) => m.start === r.start && m.end === r.end && m.kind === kind);
  expect(hit, `expected ${kind} «${sub}» at ${r.start}; got ${describeMentions(g).join(", ")}`).toBeDefined();
  expect(g.text.slice(hit!.start, hit!.end)).toBe(sub);
  return hit!;
}

/** Asserts that no mention (of `kind`, or of any kind) overlaps the nth occurrence of `sub`. */
export function expectNoMention(g: DocumentGraph, sub: string, kind?: string, nth = 0): void {
  const r = at(g.text, sub, nth);
  const hits = mentions(g, kind).filter((m) => m.start < r.end && r.start < m.end);
  expect(hits.map((m) => `${m.kind}:${m.text}@${m.start}`), `no ${kind ?? "mention"} should overlap «${sub}»`).toEqual([]);
}

/** The entity node with a mention at exactly this range. */
export function entityAt(g: DocumentGraph, r: Located, kind?: string): EntityNode | undefined {
  return entities(g).find((e) => (!kind || e.kind === kind) && e.mentions.some((m) => m.start === r.start && m.end === r.end));
}

function nameOf(g: DocumentGraph, id: string | undefined): string | null {
  if (!id) return null;
  const n = g.nodes.find((x) => x.id === id);
  return n && n.kind !== "quote" ? n.name : null;
}

/** The entity node's mention texts, for asserting by the words of the text, not by a canonical name. */
function mentionTexts(g: DocumentGraph, id: string | undefined): string[] {
  const n = g.nodes.find((x) => x.id === id);
  return n && n.kind !== "quote" ? n.mentions.map((m) => m.text) : [];
}

export interface FlatQuote {
  content: string;
  start: number;
  end: number;
  direct: boolean;
  cue: string | null;
  /** The speaker node's name (null when none), and the texts of its mentions. */
  speaker: string | null;
  speakerMentions: string[];
  via: string | null;
  viaMentions: string[];
}

export function quotes(g: DocumentGraph): FlatQuote[] {
  return quoteNodes(g).map((q) => {
    const said = g.edges.find((e) => e.kind === "said" && e.target === q.id)?.source;
    const via = g.edges.find((e) => e.kind === "reported" && e.target === q.id)?.source;
    return {
      content: q.content.text,
      start: q.content.start,
      end: q.content.end,
      direct: q.direct,
      cue: q.cue?.text ?? null,
      speaker: nameOf(g, said),
      speakerMentions: mentionTexts(g, said),
      via: nameOf(g, via),
      viaMentions: mentionTexts(g, via),
    };
  });
}

export interface FlatEdge {
  kind: string;
  source: string[];
  target: string[];
  role?: string;
}

/** Edges of a kind, with each end given by the texts of its node's mentions. */
export function edges(g: DocumentGraph, kind: string): FlatEdge[] {
  return g.edges
    .filter((e) => e.kind === kind)
    .map((e) => ({ kind: e.kind, source: mentionTexts(g, e.source), target: mentionTexts(g, e.target), ...(e.role ? { role: e.role } : {}) }));
}

/** Whether an edge of `kind` joins nodes that have mentions with these texts (either order for met_with). */
export function hasEdge(g: DocumentGraph, kind: string, source: string, target: string, role?: string): boolean {
  return edges(g, kind).some(
    (e) =>
      ((e.source.includes(source) && e.target.includes(target)) || (kind === "met_with" && e.source.includes(target) && e.target.includes(source))) &&
      (role === undefined || e.role === role),
  );
}
