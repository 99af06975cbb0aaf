import { fold, foldChar } from "../text/fold.js";

/**
 * Persian glues prepositions before and clitics after a name inside one written word. The
 * matcher lets a match start after such a prefix and end before such a suffix, and these
 * are the rules it uses. Every comparison is made on fold()ed letters, so Arabic ي/ك and
 * the other variants fold() unifies are accepted as well.
 *
 * Prefixes (the span starts after the prefix and after its ZWNJ):
 * - `به` glued to the name, with a ZWNJ (`به‌روسیه`) or without one (`بهروسیه`). Without a
 *   ZWNJ the rest of the word must be at least 3 letters, so that words like `بهمن` or
 *   `بهشت` are not read as `به` + a two-letter name.
 * - `با`, `از`, `در`, `برای` only with a ZWNJ (`از‌تهران`): written glued without one they
 *   are the start of ordinary words (`باید`, `درباره`, `ازجمله`, `برایش`).
 * - The bare `ب` (`بروسیه`) is never a prefix: too many words start with it.
 *
 * Suffixes (the span ends before the suffix; a ZWNJ before the suffix belongs to the suffix):
 * - After a ZWNJ, any chain of clitics: plural `ها`/`های`/`هایی` and their possessive forms,
 *   ezafe and indefinite `ی`/`ای`/`یی`, possessive `ام`/`ات`/`اش`/`مان`/`تان`/`شان`,
 *   copula `ایم`/`اید`/`اند`/`است` (`تاجیکستان‌ها`, `روسیه‌ای`, `ایران‌مان`, `خانه‌ی‌اش`).
 *   A ZWNJ marks a morpheme boundary, so a ZWNJ-separated `ی` is never a demonym.
 * - Glued without a ZWNJ, only the forms that never make a new word from a name:
 *   the plural family `ها`, `های`, `هایی`, `هایش`, … and `مان`/`تان`/`شان` (`کشورها`, `ایرانمان`).
 * - Glued `ی` only after a name ending in the vowel letters `ا`, `و` or `ه`: that `ی` is
 *   the ezafe (`آمریکای لاتین`, `اروپای شرقی`, `مسکوی`, `خانهی`). After a consonant the
 *   glued `ی` makes the demonym or adjective (`ایرانی`, `تاجیکستانی`, `روسی`), which is not
 *   a mention of the country, so it is refused. `یی` glued after a vowel is the demonym too
 *   (`آمریکایی`, `اروپایی`) and is refused.
 * - The single letters `م`, `ت`, `ش` and `اش`/`ام`/`ات` are refused when glued: `Xش` and
 *   `Xت` are too often other words (`ارتش`, `دانش`).
 * - A glued suffix needs at least 3 letters of the name in that word (`آلمان` is not
 *   `آل` + `مان`).
 * A suffix may follow a prefix in the same word (`به‌روسیه‌ها`): the match is marked "both".
 */

const ZWNJ = 0x200c;
const ALEF = 0x0627;
const WAW = 0x0648;
const HEH = 0x0647;

const PLURALS = ["ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان"];
const AFTER_ZWNJ = new Set([
  ...PLURALS,
  ...["ی", "ای", "یی", "ام", "ات", "اش", "مان", "تان", "شان", "ایم", "اید", "اند", "است"],
]);
const GLUED = new Set([...PLURALS, "مان", "تان", "شان"]);

/** The longest fold()ed suffix chain we look at, in key characters. */
const MAX_SUFFIX_KEY = 16;

/** Code units that may appear in a fold()ed suffix: a cheap pre-check before the real one. */
const SUFFIX_LETTERS = new Uint8Array(0x10000);
for (const s of AFTER_ZWNJ) for (let i = 0; i < s.length; i++) SUFFIX_LETTERS[s.charCodeAt(i)] = 1;

let foldLengths: Uint8Array | undefined;

/** fold(String.fromCharCode(c)).length, from a table built once. */
function foldLength(c: number): number {
  if (foldLengths === undefined) {
    foldLengths = new Uint8Array(0x10000);
    for (let d = 0; d < 0x10000; d++) foldLengths[d] = foldChar(d).length;
  }
  return foldLengths[c];
}

/**
 * The offset in `text` where its fold()ed form reaches `keyOffset` characters, with the
 * marks fold() drops (diacritics, kashida) after that letter counted to the left part, but
 * not a ZWNJ. -1 when the boundary falls inside a ligature's expansion.
 */
export function textOffsetOfKey(text: string, keyOffset: number): number {
  let acc = 0;
  let t = 0;
  while (t < text.length && acc < keyOffset) acc += foldLength(text.charCodeAt(t++));
  if (acc !== keyOffset) return -1;
  while (t < text.length) {
    const c = text.charCodeAt(t);
    if (c === ZWNJ || foldLength(c) !== 0) break;
    t++;
  }
  return t;
}

/** Where a name may start inside a word after a glued preposition. */
export interface PrefixSplit {
  /** Offset in the token's key where the name starts. */
  keyOffset: number;
  /** Offset in the token's text where the name starts (after the prefix and its ZWNJ). */
  textOffset: number;
}

const PREFIXES: { key: string; zwnjRequired: boolean }[] = [
  { key: "به", zwnjRequired: false },
  { key: "با", zwnjRequired: true },
  { key: "از", zwnjRequired: true },
  { key: "در", zwnjRequired: true },
  { key: "برای", zwnjRequired: true },
];

/** The glued preposition a token starts with, by the rules above, or undefined. */
export function prefixSplit(text: string, key: string): PrefixSplit | undefined {
  // a cheap filter first: this runs for every token
  const c0 = key.charCodeAt(0);
  const c1 = key.charCodeAt(1);
  if (c0 === 0x0628) {
    if (c1 !== HEH && c1 !== ALEF && c1 !== 0x0631) return undefined; // به با بر(ای)
    if (c1 !== HEH && text.indexOf("\u200c") < 0) return undefined;
  } else if (c0 === ALEF) {
    if (c1 !== 0x0632 || text.indexOf("\u200c") < 0) return undefined; // از
  } else if (c0 === 0x062f) {
    if (c1 !== 0x0631 || text.indexOf("\u200c") < 0) return undefined; // در
  } else return undefined;
  for (const p of PREFIXES) {
    if (!key.startsWith(p.key)) continue;
    let t = textOffsetOfKey(text, p.key.length);
    if (t < 0) continue;
    const zwnj = text.charCodeAt(t) === ZWNJ;
    while (text.charCodeAt(t) === ZWNJ) t++;
    const rest = key.length - p.key.length;
    if (zwnj ? rest >= 2 : !p.zwnjRequired && rest >= 3) return { keyOffset: p.key.length, textOffset: t };
  }
  return undefined;
}

/**
 * A cheap test on the key alone: could key[keyOffset…] be a suffix chain? Only when it is
 * true is suffixOffset() worth calling.
 */
export function maybeSuffix(key: string, keyOffset: number): boolean {
  const n = key.length - keyOffset;
  if (n <= 0 || n > MAX_SUFFIX_KEY) return false;
  for (let i = keyOffset; i < key.length; i++) if (SUFFIX_LETTERS[key.charCodeAt(i)] === 0) return false;
  return true;
}

/**
 * When a name ends at `keyOffset` inside a word whose remainder is an accepted suffix,
 * the offset in `text` where the name ends (before the suffix and its ZWNJ); else -1.
 * `nameStart` is the key offset where the name's part in this word begins.
 */
export function suffixOffset(text: string, key: string, keyOffset: number, nameStart: number): number {
  const t = textOffsetOfKey(text, keyOffset);
  if (t <= 0 || t >= text.length) return -1;
  // split the rest at ZWNJs: the first piece is glued to the name (possibly empty)
  let pieceStart = t;
  let first = true;
  let any = false;
  const last = key.charCodeAt(keyOffset - 1);
  for (let i = t; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== ZWNJ) continue;
    if (i > pieceStart) {
      const piece = foldPiece(text, pieceStart, i);
      if (first) {
        if (!GLUED.has(piece) && !(piece === "ی" && (last === ALEF || last === WAW || last === HEH))) return -1;
        if (keyOffset - nameStart < 3) return -1;
      } else if (!AFTER_ZWNJ.has(piece)) return -1;
      any = true;
    }
    first = false;
    pieceStart = i + 1;
  }
  return any ? t : -1;
}

function foldPiece(text: string, from: number, to: number): string {
  return fold(text.slice(from, to));
}
