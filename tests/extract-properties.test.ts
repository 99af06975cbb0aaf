import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract, shippedEntries, DocumentGraphSchema, type DocumentGraph } from "../src/index.js";
import { textArb } from "./text-arbitraries.js";

// Properties of extract() on arbitrary strings and on random Persian news-like text built from
// the shipped gazetteers' names, titles and cues: it never throws, the graph validates, every
// span is the input's own text and never splits a surrogate pair, one entity's mentions never
// overlap, and edges join existing nodes.

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether offset b falls between the two halves of a surrogate pair. */
function splitsPair(text: string, b: number): boolean {
  return b > 0 && b < text.length && isHigh(text.charCodeAt(b - 1)) && isLow(text.charCodeAt(b));
}

function checkGraph(text: string, g: DocumentGraph): void {
  const parsed = DocumentGraphSchema.safeParse(g);
  if (!parsed.success) throw new Error("does not validate: " + parsed.error.message);
  expect(g.text).toBe(text);
  const spans: { start: number; end: number; text: string }[] = [];
  const ids = new Set(g.nodes.map((n) => n.id));
  for (const n of g.nodes) {
    if (n.kind === "quote") {
      spans.push(n.content);
      if (n.cue) spans.push(n.cue);
      continue;
    }
    spans.push(...n.mentions);
    const sorted = [...n.mentions].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i].start < sorted[i - 1].end) throw new Error(`mentions of ${n.id} overlap: ${JSON.stringify(sorted)}`);
  }
  for (const e of g.edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) throw new Error(`edge ${e.id} joins a missing node`);
    spans.push(...e.evidence);
  }
  for (const s of spans) {
    if (!(0 <= s.start && s.start <= s.end && s.end <= text.length)) throw new Error(`span out of range: ${JSON.stringify(s)}`);
    if (text.slice(s.start, s.end) !== s.text) throw new Error(`span text differs: ${JSON.stringify(s)}`);
    if (splitsPair(text, s.start) || splitsPair(text, s.end)) throw new Error(`span splits a surrogate pair: ${JSON.stringify(s)}`);
  }
}

// ---- Persian news-like fragments --------------------------------------------------------------

/** A deterministic sample of names of one kind from the shipped gazetteers (names and aliases). */
function names(kind: string, count: number): string[] {
  const all = shippedEntries()
    .filter((e) => e.kind === kind)
    .flatMap((e) => [e.name, ...(e.aliases ?? [])]);
  const step = Math.max(1, Math.floor(all.length / count));
  return all.filter((_, i) => i % step === 0).slice(0, count);
}

const fragments = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...names("person", 60), ...names("country", 60)) },
  { weight: 2, arbitrary: fc.constantFrom(...names("organization", 60), ...names("location", 60)) },
  { weight: 2, arbitrary: fc.constantFrom(...names("title", 40), ...names("honorific", 10), ...names("org_head", 20), ...names("loc_head", 10)) },
  { weight: 2, arbitrary: fc.constantFrom(...names("cue", 50), ...names("meeting", 10), ...names("demonym", 20)) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "گفت", "که", "و", "با", "در", "به", "از", "را", "وی", "او", "این کشور", "این خبرگزاری", "دیدار کرد", "عضو", "پایتخت",
      "به گزارش", "به نقل از", "به گفته", "روز", "دوشنبه", "گذشته", "قرار است", "خواهد", "تاکید شد", "توصیف کرد",
      "همکاری", "مرز", "امنیت", "اقتصاد", "نشست", "سفر", "است", "بود", "می‌شود", "کردند",
    ),
  },
  { weight: 3, arbitrary: fc.constantFrom("،", ".", ":", "؛", "«", "»", "(", ")", "\n", "؟", "!", "/", "-", "“", "”", "\"") },
  { weight: 1, arbitrary: fc.constantFrom("۱۲", "۱۴۰۳", "26.01.2022", "۳٫۵", "100", "مهر", "آبان", "ژانویه") },
  { weight: 1, arbitrary: fc.constantFrom("\u200c", "\u00a0", "  ", "ي", "ك", "\ud83d\ude00", "\ud800", "\udc00", "ـ", "\u064b") },
);

/** Fragments joined by a space, a half-space or nothing. */
const newsArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(fragments, fc.constantFrom(" ", " ", " ", "", "\u200c", "\n")), { maxLength: 40 })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(""));

describe("extract() properties", () => {
  it("arbitrary strings: never throws, validates, spans are the input's", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        checkGraph(text, extract(text));
      }),
      { numRuns: 300 },
    );
  });

  it("news-like concatenations: never throws, validates, spans are the input's", () => {
    fc.assert(
      fc.property(newsArb, (text) => {
        checkGraph(text, extract(text));
      }),
      { numRuns: 300 },
    );
  });

  it("news-like text with a colon line and quotation marks around random parts", () => {
    const arb = fc.tuple(newsArb, newsArb, newsArb).map(([a, b, c]) => `${a}: ${b}\n«${c}» ${a}`);
    fc.assert(
      fc.property(arb, (text) => {
        checkGraph(text, extract(text));
      }),
      { numRuns: 150 },
    );
  });

  it("the fragments do produce entities, quotes and edges (the properties are not vacuous)", () => {
    let entities = 0;
    let quotes = 0;
    let edges = 0;
    fc.assert(
      fc.property(newsArb, (text) => {
        const g = extract(text);
        entities += g.nodes.filter((n) => n.kind !== "quote").length;
        quotes += g.nodes.filter((n) => n.kind === "quote").length;
        edges += g.edges.length;
      }),
      { numRuns: 200, seed: 42 },
    );
    expect(entities).toBeGreaterThan(100);
    expect(quotes).toBeGreaterThan(0);
    expect(edges).toBeGreaterThan(0);
  });
});
