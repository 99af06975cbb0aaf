import { describe, expect, it } from "vitest";
import {
  createPipeline,
  extract,
  DocumentGraphSchema,
  GazetteerError,
  type Extractor,
  type DocumentGraph,
} from "../src/index.js";
import { at, entities, expectMention, mentions, quotes } from "./extract-helpers.js";

// createPipeline(): user gazetteers, option errors, custom extractors with the powers of the
// built-in ones, removing a stage, extractMany's order, and robustness on bad input.

const validates = (g: DocumentGraph) => {
  const r = DocumentGraphSchema.safeParse(g);
  expect(r.success, r.success ? "" : r.error.message).toBe(true);
};

const madeUpOrg = {
  id: "organization:pamir-silk-fund",
  kind: "organization",
  name: "نورآباد سیلک",
  aliases: ["نوسیلک"],
  source: "test",
};

describe("createPipeline: user gazetteers", () => {
  it("finds a made-up organization from a user entry, by name and alias, as one entity", () => {
    const p = createPipeline({ gazetteers: [madeUpOrg] });
    const t = "نورآباد سیلک در خجند دفتر گشود. مدیر نوسیلک گفت که وام می‌دهد.";
    const g = p.extract(t);
    validates(g);
    const a = expectMention(g, "organization", "نورآباد سیلک");
    const b = expectMention(g, "organization", "نوسیلک");
    expect(a.entity).toBe(b.entity);
    const node = entities(g).find((e) => e.id === a.entity)!;
    expect(node.entry).toBe("organization:pamir-silk-fund");
    expect(node.provenance.extractor).toBe("gazetteer");
    // the shared default pipeline does not know it
    expect(mentions(extract(t), "organization")).toEqual([]);
  });

  it("a user entry with a shipped id replaces the shipped one", () => {
    const shipped = createPipeline().resources.entries.get("country:TJ");
    expect(shipped, "the shipped countries have `country:TJ`").toBeDefined();
    const p = createPipeline({ gazetteers: [{ ...shipped!, aliases: ["سرزمین کوهستان"], source: "test" }] });
    const g = p.extract("سرزمین کوهستان و تاجیکستان یکی هستند.");
    const a = expectMention(g, "country", "سرزمین کوهستان");
    const b = expectMention(g, "country", "تاجیکستان");
    expect(a.entity).toBe(b.entity);
  });

  it("without the shipped gazetteers only user entries name things", () => {
    const p = createPipeline({ gazetteers: [madeUpOrg], shippedGazetteers: false });
    const g = p.extract("نورآباد سیلک در تاجیکستان کار می‌کند.");
    validates(g);
    expect(mentions(g, "organization").map((m) => m.text)).toEqual(["نورآباد سیلک"]);
    expect(mentions(g, "country")).toEqual([]);
  });

  it("malformed user entries throw a GazetteerError naming the index and the field", () => {
    const bad = [madeUpOrg, { ...madeUpOrg, id: "organization:second", name: "" }];
    let err: unknown;
    try {
      createPipeline({ gazetteers: bad });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GazetteerError);
    expect((err as Error).message).toMatch(/\[1\]/u);
    expect((err as Error).message).toMatch(/name/u);
  });

  it("a missing required field and an unknown field are named", () => {
    const { source: _s, ...noSource } = madeUpOrg;
    expect(() => createPipeline({ gazetteers: [noSource] })).toThrow(GazetteerError);
    expect(() => createPipeline({ gazetteers: [noSource] })).toThrow(/\[0\].*source/u);
    expect(() => createPipeline({ gazetteers: [madeUpOrg, { ...madeUpOrg, id: "organization:x", colour: "red" }] })).toThrow(/\[1\].*colour/u);
    expect(() => createPipeline({ gazetteers: [{ ...madeUpOrg, kind: "planet" }] })).toThrow(/\[0\].*kind/u);
  });
});

describe("createPipeline: options", () => {
  it("bad options throw, naming the option", () => {
    expect(() => createPipeline({ shippedGazetteers: "yes" } as never)).toThrow(/shippedGazetteers/u);
    expect(() => createPipeline({ extractors: 5 } as never)).toThrow(/extractors/u);
    expect(() => createPipeline({ extractors: [{ name: "", run: () => {} }] } as never)).toThrow(/extractors/u);
    expect(() => createPipeline({ extractors: [{ name: "x" }] } as never)).toThrow(/extractors/u);
    expect(() => createPipeline({ gazetteer: [] } as never)).toThrow(/unknown option `gazetteer`/u);
    expect(() => createPipeline({ gazetteers: "file.json" } as never)).toThrow(/gazetteers/u);
  });
});

describe("createPipeline: custom extractors", () => {
  /** Proposes an organization for every Latin-script acronym of 2 to 6 capitals. */
  const acronyms: Extractor = {
    name: "latin-acronyms",
    run(ctx) {
      const text = ctx.doc.original;
      const re = /\b[A-Z]{2,6}\b/gu;
      for (let m = re.exec(text); m; m = re.exec(text))
        ctx.proposeMention({ kind: "organization", start: m.index, end: m.index + m[0].length, rule: "acronym", confidence: 0.6 });
    },
  };

  it("a user extractor's mentions become nodes with its name in provenance", () => {
    const p = createPipeline({ extractors: (d) => [...d.slice(0, 1), acronyms, ...d.slice(1)] });
    const t = "نماینده OSCE در دوشنبه با امامعلی رحمان دیدار کرد.";
    const g = p.extract(t);
    validates(g);
    const m = expectMention(g, "organization", "OSCE");
    const node = entities(g).find((e) => e.id === m.entity)!;
    expect(node.provenance).toEqual({ extractor: "latin-acronyms", rule: "acronym" });
    // the built-in stages still ran around it
    expectMention(g, "person", "امامعلی رحمان");
  });

  it("later built-in stages see a user's mentions: a quote's speaker, a relation's end", () => {
    const p = createPipeline({ extractors: (d) => [d[0], acronyms, ...d.slice(1)] });
    const t = "OSCE اعلام کرد که ناظران به مرز اعزام می‌شوند. تاجیکستان و قرقیزستان عضو OSCE هستند.";
    const g = p.extract(t);
    validates(g);
    const q = quotes(g);
    expect(q.map((x) => x.content)).toEqual(["ناظران به مرز اعزام می‌شوند"]);
    expect(q[0].speakerMentions).toContain("OSCE");
    const osce = entities(g).find((e) => e.mentions.some((m) => m.text === "OSCE"))!;
    expect(osce.mentions).toHaveLength(2);
    expect(g.edges.filter((e) => e.kind === "member_of" && e.target === osce.id)).toHaveLength(2);
  });

  it("a user extractor can propose quotes and relations, and retract built-in mentions", () => {
    const custom: Extractor = {
      name: "custom-rules",
      run(ctx) {
        const text = ctx.doc.original;
        // Monday, not Dushanbe, in this user's texts
        const d = at(text, "دوشنبه");
        ctx.retractMentions(d.start, d.end, "location");
        const tj = ctx.mentions().find((m) => m.text === "تاجیکستان")!;
        const kg = ctx.mentions().find((m) => m.text === "قرقیزستان")!;
        ctx.proposeRelation({ kind: "met_with", subject: tj, object: kg, evidence: [{ start: 0, end: text.length }], rule: "always" });
        const c = at(text, "مرز باز است");
        ctx.proposeQuote({ content: c, direct: false, cue: null, speaker: tj, via: null, rule: "whole" });
      },
    };
    const p = createPipeline({ extractors: (d) => [...d.filter((x) => x.name === "gazetteer"), custom] });
    const t = "دوشنبه تاجیکستان و قرقیزستان گفتند مرز باز است.";
    const g = p.extract(t);
    validates(g);
    expect(mentions(g).map((m) => m.text).sort()).toEqual(["تاجیکستان", "قرقیزستان"].sort());
    const met = g.edges.filter((e) => e.kind === "met_with");
    expect(met).toHaveLength(1);
    expect(met[0].provenance).toEqual({ extractor: "custom-rules", rule: "always" });
    const q = quotes(g);
    expect(q).toHaveLength(1);
    expect(q[0].speakerMentions).toEqual(["تاجیکستان"]);
  });

  it("a user extractor proposing a range outside the text gets a RangeError naming it", () => {
    const bad: Extractor = { name: "off-by-one", run: (ctx) => ctx.proposeMention({ kind: "person", start: 0, end: ctx.doc.original.length + 1, rule: "x" }) };
    expect(() => createPipeline({ extractors: [bad] }).extract("سلام")).toThrow(/off-by-one/u);
  });

  it("`extractors: (defaults) => defaults.filter(...)` removes a stage", () => {
    const t = "امامعلی رحمان گفت که همکاری ادامه دارد.";
    expect(quotes(extract(t))).toHaveLength(1);
    const p = createPipeline({ extractors: (d) => d.filter((x) => x.name !== "quotes") });
    expect(p.extractors.map((x) => x.name)).not.toContain("quotes");
    const g = p.extract(t);
    validates(g);
    expect(quotes(g)).toEqual([]);
    expectMention(g, "person", "امامعلی رحمان");
  });

  it("the default stages are named and in order", () => {
    expect(createPipeline().extractors.map((x) => x.name)).toEqual([
      "gazetteer",
      "organizations",
      "locations",
      "persons",
      "roles",
      "quotes",
      "relations",
      "coreference",
    ]);
  });
});

describe("extractMany", () => {
  it("keeps input order, for an iterable and an async iterable", async () => {
    const texts = ["تاجیکستان", "", "امامعلی رحمان", "روسیه و چین", "سازمان ملل"];
    const p = createPipeline();
    const out: DocumentGraph[] = [];
    for await (const g of p.extractMany(texts)) out.push(g);
    expect(out.map((g) => g.text)).toEqual(texts);
    expect(out.map((g) => mentions(g).length)).toEqual([1, 0, 1, 2, 1]);
    async function* gen() {
      for (const t of texts) {
        await new Promise((r) => setTimeout(r, 0));
        yield t;
      }
    }
    const out2: string[] = [];
    for await (const g of p.extractMany(gen())) out2.push(g.text);
    expect(out2).toEqual(texts);
  });
});

describe("bad input", () => {
  const cases: [string, string][] = [
    ["empty", ""],
    ["whitespace", " \n\t\u200c\u00a0 \r\n"],
    ["lone surrogates", "\ud800تاجیکستان\udc00 روسیه\ud83d"],
    ["binary noise", Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 65536)).join("")],
    ["Latin only", "The President of Tajikistan met Putin in Moscow on Monday: \"Peace\", he said."],
    ["punctuation only", "«»:،. «: »\n:\n«"],
    ["only a colon line", "رحمان:"],
  ];
  for (const [name, text] of cases) {
    it(`${name}: no throw, the graph validates`, () => {
      const g = extract(text);
      validates(g);
      expect(g.text).toBe(text);
    });
  }

  it("Latin-only and empty text have no Persian entities", () => {
    expect(extract("").nodes).toEqual([]);
    expect(mentions(extract("The President of Tajikistan met Putin in Moscow."))).toEqual([]);
  });

  // No timing assertion (speed is a benchmark); the timeout only turns a hang into a failure.
  it("a 1 MB text: no throw, the graph validates, mentions are found throughout", { timeout: 120_000 }, () => {
    const para = "به گزارش خبرگزاری خاور، امامعلی رحمان، رئیس جمهور تاجیکستان، گفت که همکاری با روسیه ادامه دارد.\n";
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    const g = extract(text);
    validates(g);
    const rahmon = entities(g).find((e) => e.kind === "person")!;
    expect(rahmon.mentions.length).toBe(text.length / para.length);
  });

  it("non-string input throws a TypeError", () => {
    for (const v of [null, undefined, 42, {}, ["تاجیکستان"], new String("تاجیکستان")]) {
      expect(() => extract(v as never)).toThrow(TypeError);
      expect(() => createPipeline().extract(v as never)).toThrow(TypeError);
    }
  });
});
