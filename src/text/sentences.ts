import type { NormalizedText, Sentence, Token } from "./types.js";
import { asNormalizedText, tokenize } from "./tokenize.js";

/**
 * sentences(): splits a text into sentences over its tokens.
 *
 * A sentence ends after `. ؟ ? ! …` (and `...`) and at every line break. A terminator inside
 * a matched pair of quotes or brackets (« », ( ), [ ], “ ”, " ") does not end the sentence:
 * `او گفت: «ما آماده‌ایم. همکاری ادامه دارد.»` is one. Pairs are matched within a line only,
 * so an unclosed « is ignored rather than swallowing the rest of the paragraph. Closing marks
 * and further terminators right after a terminator (`.»`, `?!`, `.)`) belong to the sentence.
 * A quotation whose last sentence ends inside it (`«… دارد.»`) ends the sentence when it
 * closes, as does a sentence wholly in brackets; an aside in brackets within a sentence
 * (`وزیر (… نه!) امروز …`) does not, the sentence goes on.
 * Numbers, abbreviations and URLs are single tokens, so their dots never split.
 * An abbreviation never ends a sentence except at a line break (`۶۲۲ م.` followed by more
 * text on the same line stays in the sentence): Persian has no capitals to tell.
 *
 * `tokens`, when given, must be the tokens of the same normalized text (tokenize(input)).
 */
export function sentences(input: string | NormalizedText, tokens?: readonly Token[]): Sentence[] {
  const nt = asNormalizedText(input);
  const toks = tokens ?? tokenize(nt);
  const out: Sentence[] = [];
  const t = nt.text;
  const n = toks.length;
  if (n === 0) return out;
  // role of each token in its line: +1 a matched opener, -1 a matched closer, 0 neither
  const role = new Int8Array(n);
  // the opener of each matched closer
  const partner = new Int32Array(n);

  const emit = (a: number, b: number): void => {
    if (b <= a) return;
    const first = toks[a];
    const last = toks[b - 1];
    out.push({
      index: out.length,
      start: first.start,
      end: last.end,
      nStart: first.nStart,
      nEnd: last.nEnd,
      tokenStart: a,
      tokenEnd: b,
      text: t.slice(first.nStart, last.nEnd),
    });
  };

  const splitLine = (a: number, b: number): void => {
    matchPairs(toks, a, b, role, partner);
    let start = a;
    let depth = 0;
    let k = a;
    while (k < b) {
      depth += role[k];
      // `۱. …` at the start of a sentence is a list number, not a sentence of its own
      const listMarker = k === start + 1 && toks[start].kind === "number" && toks[k].text === ".";
      if (listMarker || !isTerminator(toks[k])) {
        k++;
        continue;
      }
      const inside = depth > 0;
      let aside = false;
      let j = k + 1;
      while (j < b && (isTerminator(toks[j]) || role[j] < 0 || (role[j] === 0 && isCloser(toks[j])))) {
        depth += role[j];
        if (role[j] < 0) aside = BRACKET_CLOSERS.has(toks[j].text) && partner[j] !== start;
        j++;
      }
      // a quotation closed after its last sentence ends ours, and so does a sentence that is
      // all in brackets; an aside in brackets inside a sentence does not
      if (depth <= 0 && !(inside && aside)) {
        emit(start, j);
        start = j;
        depth = 0;
      }
      k = j;
    }
    emit(start, b);
  };

  let lineStart = 0;
  for (let k = 1; k < n; k++) {
    if (hasLineBreak(t, toks[k - 1].nEnd, toks[k].nStart)) {
      splitLine(lineStart, k);
      lineStart = k;
    }
  }
  splitLine(lineStart, n);
  return out;
}

function hasLineBreak(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 0x0b || c === 0x0c) return true;
  }
  return false;
}

function isTerminator(tok: Token): boolean {
  if (tok.kind !== "punct") return false;
  const s = tok.text;
  if (s.length > 1) return s.charCodeAt(0) === 0x2e; // `..`, `...`
  const c = s.charCodeAt(0);
  return c === 0x2e || c === 0x061f || c === 0x3f || c === 0x21 || c === 0x2026 || c === 0x203c || c === 0x2049 || c === 0x06d4;
}

/** Opening marks and the closing mark each one waits for. */
const PAIRS: Record<string, string> = { "«": "»", "(": ")", "[": "]", "{": "}", "“": "”", "‹": "›", "\"": "\"" };
const CLOSERS = new Set(Object.values(PAIRS));
const BRACKET_CLOSERS = new Set([")", "]", "}"]);

function isCloser(tok: Token): boolean {
  return tok.kind === "punct" && CLOSERS.has(tok.text);
}

/**
 * Marks matched opener/closer pairs of tokens [a, b) in `role`. A closer pops back to its
 * opener, dropping the unclosed openers above it; a closer without an opener is ignored.
 * Per-mark counts of open marks make the search for an opener O(1), so the pass is linear.
 */
function matchPairs(toks: readonly Token[], a: number, b: number, role: Int8Array, partner: Int32Array): void {
  const stack: number[] = [];
  const openCount = new Map<string, number>();
  for (let k = a; k < b; k++) {
    role[k] = 0;
    const tok = toks[k];
    if (tok.kind !== "punct" || tok.text.length !== 1) continue;
    const s = tok.text;
    const top = stack.length > 0 ? toks[stack[stack.length - 1]].text : "";
    const closesTop = s === "\"" ? top === "\"" : CLOSERS.has(s);
    if (closesTop) {
      // find the opener this closer waits for
      let wanted: string | undefined;
      for (const o in PAIRS) if (PAIRS[o] === s && (openCount.get(o) ?? 0) > 0) wanted = o;
      if (wanted === undefined) continue;
      while (stack.length > 0) {
        const o = stack.pop()!;
        const os = toks[o].text;
        openCount.set(os, openCount.get(os)! - 1);
        if (os === wanted) {
          role[o] = 1;
          role[k] = -1;
          partner[k] = o;
          break;
        }
      }
    } else if (PAIRS[s] !== undefined) {
      stack.push(k);
      openCount.set(s, (openCount.get(s) ?? 0) + 1);
    }
  }
}
