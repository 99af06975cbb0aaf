import type { ExtractorContext } from "../pipeline/extractor.js";
import type { GazetteerMatch } from "../gazetteer/match.js";
import type { EntryKind } from "../models/gazetteer.js";
import type { Token } from "../text/types.js";
import commonWords from "../../data/lexicons/common-words.json";

/**
 * Per-document lookups shared by the built-in rules: gazetteer matches indexed by the token
 * they start and end at, sentence and line boundaries, and word tests. Built once per
 * document, on first use, and cached on the context.
 */
export interface DocIndex {
  readonly tokens: readonly Token[];
  /** Matches of these kinds that start at token i, longest first. */
  startingAt(i: number, ...kinds: EntryKind[]): GazetteerMatch[];
  /** Matches of these kinds whose last token is i - 1 (they end right before token i), longest first. */
  endingBefore(i: number, ...kinds: EntryKind[]): GazetteerMatch[];
  /** All matches of these kinds, in text order (matches across a function word left out). */
  ofKind(...kinds: EntryKind[]): GazetteerMatch[];
  /** The sentence that token i lies in: [first token, end token). */
  sentenceOf(i: number): { start: number; end: number; index: number };
  /** Whether token i is the first word on its line (a headline, a dateline, a paragraph start). */
  startsLine(i: number): boolean;
  /** The line (paragraph) number of token i. */
  lineOf(i: number): number;
  /** Whether a line break lies between tokens i - 1 and i. */
  breakBefore(i: number): boolean;
  /** The fold() key of token i, or "" outside the text. */
  key(i: number): string;
  /** The normalized text of token i, or "". */
  text(i: number): string;
  isPunct(i: number, chars?: string): boolean;
  isWord(i: number): boolean;
  /**
   * A verb with the prefix می/نمی: the normalizer writes it with a half-space (`می‌کند`) and
   * only for verbs, so `میان`, `میدان`, `میرزا` are not taken for one.
   */
  isPrefixedVerb(i: number): boolean;
  /** A frequent ordinary word (or a closed-class word): never part of a name. */
  isCommon(i: number): boolean;
}

const cache = new WeakMap<ExtractorContext, DocIndex>();
const EMPTY: GazetteerMatch[] = [];
const PREFIXED_VERB = /^ن?می\u200c/u;
const KIND_NUMBERS = new Map<string, number>();
function kindNumber(kind: string): number {
  let n = KIND_NUMBERS.get(kind);
  if (n === undefined) KIND_NUMBERS.set(kind, (n = KIND_NUMBERS.size + 1));
  return n;
}
let commonSet: Set<string> | undefined;

export function docIndex(ctx: ExtractorContext): DocIndex {
  let idx = cache.get(ctx);
  if (!idx) {
    idx = buildIndex(ctx);
    cache.set(ctx, idx);
  }
  return idx;
}

function buildIndex(ctx: ExtractorContext): DocIndex {
  const { tokens, sentences, original } = ctx.doc;
  const words = ctx.resources.words;
  const common = (commonSet ??= new Set(commonWords.words));
  const matches = ctx.gazetteerMatches().filter((m) => !crossesFunctionWord(words.closed, tokens, m));
  // matches by token (all kinds), and by token and kind, so that the rules' many look-ups
  // cost a map read and allocate nothing
  const byStart = new Map<number, GazetteerMatch[]>();
  const byEnd = new Map<number, GazetteerMatch[]>();
  const byStartKind = new Map<number, GazetteerMatch[]>();
  const byEndKind = new Map<number, GazetteerMatch[]>();
  const byKind = new Map<string, GazetteerMatch[]>();
  // a numeric key per (kind, token): no string building on the hot path
  const kindKey = (kind: string, i: number) => (kindNumber(kind) << 24) + i;
  for (const m of matches) {
    push(byStart, m.tokenStart, m);
    push(byEnd, m.tokenEnd, m);
    push(byStartKind, kindKey(m.kind, m.tokenStart), m);
    push(byEndKind, kindKey(m.kind, m.tokenEnd), m);
    push(byKind, m.kind, m);
  }
  const longestFirst = (a: GazetteerMatch, b: GazetteerMatch) => b.end - b.start - (a.end - a.start);
  for (const map of [byStart, byEnd, byStartKind, byEndKind] as Map<unknown, GazetteerMatch[]>[]) for (const list of map.values()) list.sort(longestFirst);
  const lookup = (all: Map<number, GazetteerMatch[]>, perKind: Map<number, GazetteerMatch[]>, i: number, kinds: EntryKind[]): GazetteerMatch[] => {
    if (kinds.length === 0) return all.get(i) ?? EMPTY;
    if (kinds.length === 1) return perKind.get(kindKey(kinds[0], i)) ?? EMPTY;
    const list = all.get(i);
    return list ? list.filter((m) => kinds.includes(m.kind)) : EMPTY;
  };

  const sentenceOfToken = new Int32Array(tokens.length);
  sentences.forEach((s, k) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) sentenceOfToken[i] = k;
  });
  // line breaks between tokens, and the line number of every token
  const breaks = new Uint8Array(tokens.length);
  const lines = new Int32Array(tokens.length);
  let line = 0;
  for (let i = 1; i < tokens.length; i++) {
    for (let c = tokens[i - 1].end; c < tokens[i].start; c++) {
      const code = original.charCodeAt(c);
      if (code === 10 || code === 13) {
        breaks[i] = 1;
        break;
      }
    }
    if (breaks[i]) line++;
    lines[i] = line;
  }
  // ordinary words, decided once per token
  const commonToken = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const k = tokens[i].key;
    if (common.has(k) || words.closed.has(k) || words.time.has(k) || words.months.has(k) || words.weekdays.has(k)) commonToken[i] = 1;
  }
  const breakBefore = (i: number): boolean => (i <= 0 || i >= tokens.length ? i <= 0 : breaks[i] === 1);
  const key = (i: number) => (i >= 0 && i < tokens.length ? tokens[i].key : "");
  return {
    tokens,
    startingAt: (i, ...kinds) => lookup(byStart, byStartKind, i, kinds),
    endingBefore: (i, ...kinds) => lookup(byEnd, byEndKind, i, kinds),
    ofKind: (...kinds) => (kinds.length === 1 ? (byKind.get(kinds[0]) ?? EMPTY) : matches.filter((m) => kinds.includes(m.kind))),
    lineOf: (i) => lines[Math.max(0, Math.min(i, tokens.length - 1))] ?? 0,
    sentenceOf(i) {
      const s = sentences[sentenceOfToken[Math.max(0, Math.min(i, tokens.length - 1))]];
      return s ? { start: s.tokenStart, end: s.tokenEnd, index: s.index } : { start: 0, end: tokens.length, index: 0 };
    },
    startsLine: (i) => i === 0 || breakBefore(i),
    breakBefore,
    key,
    text: (i) => (i >= 0 && i < tokens.length ? tokens[i].text : ""),
    isPunct: (i, chars) => i >= 0 && i < tokens.length && tokens[i].kind === "punct" && (!chars || chars.includes(tokens[i].text)),
    isWord: (i) => i >= 0 && i < tokens.length && tokens[i].kind === "word",
    isPrefixedVerb: (i) => i >= 0 && i < tokens.length && PREFIXED_VERB.test(tokens[i].text),
    isCommon: (i) => i >= 0 && i < tokens.length && commonToken[i] === 1,
  };
}

/**
 * A name written as one word matched across a function word (`ونیز`, Venice, in `و نیز`,
 * "and also") is no name. A name of several words keeps its own function words.
 */
/** Words per alias, counted once (aliases are few and come back in every document). */
const wordCounts = new Map<string, number>();

function crossesFunctionWord(closed: ReadonlySet<string>, tokens: readonly Token[], m: GazetteerMatch): boolean {
  if (m.tokenEnd - m.tokenStart < 2) return false;
  let aliasWords = wordCounts.get(m.alias);
  if (aliasWords === undefined) wordCounts.set(m.alias, (aliasWords = m.alias.split(/[\s\u200c]+/u).filter(Boolean).length));
  if (aliasWords >= m.tokenEnd - m.tokenStart) return false;
  for (let i = m.tokenStart; i < m.tokenEnd; i++) if (closed.has(tokens[i].key)) return true;
  return false;
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}
