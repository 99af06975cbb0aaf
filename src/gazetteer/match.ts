import type { EntryKind, GazetteerEntry } from "../models/gazetteer.js";
import type { NormalizedText, Sentence, Token } from "../text/types.js";
import * as affixRules from "./affixes.js";

// Bound once: module namespace getters (as some loaders emit them) must not run per token.
const { maybeSuffix, prefixSplit, suffixOffset } = affixRules;

/**
 * The compiled gazetteer (built by compileGazetteer, compile.ts): a character trie over the fold()ed keys of every name and alias, laid out breadth-first
 * in flat typed arrays so that a million entries cost a few bytes per character and no
 * object per node:
 * - node 0 is the root. `nodes` holds two words per node: `nodes[2n]` is the id of n's
 *   first child (its children are the ids `nodes[2n] … nodes[2n + 2] - 1`, sorted by edge
 *   character) and `nodes[2n + 1]` is the character on the edge into n, with bit 16 set
 *   when a key ends at n. Keeping both words of a node side by side means that finding a
 *   child and then reading its own child range touches one cache line, not three arrays.
 * - the children of the root are also in `rootChild`, indexed by character, because
 *   every walk starts there.
 * - the terminal nodes, ascending, are `termNode`, and `termKey` holds the index of the
 *   key ending at each (a sorted list searched only on a hit, where an array over all nodes
 *   would cost 4 bytes a node); the entries with that key are `recEntry[keyRecStart[k] … keyRecStart[k + 1] - 1]`, with the name or
 *   alias they were found by in `recAlias`.
 */
export interface TrieData {
  readonly nodeCount: number;
  readonly nodes: Int32Array;
  readonly rootChild: Int32Array;
  readonly termNode: Int32Array;
  readonly termKey: Int32Array;
  readonly keyRecStart: Int32Array;
  readonly recEntry: Int32Array;
  readonly recAlias: readonly string[];
}

/** Bit of `nodes[2n + 1]` set when a key ends at node n. */
export const TERMINAL = 1 << 16;

/** The index of the key that ends at terminal node `node` (binary search in termNode). */
export function keyOfNode(trie: TrieData, node: number): number {
  const t = trie.termNode;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid] < node) lo = mid + 1;
    else hi = mid;
  }
  return trie.termKey[lo];
}

/** The child of `node` (not the root) along character `c`, or 0 when there is none. */
export function childOf(nodes: Int32Array, node: number, c: number): number {
  let lo = nodes[2 * node];
  let hi = nodes[2 * node + 2];
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) if ((nodes[2 * lo + 1] & 0xffff) === c) return lo;
    return 0;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = nodes[2 * mid + 1] & 0xffff;
    if (m === c) return mid;
    if (m < c) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

/** What the matcher reads: a Doc fits, and so does any { tokens, normalized }. */
export interface MatchView {
  readonly tokens: readonly Token[];
  readonly normalized: NormalizedText;
  /** When given, no match crosses a sentence boundary (sentence ends block matches anyway). */
  readonly sentences?: readonly Sentence[];
}

export interface MatchOptions {
  /** Report only entries of these kinds. */
  kinds?: readonly EntryKind[];
  /** Accept glued prepositions and suffixes (default: as compiled, true unless disabled). */
  affixes?: boolean;
}

export interface GazetteerMatch {
  entry: GazetteerEntry;
  kind: EntryKind;
  /** The name or alias of the entry that matched, as written in the entry. */
  alias: string;
  /** Span in the ORIGINAL input, end exclusive. */
  start: number;
  end: number;
  /** Span in the normalized text. */
  nStart: number;
  nEnd: number;
  /** Tokens [tokenStart, tokenEnd) the match lies in (the first and last may hold an affix too). */
  tokenStart: number;
  tokenEnd: number;
  /** Set when the match starts after a glued preposition and/or ends before a glued suffix. */
  affix?: "prefix" | "suffix" | "both";
}

const NO_START = 1; // a match cannot start at this token
const BARRIER = 2; // a match cannot extend into this token from the one before

/** Punctuation that ends a sentence: a match never runs into it. */
function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026 || c === 0x06d4;
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/**
 * Finds every match of the trie in the tokens of `view`, in one left-to-right pass over the
 * token starts: from each token start (and, after a glued preposition, from inside the
 * first word) the trie is walked along the tokens' keys, char code by char code, until it
 * has no edge for the next character. Keys of consecutive tokens are joined with nothing,
 * so `رئیس جمهور`, `رئیس‌جمهور` and `رئیسجمهور` walk the same path. A match ends where a
 * token ends, or before an accepted suffix inside the last token.
 *
 * The walk never enters a sentence-ending punctuation mark, a URL or e-mail, a token after
 * a line break, or a sentence other than the one it started in; any other punctuation is
 * crossed only when the name's own key contains it (`بولاک-بوشی`), since the trie has no
 * edge for it otherwise. Cost: O(tokens × longest key) at worst, and in practice a few
 * lookups per token, because walks stop as soon as no name continues.
 */
export function matchTrie(
  trie: TrieData,
  entries: readonly GazetteerEntry[],
  view: MatchView,
  options: MatchOptions,
): GazetteerMatch[] {
  const tokens = view.tokens;
  const n = tokens.length;
  const out: GazetteerMatch[] = [];
  if (n === 0 || trie.nodeCount <= 1) return out;
  const normalized = view.normalized;
  const affixes = options.affixes !== false;
  const kinds = options.kinds === undefined ? undefined : new Set<EntryKind>(options.kinds);
  const { nodes, rootChild, keyRecStart, recEntry, recAlias } = trie;

  // token flags, computed once per call
  const flags = new Uint8Array(n);
  const text = normalized.text;
  for (let j = 0; j < n; j++) {
    const t = tokens[j];
    let f = 0;
    if (t.key.length === 0 || t.kind === "punct" || t.kind === "url" || t.kind === "email") f |= NO_START;
    if (t.kind === "url" || t.kind === "email" || (t.kind === "punct" && isSentenceEnd(t.text.charCodeAt(0)))) f |= BARRIER;
    if (j > 0) {
      for (let k = tokens[j - 1].nEnd; k < t.nStart; k++) {
        if (isLineBreak(text.charCodeAt(k))) {
          f |= BARRIER;
          break;
        }
      }
    }
    flags[j] = f;
  }
  if (view.sentences !== undefined) {
    for (const s of view.sentences) if (s.tokenStart > 0 && s.tokenStart < n) flags[s.tokenStart] |= BARRIER;
  }

  const emit = (node: number, i: number, j: number, nStart: number, nEnd: number, prefix: boolean, suffix: boolean) => {
    const k = keyOfNode(trie, node);
    const first = tokens[i];
    const last = tokens[j];
    const start = nStart === first.nStart ? first.start : normalized.toOriginal(nStart);
    const end = nEnd === last.nEnd ? last.end : normalized.toOriginalEnd(nEnd);
    const affix = prefix ? (suffix ? "both" : "prefix") : suffix ? "suffix" : undefined;
    for (let r = keyRecStart[k]; r < keyRecStart[k + 1]; r++) {
      const entry = entries[recEntry[r]];
      if (kinds !== undefined && !kinds.has(entry.kind)) continue;
      const m: GazetteerMatch = {
        entry,
        kind: entry.kind,
        alias: recAlias[r],
        start,
        end,
        nStart,
        nEnd,
        tokenStart: i,
        tokenEnd: j + 1,
      };
      if (affix !== undefined) m.affix = affix;
      out.push(m);
    }
  };

  // Walks the trie from token i, key offset k0 (0, or after a prefix); nStart is where the name starts.
  const walk = (i: number, k0: number, nStart: number, prefix: boolean) => {
    let node = 0;
    for (let j = i; j < n; j++) {
      if (j > i && (flags[j] & BARRIER) !== 0) return;
      const tok = tokens[j];
      const key = tok.key;
      const len = key.length;
      const nameStart = j === i ? k0 : 0; // where the name's part in this token begins
      for (let p = nameStart; p < len; ) {
        const c = key.charCodeAt(p++);
        node = node === 0 ? rootChild[c] : childOf(nodes, node, c);
        if (node === 0) return;
        if ((nodes[2 * node + 1] & TERMINAL) === 0) continue;
        if (p === len) emit(node, i, j, nStart, tok.nEnd, prefix, false);
        else if (affixes && maybeSuffix(key, p)) {
          const t = suffixOffset(tok.text, key, p, nameStart);
          if (t >= 0) emit(node, i, j, nStart, tok.nStart + t, prefix, true);
        }
      }
    }
  };

  for (let i = 0; i < n; i++) {
    if ((flags[i] & NO_START) !== 0) continue;
    const tok = tokens[i];
    walk(i, 0, tok.nStart, false);
    if (affixes) {
      const split = prefixSplit(tok.text, tok.key);
      if (split !== undefined) walk(i, split.keyOffset, tok.nStart + split.textOffset, true);
    }
  }

  out.sort(byStartThenLonger);
  return out;
}

function byStartThenLonger(a: GazetteerMatch, b: GazetteerMatch): number {
  return a.start - b.start || b.end - a.end || a.nStart - b.nStart || b.nEnd - a.nEnd;
}

/**
 * The greedy longest-first selection of non-overlapping matches: longer spans win, then
 * earlier ones. Matches with exactly the span of a chosen one are all kept (an ambiguous
 * name such as a person and a place spelled alike), so a caller still sees every reading
 * of the span. Result sorted by start.
 */
export function longestMatches(matches: readonly GazetteerMatch[]): GazetteerMatch[] {
  const order = matches.slice().sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // chosen spans, kept sorted by start and pairwise disjoint
  const starts: number[] = [];
  const ends: number[] = [];
  const kept: GazetteerMatch[] = [];
  for (const m of order) {
    // the first chosen span ending after m.start is the only one that could overlap m
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid] <= m.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < starts.length && starts[lo] < m.end) {
      if (starts[lo] === m.start && ends[lo] === m.end) kept.push(m);
      continue;
    }
    if (m.end <= m.start) continue;
    starts.splice(lo, 0, m.start);
    ends.splice(lo, 0, m.end);
    kept.push(m);
  }
  return kept.sort(byStartThenLonger);
}
