import { isArabicLetter, isDiacritic, KASHIDA } from "./letters.js";

/**
 * The classes the tokenizer dispatches on, one per UTF-16 code unit. Computed lazily and
 * cached in a flat table so that the tokenizer's loop does one array read per unit and the
 * Unicode-property regexes run at most once per distinct code unit.
 */
export const CharClass = {
  Unknown: 0,
  /** Whitespace and control characters: separate tokens, never part of one. */
  Space: 1,
  /** Arabic-script letters (incl. presentation forms): start or continue a `word`. */
  Arabic: 2,
  /** Combining marks, Arabic diacritics and kashida: continue the token before them. */
  Mark: 3,
  /** Letters of any other script: start or continue a `latin` token. */
  Letter: 4,
  /** Decimal digits of any script. */
  Digit: 5,
  Punct: 6,
  Symbol: 7,
  HighSurrogate: 8,
  LowSurrogate: 9,
  /** Invisible format characters (ZWNJ, ZWJ, bidi marks, BOM): kept inside a word only where they join it. */
  Format: 10,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

let table: Uint8Array | undefined;

const reSpace = /\s/u;
const reLetter = /\p{L}/u;
const reArabicScript = /\p{Script=Arabic}/u;
const reMark = /\p{M}/u;
const reDigit = /\p{Nd}/u;
const rePunct = /\p{P}/u;
const reFormat = /\p{Cf}/u;
const reControl = /\p{Cc}/u;

function compute(c: number): CharClass {
  if (c >= 0xd800 && c <= 0xdbff) return CharClass.HighSurrogate;
  if (c >= 0xdc00 && c <= 0xdfff) return CharClass.LowSurrogate;
  const ch = String.fromCharCode(c);
  if (reSpace.test(ch) || reControl.test(ch)) return CharClass.Space;
  if (isDiacritic(c) || c === KASHIDA) return CharClass.Mark;
  if (isArabicLetter(c)) return CharClass.Arabic;
  if (reFormat.test(ch)) return CharClass.Format;
  if (reMark.test(ch)) return CharClass.Mark;
  if (reLetter.test(ch)) return reArabicScript.test(ch) ? CharClass.Arabic : CharClass.Letter;
  if (reDigit.test(ch)) return CharClass.Digit;
  if (rePunct.test(ch)) return CharClass.Punct;
  return CharClass.Symbol;
}

/** The class of one UTF-16 code unit. */
export function charClass(c: number): CharClass {
  const t = (table ??= new Uint8Array(0x10000));
  let k = t[c];
  if (k === CharClass.Unknown) {
    k = compute(c);
    t[c] = k;
  }
  return k as CharClass;
}

/** Whether the supplementary code point (a valid surrogate pair) is a letter. */
export function isAstralLetter(cp: number): boolean {
  return reLetter.test(String.fromCodePoint(cp));
}

/** Basic Latin letters, the ones that URLs, e-mails and initialisms are made of. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

export function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}
