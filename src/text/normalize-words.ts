import { isNonJoining, ZWNJ } from "./letters.js";
import { getLexicon, type Lexicon } from "./normalize-lexicon.js";
import type { OffsetMapBuilder } from "./offset-map.js";
import type { Units } from "./normalize-chars.js";

/**
 * Word-level half-space rules of normalize() for one Persian word (a run of Arabic-script
 * letters and ZWNJ): clean ZWNJ, unify variant spellings, and insert a ZWNJ after the verbal
 * prefix می/نمی and before the suffixes ها/تر/ترین/ام/ای/اند when the word is written glued.
 * Also decides whether a spaced suffix or verb after the prefix joins the previous word.
 *
 * The cleaned word lives in module-level scratch arrays (codes and the unit index each code
 * came from) until the next word: no allocation unless a lexicon lookup is needed.
 */

const HAMZA_ABOVE = 0x0654;
const HEH = 0x0647;
const MIM = 0x0645;
const YEH = 0x06cc;
const NOON = 0x0646;

let scratchCodes: Uint16Array = new Uint16Array(256);
let wu = new Int32Array(256);
/** The current word's codes: wc[wb…wb+wn). Either the unit buffer itself (a word with no ZWNJ
 * to clean, the common case: nothing is copied) or the scratch copy. */
let wc: Uint16Array = scratchCodes;
let wb = 0;
/** Whether wc is the unit buffer: code k came from unit wb + k. */
let direct = false;
/** Length of the current word, and where the ZWNJ insertions go (-1: none). */
let wn = 0;
let insA = -1;
let insB = -1;

const HA_FAMILY = ["هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "های", "ها"];
const HA_SET = new Set(HA_FAMILY);
const TAR = ["ترین", "تر"];
const PERSONAL = ["اند", "اید", "ایم", "ام", "ای"];
const PERSONAL_SET = new Set(PERSONAL);
/** Glued after a participle, ای and ایم read as ها + ی/یم too (شکستهای): only these are split. */
const GLUED_PERSONAL = ["اند", "اید", "ام"];

/**
 * The last letters of the suffixes findAffixes() looks for (by the low byte of a code in
 * U+0600–U+06FF), derived from the lists so that it cannot drift from them.
 */
const SUFFIX_LAST = (() => {
  const t = new Uint8Array(256);
  for (const sfx of [...HA_FAMILY, ...TAR, ...GLUED_PERSONAL]) t[sfx.charCodeAt(sfx.length - 1) & 0xff] = 1;
  return t;
})();

function joins(c: number): boolean {
  // heh + hamza above (هٔ) joins like heh
  return c === HAMZA_ABOVE || !isNonJoining(c);
}

/**
 * Letters [from, to) of the current word as a string (for a Set/Map lookup). Almost every
 * string made here is a suffix, stem or prefix rest of 2–8 letters: for those, fromCharCode
 * with the units as arguments is ~2–3× faster than apply() over a subarray (no view object,
 * no spread of an array-like).
 */
function str(from: number, to: number): string {
  const c = wc;
  const x = wb + from;
  switch (to - from) {
    case 0:
      return "";
    case 1:
      return String.fromCharCode(c[x]);
    case 2:
      return String.fromCharCode(c[x], c[x + 1]);
    case 3:
      return String.fromCharCode(c[x], c[x + 1], c[x + 2]);
    case 4:
      return String.fromCharCode(c[x], c[x + 1], c[x + 2], c[x + 3]);
    case 5:
      return String.fromCharCode(c[x], c[x + 1], c[x + 2], c[x + 3], c[x + 4]);
    case 6:
      return String.fromCharCode(c[x], c[x + 1], c[x + 2], c[x + 3], c[x + 4], c[x + 5]);
    case 7:
      return String.fromCharCode(c[x], c[x + 1], c[x + 2], c[x + 3], c[x + 4], c[x + 5], c[x + 6]);
    case 8:
      return String.fromCharCode(c[x], c[x + 1], c[x + 2], c[x + 3], c[x + 4], c[x + 5], c[x + 6], c[x + 7]);
    default:
      return to <= from ? "" : String.fromCharCode.apply(null, c.subarray(x, wb + to) as unknown as number[]);
  }
}

function tailIs(from: number, sfx: string): boolean {
  const L = sfx.length;
  if (wn - from < L) return false;
  for (let k = 0; k < L; k++) if (wc[wb + wn - L + k] !== sfx.charCodeAt(k)) return false;
  return true;
}

/**
 * Loads units [a, b) as the current word: drops a ZWNJ at the word's edges, after a
 * non-joining letter (where it changes nothing) and duplicates.
 */
export function loadWord(u: Units, a: number, b: number, halfSpace: boolean, hasZwnj = true): void {
  const codes = u.codes;
  insA = -1;
  insB = -1;
  let z = a;
  if (halfSpace && hasZwnj) while (z < b && codes[z] !== ZWNJ) z++;
  else z = b;
  if (z === b) {
    wc = codes;
    wb = a;
    wn = b - a;
    direct = true;
    return;
  }
  if (scratchCodes.length < b - a) {
    scratchCodes = new Uint16Array(b - a + 64);
    wu = new Int32Array(b - a + 64);
  }
  wc = scratchCodes;
  wb = 0;
  direct = false;
  let n = 0;
  let pendingZ = -1;
  for (let k = a; k < b; k++) {
    const c = codes[k];
    if (c === ZWNJ) {
      pendingZ = k;
      continue;
    }
    if (pendingZ >= 0) {
      if (n > 0 && joins(wc[n - 1])) {
        wc[n] = ZWNJ;
        wu[n++] = pendingZ;
      }
      pendingZ = -1;
    }
    wc[n] = c;
    wu[n++] = k;
  }
  wn = n;
}

/** Unifies variant spellings (رییس → رئیس) in every ZWNJ-separated part of the current word. */
export function unifyVariants(): void {
  const heads = (variantHeads ??= buildHeads());
  if (direct && insA < 0 && insB < 0) {
    // one part (no ZWNJ in a direct word): one look at its first two letters
    if (wn >= 2) {
      const c0 = wc[wb] - 0x0600;
      const c1 = wc[wb + 1] - 0x0600;
      if (c0 >= 0 && c0 < 256 && c1 >= 0 && c1 < 256 && heads[(c0 << 8) | c1] === 1) replaceVariant(getLexicon(), 0, wn);
    }
    return;
  }
  let s = 0;
  for (let k = 0; k <= wn; k++) {
    // parts end at a ZWNJ and at a half-space findGluedAffixes() will insert: the parts the
    // next run will see (idempotence)
    if (k < wn && wc[wb + k] !== ZWNJ && k !== insA && k !== insB) continue;
    if (k - s >= 2) {
      const c0 = wc[wb + s] - 0x0600;
      const c1 = wc[wb + s + 1] - 0x0600;
      if (c0 >= 0 && c0 < 256 && c1 >= 0 && c1 < 256 && heads[(c0 << 8) | c1] === 1) replaceVariant(getLexicon(), s, k);
    }
    s = wc[wb + k] === ZWNJ ? k + 1 : k;
  }
}

/** Whether findGluedAffixes() found a place for a half-space. */
export function hasInsertions(): boolean {
  return insA >= 0 || insB >= 0;
}

/** The first two letters of every variant key, as a bitmap over the Arabic block: one read per word. */
let variantHeads: Uint8Array | undefined;
function buildHeads(): Uint8Array {
  const t = new Uint8Array(1 << 16);
  for (const k of getLexicon().variants.keys()) {
    const c0 = k.charCodeAt(0) - 0x0600;
    const c1 = k.charCodeAt(1) - 0x0600;
    if (c0 >= 0 && c0 < 256 && c1 >= 0 && c1 < 256) t[(c0 << 8) | c1] = 1;
  }
  return t;
}

function replaceVariant(lex: Lexicon, s: number, e: number): void {
  for (const L of lex.variantLengths) {
    if (L > e - s) continue;
    const v = lex.variants.get(str(s, s + L));
    if (v === undefined) continue;
    if (!lex.variantEndings.has(str(s + L, e))) return;
    for (let k = 0; k < L; k++) wc[wb + s + k] = v.charCodeAt(k);
    return;
  }
}

/** Finds where a glued prefix or suffix needs a ZWNJ in the current word. */
export function findGluedAffixes(): void {
  const lex = getLexicon();
  findAffixes(lex);
  // a suffix split inside the first part makes a shorter first part, which is what the next
  // run will test for the prefix (میرفته‌های → می‌رفته‌های): test it now (idempotence)
  if (insA < 0 && insB > 0) {
    let e0 = 0;
    while (e0 < wn && wc[wb + e0] !== ZWNJ) e0++;
    if (insB < e0) findPrefix(lex, insB);
  }
}

function findPrefix(lex: Lexicon, e0: number): void {
  let p = 0;
  if (wc[wb] === MIM && wc[wb + 1] === YEH) p = 2;
  else if (wc[wb] === NOON && wc[wb + 1] === MIM && wc[wb + 2] === YEH) p = 3;
  if (p === 0 || e0 - p < 2) return;
  const rest = str(p, e0);
  let verb = lex.verbGlued.has(rest);
  if (!verb) {
    for (const sfx of PERSONAL) {
      if (rest.length > sfx.length + 1 && rest.endsWith(sfx) && rest.charCodeAt(rest.length - sfx.length - 1) === HEH && lex.verbGlued.has(rest.slice(0, rest.length - sfx.length))) {
        verb = true;
        break;
      }
    }
  }
  if (verb) {
    const whole = str(0, e0);
    if (!lex.prefixExceptions.has(whole) && !lex.exceptions.has(whole)) insA = p;
  }
}

function findAffixes(lex: Lexicon): void {
  const n = wn;
  if (n < 4) return;
  // module state read once into locals: this runs for most words of four letters or more
  const w = wc;
  const base = wb;
  // first part: the verbal prefix می / نمی. Only a word starting with م or ن can have it
  // (findPrefix tests the same letters): most words skip the part scan and the call.
  const f = w[base];
  if (f === MIM || f === NOON) {
    let e0 = 0;
    if (direct) e0 = n;
    else while (e0 < n && w[base + e0] !== ZWNJ) e0++;
    findPrefix(lex, e0);
  }
  // last part: the suffixes. Every suffix has ه (ها…, ام/ای/اند after a participle's ه) or
  // تر in its last seven letters: a cheap test before any string is made.
  const lastCode = w[base + n - 1];
  if (lastCode === HEH || lastCode === ZWNJ) return; // no suffix ends in ه
  // every suffix tested below ends in one of ا ی م ت ش ن (ها…), ر ن (تر، ترین) or د م (اند،
  // اید، ام): any other last letter has none of them
  if (lastCode >> 8 !== 0x06 || SUFFIX_LAST[lastCode & 0xff] === 0) return;
  let hint = lastCode === 0x0631 && w[base + n - 2] === 0x062a; // …تر
  for (let k = n - 2, m = 0; k > 0 && m < 6; k--, m++) {
    const c = w[base + k];
    if (c === ZWNJ) break;
    if (c === HEH || (c === 0x0631 && w[base + k - 1] === 0x062a)) {
      hint = true;
      break;
    }
  }
  if (!hint) return;
  let s = 0;
  if (!direct) {
    s = wn;
    while (s > 0 && wc[wb + s - 1] !== ZWNJ) s--;
  }
  if (insA > s) s = insA;
  // ها…: find the ه of ها in the last six letters, then one lookup of the whole suffix
  let h = -1;
  for (let p = wn - 2; p >= s + 2 && p >= wn - 6; p--) {
    if (wc[wb + p] === HEH && wc[wb + p + 1] === 0x0627) {
      h = p;
      break;
    }
  }
  if (h >= 0 && HA_SET.has(str(h, wn))) {
    const stemEnd = h;
    if (!joins(wc[wb + stemEnd - 1])) return; // دیوارها: nothing to separate
    if (lex.exceptions.has(str(s, wn))) return;
    if (wc[wb + stemEnd - 1] === HEH || lex.nouns.has(str(s, stemEnd))) {
      insB = stemEnd;
      return;
    }
  }
  // (the loops below only run for the last letters of their suffixes: ر ن for TAR, د م for
  // GLUED_PERSONAL; update these tests with the lists)
  if (lastCode === 0x0631 || lastCode === NOON) for (const sfx of TAR) {
    if (!tailIs(s, sfx)) continue;
    const stemEnd = wn - sfx.length;
    if (stemEnd - s < 2 || !joins(wc[wb + stemEnd - 1])) break;
    const stem = str(s, stemEnd);
    if (lex.exceptions.has(str(s, wn)) || lex.tarGlued.has(stem)) return;
    if (lex.adjectives.has(stem)) {
      insB = stemEnd;
      return;
    }
    break;
  }
  if (lastCode === 0x062f || lastCode === MIM) for (const sfx of GLUED_PERSONAL) {
    if (!tailIs(s, sfx)) continue;
    const stemEnd = wn - sfx.length;
    if (stemEnd - s < 3 || wc[wb + stemEnd - 1] !== HEH) continue;
    if (lex.exceptions.has(str(s, wn))) return;
    if (isParticiple(lex, str(s, stemEnd))) {
      insB = stemEnd;
      return;
    }
  }
}

/** رفته, نرفته: a past stem + ه. */
function isParticiple(lex: Lexicon, w: string): boolean {
  if (w.length < 3 || w.charCodeAt(w.length - 1) !== HEH) return false;
  const stem = w.slice(0, -1);
  return lex.pastStems.has(stem) || (stem.charCodeAt(0) === NOON && lex.pastStems.has(stem.slice(1)));
}

/** Writes the current word, with its ZWNJ insertions, to the builder. */
export function emitWord(b: OffsetMapBuilder, u: Units): void {
  const starts = u.starts;
  const ends = u.ends;
  if (direct && insA < 0 && insB < 0) {
    b.units(wc, starts, ends, wb, wb + wn);
    return;
  }
  for (let k = 0; k < wn; k++) {
    if ((k === insA || k === insB) && k > 0 && wc[wb + k - 1] !== ZWNJ) {
      const at = ends[direct ? wb + k - 1 : wu[k - 1]];
      b.unit(ZWNJ, at, at);
    }
    const x = direct ? wb + k : wu[k];
    b.unit(wc[wb + k], starts[x], ends[x]);
  }
}

/** 0: keep the space; 1: replace it with a ZWNJ; 2: remove it (the suffix joins solid). */
export type Join = 0 | 1 | 2;

/**
 * Whether the next word `next` (its first ZWNJ-free part; `whole` tells if that is all of
 * it), written after a space, joins the current word: `می کند`, `کتاب ها`, `بزرگ تر`,
 * `رفته اند`, `خانه ی`.
 */
export function spacedJoin(next: string, whole: boolean): Join {
  if (wn === 0) return 0;
  const lex = getLexicon();
  const c0 = next.charCodeAt(0);
  // the prefix alone: می / نمی
  if ((wn === 2 && wc[wb + 0] === MIM && wc[wb + 1] === YEH) || (wn === 3 && wc[wb + 0] === NOON && wc[wb + 1] === MIM && wc[wb + 2] === YEH)) {
    return lex.verbSpaced.has(next) ? 1 : 0;
  }
  if (!whole || (c0 !== HEH && c0 !== 0x062a && c0 !== 0x0627 && c0 !== YEH)) return 0;
  let s = wn;
  while (s > 0 && wc[wb + s - 1] !== ZWNJ) s--;
  if (insA > s) s = insA;
  const lastCode = wc[wb + wn - 1];
  const solidOrZwnj: Join = joins(lastCode) ? 1 : 2;
  if (HA_SET.has(next)) return solidOrZwnj;
  if (next === "ترین" || next === "تر") {
    const w = str(s, wn);
    if (lex.tarGlued.has(w)) return 2;
    if (next === "ترین" || lex.adjectives.has(w)) return solidOrZwnj;
    return 0;
  }
  if (lastCode !== HEH || wn - s < 3) return 0;
  if (next === "ی") return 1;
  if (PERSONAL_SET.has(next)) {
    if (next === "ای") return 1;
    return isParticiple(lex, str(s, wn)) ? 1 : 0;
  }
  return 0;
}

/**
 * A cheap test on the next word's codes before spacedJoin() needs its string: true when the
 * current word is می/نمی, or the next word is short and starts like a suffix.
 */
export function mayJoin(codes: Uint16Array, a: number, b: number): boolean {
  if (wn === 0) return false;
  if ((wn === 2 && wc[wb + 0] === MIM && wc[wb + 1] === YEH) || (wn === 3 && wc[wb + 0] === NOON && wc[wb + 1] === MIM && wc[wb + 2] === YEH)) return true;
  if (b - a > 12) return false;
  const first = codes[a];
  if (first !== HEH && first !== 0x062a && first !== 0x0627 && first !== YEH) return false;
  // the letters as loadWord() will keep them: without the ZWNJs
  let len = 0;
  let c = 0;
  let d = 0;
  let e = 0;
  for (let k = a; k < b; k++) {
    const x = codes[k];
    if (x === ZWNJ) continue;
    if (len === 0) c = x;
    else if (len === 1) d = x;
    else if (len === 2) e = x;
    len++;
  }
  if (len > 6) return false;
  if (c === HEH) return d === 0x0627; // ها…
  if (c === 0x062a) return d === 0x0631 && len <= 4; // تر، ترین
  // exactly the personal endings spacedJoin() accepts after alef: ام، ای، اند، اید، ایم (not the
  // very common این, which would otherwise build a string for nothing)
  if (c === 0x0627) return len === 2 ? d === MIM || d === YEH : len === 3 && ((d === NOON && e === 0x062f) || (d === YEH && (e === 0x062f || e === MIM)));
  return c === YEH && len === 1; // ی
}

let nextWhole = false;

/**
 * The first ZWNJ-separated part of units [a, b) as loadWord() would clean it (a ZWNJ at the
 * start or after a non-joining letter is dropped); nextIsWhole() tells if it is all the word.
 */
export function cleanFirstPart(codes: Uint16Array, a: number, b: number): string {
  let out = "";
  let from = a;
  let prev = -1;
  let k = a;
  for (; k < b; k++) {
    const c = codes[k];
    if (c !== ZWNJ) {
      prev = c;
      continue;
    }
    let m = k;
    while (m < b && codes[m] === ZWNJ) m++;
    if (prev >= 0 && joins(prev) && m < b) break; // a ZWNJ that stays: the part ends here
    out += String.fromCharCode.apply(null, codes.subarray(from, k) as unknown as number[]);
    from = m;
    k = m - 1;
  }
  out += String.fromCharCode.apply(null, codes.subarray(from, k) as unknown as number[]);
  nextWhole = k >= b;
  return out;
}

export function nextIsWhole(): boolean {
  return nextWhole;
}

/** The first ZWNJ-separated part of the current word. */
export function currentFirstPart(): string {
  let e = 0;
  while (e < wn && wc[wb + e] !== ZWNJ) e++;
  return str(0, e);
}

/** The current word's length (0 after a word that emitted nothing). */
export function wordLength(): number {
  return wn;
}
