import type { Extractor, ExtractorContext } from "../pipeline/extractor.js";
import { docIndex, type DocIndex } from "./doc-index.js";
import { titlePhrases } from "./title-phrases.js";
import { fold } from "../text/fold.js";
import nameRules from "../../data/lexicons/name-rules.json";
import personTokens from "../../data/lexicons/person-name-tokens.json";

let knownNameWords: Set<string> | undefined;

const MAX_NAME_TOKENS = 3;
/** A word where one of these starts or ends is no part of a person's name. */
const NOT_NAME_START = new Set(["title", "honorific", "org_head", "loc_head", "cue", "meeting", "demonym", "country", "organization", "location"]);
const NOT_NAME_END = new Set(["country", "organization", "location", "title", "org_head"]);

/**
 * People no gazetteer knows, from evidence around them:
 * - an honorific before the name (`آقای`, `ملا`, `دکتر`), left out of the span;
 * - a title right after the name (`لین جیان، سخنگوی…`, `رشید مرداف وزیر امور خارجه…`) or
 *   a title phrase right before it (`وزیر امور خارجه هند، جی شنکار`);
 * - a known given name followed by a surname-like word (`بختیار سعیدوف`);
 * - a surname ending (`…وف`, `…زاده`) on a word that is not an ordinary word;
 * and then every later occurrence of a name found so (`متقی` after `امیرخان متقی`).
 */
export const personsExtractor: Extractor = {
  name: "persons",
  run(ctx) {
    const idx = docIndex(ctx);
    const found: { start: number; end: number }[] = [];
    const propose = (a: number, b: number, rule: string, confidence: number) => {
      if (b <= a) return;
      const { tokens } = idx;
      found.push({ start: a, end: b });
      ctx.proposeMention({ kind: "person", start: tokens[a].start, end: tokens[b - 1].end, rule, confidence, priority: 5 });
    };
    const isName = nameTest(idx);
    const surname = surnameTest(idx);
    const nameWord = nameWordTest(ctx, idx);
    const n = idx.tokens.length;

    // honorifics: `آقای X`, `ملا X Y`, `آیت‌الله سید X Y`
    for (const h of idx.ofKind("honorific")) {
      let k = h.tokenEnd;
      while (idx.startingAt(k, "honorific").length > 0) k = idx.startingAt(k, "honorific")[0].tokenEnd;
      if (idx.startingAt(k, "person").length > 0) continue;
      const end = run(k, isName, n);
      propose(k, end, "honorific", 0.85);
    }

    // titles: NAME [،] TITLE and TITLE-PHRASE [،] NAME
    for (const t of titlePhrases(ctx)) {
      let b = t.start;
      if (idx.isPunct(b - 1, "،,")) b--;
      if (idx.isPunct(b - 1, "»”\"")) {
        // «سرگئی لاوروف»، وزیر خارجه روسیه
        const close = b - 1;
        let a = close;
        while (a > 0 && close - a < MAX_NAME_TOKENS && isName(a - 1)) a--;
        if (idx.isPunct(a - 1, "«“\"") && a < close) propose(a, close, "quoted-name-before-title", 0.85);
      } else {
        let a = b;
        while (a > 0 && b - a < MAX_NAME_TOKENS && isName(a - 1) && !idx.breakBefore(a)) a--;
        // a third word on the left must itself look like a name (`پذیرای عبدالجبار رحمان‌زاده`:
        // "host of" is no part of the name)
        if (b - a === MAX_NAME_TOKENS && !nameWord(a)) a++;
        // the name starts a clause: after a line break, punctuation or a closed-class word
        const w = ctx.resources.words;
        const opens = a === 0 || idx.breakBefore(a) || idx.isPunct(a - 1) || w.closed.has(idx.key(a - 1)) || w.time.has(idx.key(a - 1));
        // one word alone before a title (`در کابینه وزیر …`) must look like a name: a comma
        // between them, or a word that names are made of
        const evidence = b - a > 1 || b < t.start || nameWord(a);
        if (a < b && opens && evidence && !coveredByPerson(idx, a, b)) propose(a, b, "name-before-title", 0.8);
      }
      let k = t.end;
      if (idx.isPunct(k, "،,")) k++;
      const end = run(k, isName, n);
      // after a title a name must begin with a known given name: too many noun phrases follow titles
      const given = idx.startingAt(k, "given_name").some((g) => !g.entry.tags?.includes("ambiguous"));
      // or stand in commas as an apposition: `سفیر روسیه در تاجیکستان، سمیون گریگوریف، …`
      const apposition = idx.isPunct(k - 1, "،,") && idx.isPunct(end, "،,") && end - k >= 2;
      if (end > k && (given || apposition) && !coveredByPerson(idx, k, end) && boundaryAfter(ctx, idx, end)) propose(k, end, "title-before-name", 0.8);
    }

    // a known surname after an unknown given name: `قاسم توکایف` (the gazetteer knows `توکایف`)
    for (const p of idx.ofKind("person")) {
      const g = p.tokenStart - 1;
      if (g < 0 || idx.breakBefore(p.tokenStart) || idx.startingAt(g, "person").length > 0) continue;
      if (idx.startingAt(g, "given_name").some((x) => x.tokenEnd === p.tokenStart))
        ctx.proposeMention({ kind: "person", start: idx.tokens[g].start, end: p.end, entry: p.entry, rule: "given-name-known-surname", confidence: 0.85, priority: 9 });
    }

    // given name + a word that is known to be part of names: another given name, a word that
    // people's names are made of (ParsTwiNER), or a surname ending (`بختیار سعیدوف`)
    for (const g of idx.ofKind("given_name")) {
      if (g.entry.tags?.includes("ambiguous") || g.affix || idx.isCommon(g.tokenStart)) continue;
      const a = g.tokenStart;
      if (g.tokenEnd !== a + 1 || coveredByPerson(idx, a, a + 1)) continue;
      let b = a + 1;
      // a foreign given name in Persian script (`مایکل`, `ماریو`) is followed by a surname: any
      // name-like word will do; a Persian one needs evidence for it
      const foreign = g.entry.tags?.includes("foreign") === true;
      // particles and further name words: `سراج الدین مهرالدین`, `ذبیح الله مجاهد`
      while (b < n && b - a < MAX_NAME_TOKENS && ((isName(b) && (nameWord(b) || (foreign && b === a + 1))) || isParticle(idx, b))) b++;
      while (b > a + 1 && isParticle(idx, b - 1)) b--;
      // or the name speaks or holds a title: `رضا حقیقی گفت`, `نسرین کاظمی، سخنگوی …`
      if (b === a + 1 && isName(a + 1) && speaksOrHoldsTitle(idx, a + 2)) b = a + 2;
      if (b > a + 1) propose(a, b, "given-name", 0.8);
    }

    // a surname ending on an unknown word: `تاسماگامبتوف`, `رحمانزاده`
    for (let i = 0; i < n; i++) {
      if (!surname(i) || coveredByPerson(idx, i, i + 1)) continue;
      if (found.some((f) => f.start <= i && i < f.end)) continue;
      const givenBefore = idx.startingAt(i - 1, "given_name").some((g) => g.tokenEnd === i);
      const a = givenBefore && isName(i - 1) && !idx.breakBefore(i) ? i - 1 : i;
      propose(a, i + 1, "surname-ending", 0.7);
    }

    // later occurrences of the names found above, in full or by the last name
    const names = new Map<string, string[]>();
    for (const f of found) {
      const keys = idx.tokens.slice(f.start, f.end).map((t) => t.key);
      names.set(keys.join(" "), keys);
      if (keys.length > 1) names.set(keys[keys.length - 1], [keys[keys.length - 1]]);
    }
    const byFirst = new Map<string, string[][]>();
    for (const keys of names.values()) {
      const list = byFirst.get(keys[0]);
      if (list) list.push(keys);
      else byFirst.set(keys[0], [keys]);
    }
    for (let i = 0; i < n; i++) {
      for (const keys of byFirst.get(idx.key(i)) ?? []) {
        if (keys.every((k, j) => idx.key(i + j) === k) && !found.some((f) => f.start <= i && i < f.end)) {
          if (keys.length === 1 && idx.isCommon(i)) continue;
          ctx.proposeMention({ kind: "person", start: idx.tokens[i].start, end: idx.tokens[i + keys.length - 1].end, rule: "repeated-name", confidence: 0.75, priority: 4 });
        }
      }
    }
  },
};

/**
 * Evidence that a word is part of a person's name: a given name, a word people's names are
 * made of in ParsTwiNER (data/lexicons/person-name-tokens.json), or a surname ending.
 */
function nameWordTest(ctx: ExtractorContext, idx: DocIndex): (i: number) => boolean {
  const known = (knownNameWords ??= new Set(personTokens.words));
  const suffixes = nameRules.strong_surname_suffixes;
  const weak = surnameEndings(ctx);
  return (i) => {
    const k = idx.key(i);
    if (known.has(k) || idx.startingAt(i, "given_name").some((g) => g.tokenEnd === i + 1 && !g.affix)) return true;
    return k.length >= 5 && (suffixes.some((s) => k.endsWith(s)) || weak.some((s) => k.length >= s.length + 3 && k.endsWith(s)));
  };
}

/** The surname endings of the name-part lexicon (`زاده`, `پور`, `یان`, …), longest first. */
function surnameEndings(ctx: ExtractorContext): string[] {
  let list = ctx.resources.cache.get("persons:surname-endings") as string[] | undefined;
  if (!list) {
    list = [...ctx.resources.entries.values()]
      .filter((e) => e.kind === "name_part" && e.tags?.includes("suffix"))
      .map((e) => fold(e.name))
      .filter((s) => s.length >= 2)
      .sort((a, b) => b.length - a.length);
    ctx.resources.cache.set("persons:surname-endings", list);
  }
  return list;
}

/** Whether a reporting verb or a title follows at token k (after an optional comma). */
function speaksOrHoldsTitle(idx: DocIndex, k: number): boolean {
  const j = idx.isPunct(k, "،,") ? k + 1 : k;
  return idx.startingAt(j, "title").length > 0 || (j === k && idx.startingAt(j, "cue").some((c) => c.entry.tags?.includes("verb")));
}

/** The end of the run of name words starting at k (at most MAX_NAME_TOKENS). */
function run(k: number, isName: (i: number) => boolean, n: number): number {
  let e = k;
  while (e < n && e - k < MAX_NAME_TOKENS && isName(e)) e++;
  return e;
}

/** Whether a known person's name (starting at most four words before) overlaps tokens [a, b). */
function coveredByPerson(idx: DocIndex, a: number, b: number): boolean {
  for (let i = Math.max(0, a - 4); i < b; i++) if (idx.startingAt(i, "person").some((m) => m.tokenEnd > a)) return true;
  return false;
}

function isParticle(idx: DocIndex, i: number): boolean {
  return idx.startingAt(i, "name_part").some((m) => m.entry.tags?.includes("particle") && m.tokenEnd === i + 1);
}

/** After a name comes punctuation, a closed-class word, a verb or the line's end. */
function boundaryAfter(ctx: ExtractorContext, idx: DocIndex, i: number): boolean {
  if (i >= idx.tokens.length || idx.breakBefore(i)) return true;
  const t = idx.tokens[i];
  if (t.kind === "punct") return true;
  return ctx.resources.words.closed.has(t.key) || idx.startingAt(i, "cue", "meeting", "title").length > 0 || idx.isCommon(i);
}

/**
 * A word that may be part of a person's name: an Arabic-script word that is no ordinary
 * word, no title, head noun, cue or demonym, and no country, organization or place.
 */
function nameTest(idx: DocIndex): (i: number) => boolean {
  const memo = new Map<number, boolean>();
  return (i) => {
    let v = memo.get(i);
    if (v === undefined) {
      v =
        idx.isWord(i) &&
        idx.key(i).length >= 2 &&
        !idx.isCommon(i) &&
        !idx.isPrefixedVerb(i) &&
        !/(ها|های|هایی|ترین)$/u.test(idx.key(i)) &&
        !idx.startingAt(i).some((m) => NOT_NAME_START.has(m.kind)) &&
        !idx.endingBefore(i + 1).some((m) => NOT_NAME_END.has(m.kind));
      memo.set(i, v);
    }
    return v;
  };
}

/**
 * A lone word with a distinctive surname ending (`…وف`, `…زاده`; data/lexicons/name-rules.json),
 * longer than the ending by three letters or more, and no ordinary word.
 */
function surnameTest(idx: DocIndex): (i: number) => boolean {
  const suffixes = nameRules.strong_surname_suffixes;
  const isName = nameTest(idx);
  return (i) => {
    const k = idx.key(i);
    // `معروف`, `موصوف` (five-letter Arabic participles) end like `…وف` surnames
    if (k.length < 5 || (k.length < 6 && k.endsWith("وف")) || !isName(i)) return false;
    // `…اف` alone is too often an Arabic noun (`اهداف`, `اختلاف`): it needs a half-space (`کریم‌اف`)
    if (k.endsWith("اف") && !/\u200cاف$/u.test(idx.text(i))) return suffixes.some((s) => s !== "اف" && s.length > 2 && k.length >= s.length + 3 && k.endsWith(s));
    return suffixes.some((s) => k.length >= s.length + 3 && k.endsWith(s));
  };
}
