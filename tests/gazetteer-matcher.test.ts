import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compileGazetteer } from "../src/gazetteer/compile.js";
import { longestMatches, type GazetteerMatch, type MatchView } from "../src/gazetteer/match.js";
import { loadEntries } from "../src/gazetteer/load.js";
import { tokenize } from "../src/text/tokenize.js";
import { createDoc } from "../src/text/doc.js";
import { identityText, OffsetMapBuilder } from "../src/text/offset-map.js";
import { fold } from "../src/text/fold.js";
import type { Sentence, Token } from "../src/text/types.js";
import type { EntryKind, GazetteerEntry } from "../src/models/gazetteer.js";

const entries = loadEntries([
  { id: "country:TJ", kind: "country", name: "تاجیکستان", aliases: ["جمهوری تاجیکستان"], source: "t" },
  { id: "country:RU", kind: "country", name: "روسیه", source: "t" },
  { id: "country:IR", kind: "country", name: "ایران", source: "t" },
  { id: "country:SA", kind: "country", name: "عربستان سعودی", aliases: ["عربستان"], source: "t" },
  { id: "country:US", kind: "country", name: "آمریکا", aliases: ["ایالات متحده آمریکا"], source: "t" },
  { id: "country:KE", kind: "country", name: "کنیا", source: "t" },
  { id: "country:DE", kind: "country", name: "آلمان", source: "t" },
  { id: "location:latam", kind: "location", name: "آمریکای لاتین", source: "t" },
  { id: "location:moscow", kind: "location", name: "مسکو", source: "t" },
  { id: "location:bulak", kind: "location", name: "بولاک-بوشی", source: "t" },
  { id: "location:dushanbe", kind: "location", name: "دوشنبه", tags: ["ambiguous"], source: "t" },
  { id: "organization:sama", kind: "organization", name: "بانک مرکزی عربستان سعودی", source: "t" },
  { id: "organization:g20", kind: "organization", name: "گروه ۲۰", source: "t" },
  { id: "title:president", kind: "title", name: "رئیس جمهور", aliases: ["رئیس‌جمهور", "رییس جمهور"], source: "t" },
  { id: "demonym:RU", kind: "demonym", name: "روسی", country: "country:RU", source: "t" },
  { id: "name_part:al", kind: "name_part", name: "آل", tags: ["prefix"], source: "t" },
]);
const gaz = compileGazetteer(entries);

function view(text: string): MatchView {
  const normalized = identityText(text);
  return { tokens: tokenize(normalized), normalized };
}

/** Matches as `id=original text` (and the affix), checking every span on the way. */
function found(text: string, kinds?: EntryKind[]): string[] {
  const ms = gaz.match(view(text), kinds === undefined ? undefined : { kinds });
  for (const m of ms) expect(fold(text.slice(m.start, m.end))).toBe(fold(m.alias));
  return ms.map((m) => `${m.entry.id}=${text.slice(m.start, m.end)}${m.affix ? `/${m.affix}` : ""}`);
}

describe("matching across spellings", () => {
  it("matches the glued, spaced and ZWNJ forms of a title", () => {
    for (const form of ["رئیسجمهور", "رئیس جمهور", "رئیس‌جمهور", "رییس‌جمهور"]) {
      const text = `${form} تاجیکستان امروز سخنرانی کرد`;
      expect(found(text)).toEqual([`title:president=${form}`, "country:TJ=تاجیکستان"]);
    }
  });

  it("matches input written with Arabic yeh and kaf", () => {
    expect(found("سفير كنيا و رئيس جمهور ايران ديدار كردند")).toEqual([
      "country:KE=كنيا",
      "title:president=رئيس جمهور",
      "country:IR=ايران",
    ]);
  });

  it("finds names at sentence start and end and next to punctuation", () => {
    const text = "روسیه، ایران و تاجیکستان: سه کشور. (آمریکا) و «عربستان سعودی» هم آمدند؛ ایران";
    const ms = gaz.match(view(text));
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual([
      "روسیه",
      "ایران",
      "تاجیکستان",
      "آمریکا",
      "عربستان سعودی",
      "عربستان",
      "ایران",
    ]);
    expect(ms[0].start).toBe(0);
    expect(ms.at(-1)!.end).toBe(text.length);
  });

  it("returns nested matches, longer first at the same start", () => {
    const text = "بانک مرکزی عربستان سعودی نرخ را تغییر داد";
    expect(found(text)).toEqual([
      "organization:sama=بانک مرکزی عربستان سعودی",
      "country:SA=عربستان سعودی",
      "country:SA=عربستان",
    ]);
    const m = gaz.match(view(text));
    expect(m[0].tokenStart).toBe(0);
    expect(m[0].tokenEnd).toBe(4);
    expect(longestMatches(m).map((x) => x.entry.id)).toEqual(["organization:sama"]);
  });

  it("matches names containing digits and hyphens", () => {
    expect(found("نشست گروه 20 و منطقه بولاک-بوشی")).toEqual(["organization:g20=گروه 20", "location:bulak=بولاک-بوشی"]);
    expect(found("نشست گروه۲۰")).toEqual(["organization:g20=گروه۲۰"]);
  });

  it("does not cross a sentence end, a line break or a comma", () => {
    expect(found("او به عربستان. سعودی‌ها")).toEqual(["country:SA=عربستان"]);
    expect(found("عربستان\nسعودی")).toEqual(["country:SA=عربستان"]);
    expect(found("عربستان، سعودی")).toEqual(["country:SA=عربستان"]);
    expect(found("رئیس. جمهور")).toEqual([]);
  });

  it("takes a Doc as its view", () => {
    const doc = createDoc("رئیس‌جمهور تاجیکستان سخن گفت.\nعربستان سعودی پاسخ داد.");
    const ms = gaz.match(doc);
    expect(ms.map((m) => doc.original.slice(m.start, m.end))).toEqual(["رئیس‌جمهور", "تاجیکستان", "عربستان سعودی", "عربستان"]);
  });

  it("does not cross a sentence boundary given by the view", () => {
    const v = view("عربستان سعودی");
    const sentences: Sentence[] = [
      { index: 0, start: 0, end: 7, nStart: 0, nEnd: 7, tokenStart: 0, tokenEnd: 1, text: "عربستان" },
      { index: 1, start: 8, end: 13, nStart: 8, nEnd: 13, tokenStart: 1, tokenEnd: 2, text: "سعودی" },
    ];
    expect(gaz.match(v).map((m) => m.alias)).toEqual(["عربستان سعودی", "عربستان"]);
    expect(gaz.match({ ...v, sentences }).map((m) => m.alias)).toEqual(["عربستان"]);
  });

  it("maps spans back to the original through a normalization that changed the text", () => {
    // a toy normalizer: Arabic yeh → Persian yeh, a doubled ZWNJ and a doubled space dropped
    const original = "سفر  به‌روسيه‌‌ها و رئيس جمهور";
    const b = new OffsetMapBuilder(original);
    for (let i = 0; i < original.length; i++) {
      const c = original[i];
      if (c === "ي") b.emit("ی", i, i + 1);
      else if ((c === "‌" || c === " ") && original[i - 1] === c) b.extendLast(i + 1);
      else b.copy(i, i + 1);
    }
    const normalized = b.finish();
    expect(normalized.text).toBe("سفر به‌روسیه‌ها و رئیس جمهور");
    const ms = gaz.match({ tokens: tokenize(normalized), normalized });
    expect(ms.map((m) => [m.entry.id, original.slice(m.start, m.end), m.affix])).toEqual([
      ["country:RU", "روسيه", "both"],
      ["title:president", "رئيس جمهور", undefined],
    ]);
    expect(ms.map((m) => normalized.text.slice(m.nStart, m.nEnd))).toEqual(["روسیه", "رئیس جمهور"]);
  });

  it("matches only on token boundaries", () => {
    expect(found("ایرانشهر و روسیهستان")).toEqual([]);
    expect(found("کروسیه")).toEqual([]);
  });

  it("still matches ambiguous entries and carries them", () => {
    const [m] = gaz.match(view("دوشنبه گذشته"));
    expect(m.entry.tags).toContain("ambiguous");
  });
});

describe("glued prefixes and suffixes", () => {
  it("starts a match after a glued به", () => {
    expect(found("سفر به‌روسیه")).toEqual(["country:RU=روسیه/prefix"]);
    expect(found("سفر بهروسیه")).toEqual(["country:RU=روسیه/prefix"]);
    expect(found("سفر به‌عربستان سعودی")).toEqual(["country:SA=عربستان سعودی/prefix", "country:SA=عربستان/prefix"]);
  });

  it("requires a ZWNJ after با/از/در/برای and refuses the bare ب", () => {
    expect(found("بازگشت از‌روسیه")).toEqual(["country:RU=روسیه/prefix"]);
    expect(found("برای‌ایران")).toEqual(["country:IR=ایران/prefix"]);
    expect(found("ازروسیه بروسیه باایران")).toEqual([]);
  });

  it("ends a match before plural and possessive suffixes", () => {
    expect(found("تاجیکستان‌ها")).toEqual(["country:TJ=تاجیکستان/suffix"]);
    expect(found("ایرانمان")).toEqual(["country:IR=ایران/suffix"]);
    expect(found("روسیه‌ای دیگر")).toEqual(["country:RU=روسیه/suffix"]);
    expect(found("به‌روسیه‌ها")).toEqual(["country:RU=روسیه/both"]);
  });

  it("does not read demonym adjectives as countries", () => {
    expect(found("تاجیکستانی")).toEqual([]);
    expect(found("ایرانی")).toEqual([]);
    expect(found("ایرانی‌ها")).toEqual([]);
    expect(found("آمریکایی")).toEqual([]);
    // روسی is the demonym entry, never Russia
    expect(found("خبرگزاری روسی")).toEqual(["demonym:RU=روسی"]);
  });

  it("takes a glued ezafe ی after a vowel letter", () => {
    expect(found("آمریکای لاتین")).toEqual(["location:latam=آمریکای لاتین", "country:US=آمریکا/suffix"]);
    expect(found("مسکوی سرد")).toEqual(["location:moscow=مسکو/suffix"]);
    expect(found("روسیهی بزرگ")).toEqual(["country:RU=روسیه/suffix"]);
    expect(found("مسکویی")).toEqual([]);
    expect(found("روسیه‌ی‌اش")).toEqual(["country:RU=روسیه/suffix"]);
  });

  it("does not split short names off a word", () => {
    expect(found("آلمان")).toEqual(["country:DE=آلمان"]);
  });

  it("can be switched off", () => {
    expect(gaz.match(view("سفر به‌روسیه و تاجیکستان‌ها"), { affixes: false })).toEqual([]);
    const plain = compileGazetteer(entries, { affixes: false });
    expect(plain.match(view("تاجیکستان‌ها"))).toEqual([]);
  });
});

describe("options and helpers", () => {
  it("selects kinds at compile time and at match time", () => {
    const text = "رئیس جمهور روسیه";
    expect(found(text, ["country"])).toEqual(["country:RU=روسیه"]);
    const titles = compileGazetteer(entries, { kinds: ["title"] });
    expect(titles.match(view(text)).map((m) => m.kind)).toEqual(["title"]);
    expect(titles.entries).toHaveLength(1);
  });

  it("reports an entry once per span even when a name and an alias fold alike", () => {
    expect(found("رییس جمهور")).toEqual(["title:president=رییس جمهور"]);
    expect(gaz.lookup("رئیس‌جمهور").map((e) => e.id)).toEqual(["title:president"]);
    expect(gaz.lookup("روس")).toEqual([]);
  });

  it("handles an empty gazetteer and an empty text", () => {
    const empty = compileGazetteer([]);
    expect(empty.match(view("روسیه"))).toEqual([]);
    expect(empty.lookup("روسیه")).toEqual([]);
    expect(gaz.match(view(""))).toEqual([]);
  });

  it("longestMatches keeps every reading of a chosen span", () => {
    const twins = loadEntries([
      { id: "person:x", kind: "person", name: "دوشنبه", source: "t" },
      { id: "location:x", kind: "location", name: "دوشنبه", source: "t" },
      { id: "location:y", kind: "location", name: "شهر دوشنبه", source: "t" },
    ]);
    const g = compileGazetteer(twins);
    const ms = g.match(view("دوشنبه و شهر دوشنبه"));
    expect(ms.map((m) => m.entry.id)).toEqual(["person:x", "location:x", "location:y", "person:x", "location:x"]);
    expect(longestMatches(ms).map((m) => m.entry.id)).toEqual(["person:x", "location:x", "location:y"]);
  });
});

// ---------------------------------------------------------------------------------------
// Property: the trie matcher finds exactly what a naive O(n²) scan finds (affixes off),
// and with affixes on it finds the same plain matches plus only marked affix matches.

const WORDS = ["آب", "بابا", "ب", "آبا", "دار", "ر", "دارا", "راد", "با"];

function buildTokens(parts: { word: string; sep: string }[]): MatchView {
  let text = "";
  const spans: [number, number, string][] = [];
  for (const { word, sep } of parts) {
    spans.push([text.length, text.length + word.length, word]);
    text += word + sep;
  }
  const normalized = identityText(text);
  const tokens: Token[] = spans.map(([s, e, w], index) => ({
    index,
    kind: w === "،" || w === "." ? "punct" : "word",
    text: w,
    key: fold(w),
    start: s,
    end: e,
    nStart: s,
    nEnd: e,
  }));
  return { tokens, normalized };
}

function naive(entriesList: GazetteerEntry[], v: MatchView): Set<string> {
  const byKey = new Map<string, GazetteerEntry[]>();
  for (const e of entriesList)
    for (const name of [e.name, ...(e.aliases ?? [])]) {
      const list = byKey.get(fold(name)) ?? [];
      if (!list.includes(e)) list.push(e);
      byKey.set(fold(name), list);
    }
  const out = new Set<string>();
  const t = v.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i].kind === "punct") continue;
    let key = "";
    for (let j = i; j < t.length; j++) {
      if (j > i && (t[j].text === "." || /\n/.test(v.normalized.text.slice(t[j - 1].nEnd, t[j].nStart)))) break;
      key += t[j].key;
      for (const e of byKey.get(key) ?? []) out.add(`${e.id}@${t[i].start}-${t[j].end}`);
    }
  }
  return out;
}

const gazetteerArb = fc
  .array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 })
  .map((names) =>
    loadEntries(
      names.map((words, i) => ({
        id: `location:n${i}`,
        kind: "location",
        name: words.join(i % 3 === 0 ? "‌" : " "),
        aliases: i % 4 === 0 ? [words.join("")] : undefined,
        source: "t",
      })),
    ),
  );
const textArb = fc.array(
  fc.record({
    word: fc.constantFrom(...WORDS, "،", "."),
    sep: fc.constantFrom(" ", " ", "\n", "‌", " "),
  }),
  { maxLength: 25 },
);

const ids = (ms: GazetteerMatch[]) => new Set(ms.map((m) => `${m.entry.id}@${m.start}-${m.end}`));

describe("property: trie matcher = naive reference", () => {
  it("finds exactly the naive matches, once each, sorted", () => {
    fc.assert(
      fc.property(gazetteerArb, textArb, (list, parts) => {
        const v = buildTokens(parts.map((p) => (p.sep === "‌" && /[،.]/.test(p.word) ? { ...p, sep: " " } : p)));
        const ms = compileGazetteer(list, { affixes: false }).match(v);
        expect(ids(ms)).toEqual(naive(list, v));
        expect(ids(ms).size).toBe(ms.length);
        for (let k = 1; k < ms.length; k++) {
          const a = ms[k - 1];
          const b = ms[k];
          expect(a.start < b.start || (a.start === b.start && a.end >= b.end)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("with affixes, adds only marked matches", () => {
    fc.assert(
      fc.property(gazetteerArb, textArb, (list, parts) => {
        const v = buildTokens(parts);
        const ms = compileGazetteer(list).match(v);
        const plain = ms.filter((m) => m.affix === undefined);
        expect(ids(plain)).toEqual(naive(list, v));
        for (const m of ms) expect(fold(v.normalized.original.slice(m.start, m.end))).toBe(fold(m.alias));
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------
// Property: with affixes, the matcher agrees with a reference that applies the affix
// rules (affixes.ts) by plain string slicing over every (start, end) token pair.

const STEMS = ["آب", "بابا", "دارو", "راد", "آبان", "سرو", "داده"];
const PREFIXES = ["", "", "به", "به‌", "از‌", "از", "برای‌"];
const SUFFIXES = ["", "", "ها", "‌ها", "ی", "یی", "مان", "‌ای", "ش", "‌ی‌اش", "های"];
const ZW = "‌";
const PLURAL = ["ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان"];
const AFTER_ZWNJ = new Set([...PLURAL, "ی", "ای", "یی", "ام", "ات", "اش", "مان", "تان", "شان", "ایم", "اید", "اند", "است"]);
const GLUED = new Set([...PLURAL, "مان", "تان", "شان"]);

/** Offsets in `text` where a name may start: 0, and after an accepted glued preposition. */
function refStarts(text: string): number[] {
  const out = [0];
  for (const [p, needZw] of [["به", false], ["با", true], ["از", true], ["در", true], ["برای", true]] as const) {
    if (!text.startsWith(p)) continue;
    const zw = text.startsWith(p + ZW);
    const rest = text.slice(p.length + (zw ? 1 : 0));
    if (zw ? rest.length >= 2 : !needZw && rest.length >= 3) {
      out.push(text.length - rest.length);
      break;
    }
  }
  return out;
}

/** Is text[q…] an accepted suffix after a name part text[from…q]? */
function refSuffix(text: string, from: number, q: number): boolean {
  const pieces = text.slice(q).split(ZW);
  if (pieces.every((x) => x === "")) return false;
  const [glued, ...rest] = pieces;
  if (glued !== "") {
    const last = text[q - 1];
    if (!GLUED.has(glued) && !(glued === "ی" && "اوه".includes(last))) return false;
    if (q - from < 3) return false;
  }
  return rest.every((x) => x === "" || AFTER_ZWNJ.has(x));
}

function naiveAffix(entriesList: GazetteerEntry[], v: MatchView): Set<string> {
  const keys = new Map<string, GazetteerEntry[]>();
  for (const e of entriesList)
    for (const name of [e.name, ...(e.aliases ?? [])]) {
      const list = keys.get(fold(name)) ?? [];
      if (!list.includes(e)) list.push(e);
      keys.set(fold(name), list);
    }
  const out = new Set<string>();
  const t = v.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i].kind === "punct") continue;
    for (const s0 of refStarts(t[i].text)) {
      let middle = ""; // folded text of tokens i…j-1 from s0
      for (let j = i; j < t.length; j++) {
        if (j > i && (t[j].text === "." || /\n/.test(v.normalized.text.slice(t[j - 1].nEnd, t[j].nStart)))) break;
        const from = j === i ? s0 : 0;
        const w = t[j].text;
        for (let q = from + 1; q <= w.length; q++) {
          if (w[q - 1] === ZW) continue; // a name never ends on a ZWNJ
          const key = middle + fold(w.slice(from, q));
          const es = keys.get(key);
          if (es === undefined) continue;
          if (q < w.length && !refSuffix(w, from, q)) continue;
          for (const e of es) out.add(`${e.id}@${t[i].start + s0}-${t[j].start + q}`);
        }
        middle += fold(w.slice(from));
      }
    }
  }
  return out;
}

describe("property: affix matching = string-slicing reference", () => {
  it("finds exactly the reference matches", () => {
    const wordArb = fc
      .tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...STEMS), fc.constantFrom(...SUFFIXES))
      .map(([p, s, x]) => p + s + x);
    const gazArb = fc
      .array(fc.array(fc.constantFrom(...STEMS), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 8 })
      .map((names) => loadEntries(names.map((w, i) => ({ id: `location:n${i}`, kind: "location", name: w.join(" "), source: "t" }))));
    const partsArb = fc.array(fc.record({ word: fc.oneof(wordArb, fc.constantFrom("،", ".")), sep: fc.constantFrom(" ", "\n", " ") }), {
      maxLength: 12,
    });
    const seen = { prefix: 0, suffix: 0, both: 0 };
    fc.assert(
      fc.property(gazArb, partsArb, (list, parts) => {
        const v = buildTokens(parts);
        const ms = compileGazetteer(list).match(v);
        expect(ids(ms)).toEqual(naiveAffix(list, v));
        for (const m of ms) if (m.affix !== undefined) seen[m.affix]++;
        for (const m of ms) {
          const first = v.tokens[m.tokenStart];
          const last = v.tokens[m.tokenEnd - 1];
          expect(m.affix === "prefix" || m.affix === "both").toBe(m.start > first.start);
          expect(m.affix === "suffix" || m.affix === "both").toBe(m.end < last.end);
        }
      }),
      { numRuns: 500 },
    );
    // the generator does exercise every affix case
    expect(seen.prefix).toBeGreaterThan(0);
    expect(seen.suffix).toBeGreaterThan(0);
    expect(seen.both).toBeGreaterThan(0);
  });
});

describe("property: the compiled trie holds exactly the keys", () => {
  it("lookup() finds every name and alias and nothing else", () => {
    const word = fc.array(fc.constantFrom("ا", "ب", "پ", "ی", "ي", " ", "‌"), { minLength: 1, maxLength: 6 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 30 }), word, (names, probe) => {
        const list = names
          .filter((ns) => ns.every((x) => x.trim() !== "" && fold(x) !== ""))
          .map((ns, i) => ({ id: `location:k${i}`, kind: "location" as const, name: ns[0], aliases: ns.slice(1), source: "t" }));
        const g = compileGazetteer(list);
        const expected = (text: string) =>
          list.filter((e) => [e.name, ...e.aliases].some((x) => fold(x) === fold(text))).map((e) => e.id);
        for (const e of list) for (const x of [e.name, ...e.aliases]) expect(g.lookup(x).map((y) => y.id)).toEqual(expected(x));
        expect(g.lookup(probe).map((y) => y.id)).toEqual(expected(probe));
      }),
      { numRuns: 300 },
    );
  });
});
