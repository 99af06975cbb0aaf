import data from "../../data/lexicons/abbreviations.json";
import { standardLetter } from "./letters.js";

/** Where a listed abbreviation may stand; see data/lexicons/abbreviations.json. */
export const ABBR_ANYWHERE = 1;
export const ABBR_AFTER_NUMBER = 2;
export const ABBR_BEFORE_NUMBER = 4;

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Bit set of the contexts in which the path to this node is a complete abbreviation (0: not one). */
  accept: number;
}

interface AbbreviationEntry {
  form: string;
  expansion?: string;
  context?: string;
}

/** A match of a listed abbreviation: its end offset and the contexts it needs. */
export interface AbbreviationMatch {
  end: number;
  contexts: number;
}

let root: TrieNode | undefined;

/** Letters are compared in their standard form so that Arabic yeh/kaf input matches too. */
function keyCode(c: number): number {
  if (c < 0x0600) return c;
  const s = standardLetter(c);
  return s !== undefined && s.length === 1 ? s.charCodeAt(0) : c;
}

function build(): TrieNode {
  const r: TrieNode = { next: new Map(), accept: 0 };
  const all = [...(data.persian as AbbreviationEntry[]), ...(data.latin as AbbreviationEntry[])];
  for (const e of all) {
    let node = r;
    for (let i = 0; i < e.form.length; i++) {
      const k = keyCode(e.form.charCodeAt(i));
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), accept: 0 };
        node.next.set(k, child);
      }
      node = child;
    }
    node.accept |= e.context === "afterNumber" ? ABBR_AFTER_NUMBER : e.context === "beforeNumber" ? ABBR_BEFORE_NUMBER : ABBR_ANYWHERE;
  }
  return r;
}

/**
 * The longest listed abbreviation that starts at `start` in `text`, or undefined. One space
 * is allowed after an inner dot (`ه. ق.`). `isWordChar` tells whether a code unit would
 * continue a word: a match must not be followed by one (`م.` is not the start of `م.الف`).
 * The walk is bounded by the longest listed form, so the tokenizer stays linear.
 */
export function matchAbbreviation(text: string, start: number, isWordChar: (c: number) => boolean): AbbreviationMatch | undefined {
  let node: TrieNode | undefined = (root ??= build());
  let best: AbbreviationMatch | undefined;
  let i = start;
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    let child: TrieNode | undefined = node.next.get(keyCode(c));
    if (!child && c === 0x20 && i > start && text.charCodeAt(i - 1) === 0x2e && i + 1 < n) {
      // `ه. ق.`: skip one space after an inner dot when the form goes on
      c = text.charCodeAt(i + 1);
      child = node.next.get(keyCode(c));
      if (child) i++;
    }
    if (!child) break;
    node = child;
    i++;
    if (node.accept !== 0 && (i >= n || !isWordChar(text.charCodeAt(i)))) best = { end: i, contexts: node.accept };
  }
  return best;
}
