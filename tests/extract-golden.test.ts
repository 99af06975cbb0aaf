import { describe, expect, it } from "vitest";
import { at, entities, quotes, run } from "./extract-helpers.js";

// A golden test: a news item written for this test in the manner of a Central Asian agency
// (headline `X: …`, a dateline with a city, a date and a quoted agency, an outlet passing on
// a head of state's words after a colon, titles in both orders, indirect quotes, a pronoun
// speaker, a title-phrase speaker, a meeting, a ministry with its country nested). The
// expected graph below was worked out by hand from the annotation guide; mentions are given
// by their words and occurrence, and located in the text by the helper `at`.

const TEXT = [
  "توکایف: قزاقستان و تاجیکستان شریکان راهبردی هستند",
  "دوشنبه، ۱۴ آبان ۱۴۰۳ («خاور»). خبرگزاری کازاینفورم به نقل از قاسم جومارت توکایف، رئیس جمهور قزاقستان، نوشت: روابط دو کشور بر پایه اعتماد متقابل استوار است. ما حجم تجارت را دو برابر خواهیم کرد.",
  "رئیس جمهور تاجیکستان امامعلی رحمان در سخنرانی خود در مجلس گفت که دو طرف بر ساخت راه‌آهن مشترک توافق کرده‌اند. وی افزود که تاجیکستان از سرمایه‌گذاری شرکت‌های قزاقستانی استقبال می‌کند.",
  "رئیس جمهور قزاقستان همچنین خاطرنشان کرد که آستانه آماده میزبانی نشست بعدی است.",
  "همچنین سراج‌الدین مهرالدین، وزیر امور خارجه تاجیکستان، با مراد نورتلیو، وزیر امور خارجه قزاقستان، دیدار کرد. وزارت امور خارجه تاجیکستان اعلام کرد که دو وزیر درباره امنیت مرزهای افغانستان گفتگو کردند.",
  "قزاقستان و تاجیکستان عضو سازمان پیمان امنیت جمعی هستند.",
].join("\n");

/** A mention by its words and which occurrence of them in TEXT (0-based). */
type M = [text: string, nth: number];

interface GoldEntity {
  key: string;
  kind: "person" | "country" | "organization" | "location";
  mentions: M[];
}

// Every occurrence of a country's name is a mention; `قزاقستانی` (an adjective) is not one,
// so the occurrence counts below skip it (indexOf counts it: see `nthWord`).
const GOLD_ENTITIES: GoldEntity[] = [
  { key: "tokayev", kind: "person", mentions: [["توکایف", 0], ["قاسم جومارت توکایف", 0]] },
  { key: "rahmon", kind: "person", mentions: [["امامعلی رحمان", 0]] },
  { key: "muhriddin", kind: "person", mentions: [["سراج‌الدین مهرالدین", 0]] },
  { key: "nurtleu", kind: "person", mentions: [["مراد نورتلیو", 0]] },
  { key: "kz", kind: "country", mentions: [["قزاقستان", 0], ["قزاقستان", 1], ["قزاقستان", 3], ["قزاقستان", 4], ["قزاقستان", 5]] },
  {
    key: "tj",
    kind: "country",
    mentions: [["تاجیکستان", 0], ["تاجیکستان", 1], ["تاجیکستان", 2], ["تاجیکستان", 3], ["تاجیکستان", 4], ["تاجیکستان", 5]],
  },
  { key: "af", kind: "country", mentions: [["افغانستان", 0]] },
  { key: "khovar", kind: "organization", mentions: [["خاور", 0]] },
  { key: "kazinform", kind: "organization", mentions: [["خبرگزاری کازاینفورم", 0]] },
  { key: "mfa-tj", kind: "organization", mentions: [["وزارت امور خارجه تاجیکستان", 0]] },
  { key: "csto", kind: "organization", mentions: [["سازمان پیمان امنیت جمعی", 0]] },
  { key: "dushanbe", kind: "location", mentions: [["دوشنبه", 0]] },
  { key: "astana", kind: "location", mentions: [["آستانه", 0]] },
];

interface GoldQuote {
  content: string;
  direct: boolean;
  cue: string;
  speaker: string | null;
  via: string | null;
}

const GOLD_QUOTES: GoldQuote[] = [
  { content: "قزاقستان و تاجیکستان شریکان راهبردی هستند", direct: true, cue: ":", speaker: "tokayev", via: null },
  {
    content: "روابط دو کشور بر پایه اعتماد متقابل استوار است. ما حجم تجارت را دو برابر خواهیم کرد",
    direct: true,
    cue: "نوشت",
    speaker: "tokayev",
    via: "kazinform",
  },
  { content: "دو طرف بر ساخت راه‌آهن مشترک توافق کرده‌اند", direct: false, cue: "گفت", speaker: "rahmon", via: null },
  { content: "تاجیکستان از سرمایه‌گذاری شرکت‌های قزاقستانی استقبال می‌کند", direct: false, cue: "افزود", speaker: "rahmon", via: null },
  { content: "آستانه آماده میزبانی نشست بعدی است", direct: false, cue: "خاطرنشان کرد", speaker: "tokayev", via: null },
  { content: "دو وزیر درباره امنیت مرزهای افغانستان گفتگو کردند", direct: false, cue: "اعلام کرد", speaker: "mfa-tj", via: null },
];

const GOLD_RELATIONS: [kind: string, source: string, target: string, role?: string][] = [
  ["holds_role", "tokayev", "kz", "رئیس جمهور"],
  ["holds_role", "rahmon", "tj", "رئیس جمهور"],
  ["holds_role", "muhriddin", "tj", "وزیر امور خارجه"],
  ["holds_role", "nurtleu", "kz", "وزیر امور خارجه"],
  ["met_with", "muhriddin", "nurtleu"],
  ["based_in", "mfa-tj", "tj"],
  ["member_of", "kz", "csto"],
  ["member_of", "tj", "csto"],
];

const graph = run(TEXT);
const span = ([text, nth]: M) => {
  const r = at(TEXT, text, nth);
  return `${r.start}:${r.end}`;
};
const goldSpans = (kind: string) => new Set(GOLD_ENTITIES.filter((e) => e.kind === kind).flatMap((e) => e.mentions.map((m) => `${kind}:${span(m)}`)));
const predictedSpans = (kind: string) =>
  new Set(entities(graph).filter((e) => e.kind === kind).flatMap((e) => e.mentions.map((m) => `${kind}:${m.start}:${m.end}`)));

/** The predicted node id of a gold entity: the node holding its first mention. */
function nodeOf(key: string): string | undefined {
  const gold = GOLD_ENTITIES.find((e) => e.key === key)!;
  const r = at(TEXT, gold.mentions[0][0], gold.mentions[0][1]);
  return entities(graph).find((e) => e.kind === gold.kind && e.mentions.some((m) => m.start === r.start && m.end === r.end))?.id;
}

describe("golden: a news item worked out by hand", () => {
  it("the gold occurrences skip the adjective `قزاقستانی`", () => {
    // `قزاقستان` occurrence 2 is the start of the adjective `قزاقستانی`, which is no mention
    const r = at(TEXT, "قزاقستان", 2);
    expect(TEXT.slice(r.start, r.end + 1)).toBe("قزاقستانی");
  });

  it("is a news item of 8 to 12 sentences, and the graph keeps its text", () => {
    expect(TEXT.split(/[.\n]/u).filter((s) => s.trim().length > 10).length).toBeGreaterThanOrEqual(8);
    expect(TEXT.split(/[.\n]/u).filter((s) => s.trim().length > 10).length).toBeLessThanOrEqual(12);
    expect(graph.text).toBe(TEXT);
  });

  for (const kind of ["person", "country", "organization"] as const) {
    it(`${kind} mentions are exactly the gold ones (kind, start, end)`, () => {
      expect([...predictedSpans(kind)].sort()).toEqual([...goldSpans(kind)].sort());
    });
  }

  // known gap: `آستانه` (Astana) is tagged ambiguous (also "threshold") and no rule takes it as a place here
  it.fails("location mentions are exactly the gold ones (kind, start, end)", () => {
    expect([...predictedSpans("location")].sort()).toEqual([...goldSpans("location")].sort());
  });

  it("mentions are grouped into the gold entities", () => {
    for (const e of GOLD_ENTITIES) {
      if (e.key === "astana") continue; // see the known gap above; grouping of one mention says nothing
      const ids = new Set(
        e.mentions.map((m) => {
          const r = at(TEXT, m[0], m[1]);
          return entities(graph).find((n) => n.kind === e.kind && n.mentions.some((x) => x.start === r.start && x.end === r.end))?.id;
        }),
      );
      expect(ids.size, `${e.key} is one entity`).toBe(1);
      expect([...ids][0], `${e.key} is found`).toBeDefined();
    }
    // and no two gold entities share a node
    const nodes = GOLD_ENTITIES.filter((e) => e.key !== "astana").map((e) => nodeOf(e.key));
    expect(new Set(nodes).size).toBe(nodes.length);
  });

  it("quotes: content spans, direct, cue", () => {
    const got = quotes(graph).map((q) => ({ content: q.content, start: q.start, direct: q.direct, cue: q.cue }));
    const want = GOLD_QUOTES.map((q) => ({ content: q.content, start: at(TEXT, q.content).start, direct: q.direct, cue: q.cue }));
    expect(got).toEqual(want);
  });

  it("quotes: speakers and channels", () => {
    const byContent = new Map(quotes(graph).map((q) => [q.content, q]));
    const said = new Map(graph.edges.filter((e) => e.kind === "said").map((e) => [e.target, e.source]));
    const reported = new Map(graph.edges.filter((e) => e.kind === "reported").map((e) => [e.target, e.source]));
    const quoteIds = new Map(graph.nodes.filter((n) => n.kind === "quote").map((n) => [n.kind === "quote" ? n.content.text : "", n.id]));
    for (const g of GOLD_QUOTES) {
      expect(byContent.has(g.content), g.content).toBe(true);
      const id = quoteIds.get(g.content)!;
      expect(said.get(id) ?? null, `speaker of «${g.content}»`).toBe(g.speaker ? nodeOf(g.speaker) : null);
      expect(reported.get(id) ?? null, `channel of «${g.content}»`).toBe(g.via ? nodeOf(g.via) : null);
    }
  });

  it("relations: exactly the gold edges", () => {
    const name = (id: string) => GOLD_ENTITIES.find((e) => nodeOf(e.key) === id)?.key ?? id;
    const got = graph.edges
      .filter((e) => e.kind !== "said" && e.kind !== "reported")
      .map((e) => {
        const [s, t] = e.kind === "met_with" ? [name(e.source), name(e.target)].sort() : [name(e.source), name(e.target)];
        return [e.kind, s, t, ...(e.role ? [e.role] : [])].join("|");
      })
      .sort();
    const want = GOLD_RELATIONS.map(([k, s, t, role]) => {
      const [a, b] = k === "met_with" ? [s, t].sort() : [s, t];
      return [k, a, b, ...(role ? [role] : [])].join("|");
    }).sort();
    expect(got).toEqual(want);
  });
});
