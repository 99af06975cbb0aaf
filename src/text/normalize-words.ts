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

let wc = new Uint16Array(256);
let wu = new Int32Array(256);
/** Length of the current word, and where the ZWNJ insertions go (-1: none). */
let wn = 0;
let insA = -1;
let insB = -1;

const HA_FAMILY = ["هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "های", "ها"];
const HA_SET = new Set(HA_FAMILY);
const TAR = ["ترین", "تر"];
const PERSONAL = ["اند", "اید", "ایم", "ام", "ای"];
const PERSONAL_SET = new Set(PERSONAL);

function joins(c: number): boolean {
  // heh + hamza above (هٔ) joins like heh
  return c === HAMZA_ABOVE || !isNonJoining(c);
}

function str(from: number, to: number): string {
  return String.fromCharCode.apply(null, wc.subarray(from, to) as unknown as number[]);
}

function tailIs(from: number, sfx: string): boolean {
  const L = sfx.length;
  if (wn - from < L) return false;
  for (let k = 0; k < L; k++) if (wc[wn - L + k] !== sfx.charCodeAt(k)) return false;
  return true;
}

/**
 * Loads units [a, b) as the current word: drops a ZWNJ at the word's edges, after a
 * non-joining letter (where it changes nothing) and duplicates.
 */
export function loadWord(u: Units, a: number, b: number, halfSpace: boolean): void {
  if (wc.length < b - a) {
    wc = new Uint16Array(b - a + 64);
    wu = new Int32Array(b - a + 64);
  }
  const codes = u.codes;
  let n = 0;
  let pendingZ = -1;
  for (let k = a; k < b; k++) {
    const c = codes[k];
    if (c === ZWNJ && halfSpace) {
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
  insA = -1;
  insB = -1;
}

/** Unifies variant spellings (رییس → رئیس) in every ZWNJ-separated part of the current word. */
export function unifyVariants(): void {
  const lex = getLexicon();
  let s = 0;
  for (let k = 0; k <= wn; k++) {
    if (k < wn && wc[k] !== ZWNJ) continue;
    if (k - s >= 2 && lex.variantHeads.has((wc[s] << 16) | wc[s + 1])) replaceVariant(lex, s, k);
    s = k + 1;
  }
}

function replaceVariant(lex: Lexicon, s: number, e: number): void {
  for (const L of lex.variantLengths) {
    if (L > e - s) continue;
    const v = lex.variants.get(str(s, s + L));
    if (v === undefined) continue;
    if (!lex.variantEndings.has(str(s + L, e))) return;
    for (let k = 0; k < L; k++) wc[s + k] = v.charCodeAt(k);
    return;
  }
}

/** Finds where a glued prefix or suffix needs a ZWNJ in the current word. */
export function findGluedAffixes(): void {
  const lex = getLexicon();
  // first part: the verbal prefix می / نمی
  if (wn < 4) return;
  let e0 = 0;
  while (e0 < wn && wc[e0] !== ZWNJ) e0++;
  let p = 0;
  if (wc[0] === MIM && wc[1] === YEH) p = 2;
  else if (wc[0] === NOON && wc[1] === MIM && wc[2] === YEH) p = 3;
  if (p > 0 && e0 - p >= 2) {
    const whole = str(0, e0);
    if (!lex.prefixExceptions.has(whole) && !lex.exceptions.has(whole)) {
      const rest = str(p, e0);
      if (lex.verbGlued.has(rest)) insA = p;
      else {
        for (const sfx of PERSONAL) {
          if (rest.length > sfx.length + 1 && rest.endsWith(sfx) && lex.verbGlued.has(rest.slice(0, rest.length - sfx.length)) && rest.charCodeAt(rest.length - sfx.length - 1) === HEH) {
            insA = p;
            break;
          }
        }
      }
    }
  }
  // last part: the suffixes. Every suffix has ه (ها…, ام/ای/اند after a participle's ه) or
  // تر in its last seven letters: a cheap test before any string is made.
  let hint = false;
  for (let k = wn - 1, m = 0; k > 0 && m < 7; k--, m++) {
    const c = wc[k];
    if (c === ZWNJ) break;
    if (c === HEH || (c === 0x0631 && wc[k - 1] === 0x062a)) {
      hint = true;
      break;
    }
  }
  if (!hint) return;
  let s = wn;
  while (s > 0 && wc[s - 1] !== ZWNJ) s--;
  if (insA > s) s = insA;
  for (const sfx of HA_FAMILY) {
    if (!tailIs(s, sfx)) continue;
    const stemEnd = wn - sfx.length;
    if (stemEnd - s < 2) break;
    if (!joins(wc[stemEnd - 1])) return; // دیوارها: nothing to separate
    const stem = str(s, stemEnd);
    if (lex.exceptions.has(str(s, wn))) return;
    if (lex.nouns.has(stem) || wc[stemEnd - 1] === HEH) {
      insB = stemEnd;
      return;
    }
    break;
  }
  for (const sfx of TAR) {
    if (!tailIs(s, sfx)) continue;
    const stemEnd = wn - sfx.length;
    if (stemEnd - s < 2 || !joins(wc[stemEnd - 1])) break;
    const stem = str(s, stemEnd);
    if (lex.exceptions.has(str(s, wn)) || lex.tarGlued.has(stem)) return;
    if (lex.adjectives.has(stem)) {
      insB = stemEnd;
      return;
    }
    break;
  }
  for (const sfx of PERSONAL) {
    if (!tailIs(s, sfx)) continue;
    const stemEnd = wn - sfx.length;
    if (stemEnd - s < 3 || wc[stemEnd - 1] !== HEH) continue;
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
  for (let k = 0; k < wn; k++) {
    if ((k === insA || k === insB) && k > 0 && wc[k - 1] !== ZWNJ) {
      const at = ends[wu[k - 1]];
      b.unit(ZWNJ, at, at);
    }
    const x = wu[k];
    b.unit(wc[k], starts[x], ends[x]);
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
  if ((wn === 2 && wc[0] === MIM && wc[1] === YEH) || (wn === 3 && wc[0] === NOON && wc[1] === MIM && wc[2] === YEH)) {
    return lex.verbSpaced.has(next) ? 1 : 0;
  }
  if (!whole || (c0 !== HEH && c0 !== 0x062a && c0 !== 0x0627 && c0 !== YEH)) return 0;
  let s = wn;
  while (s > 0 && wc[s - 1] !== ZWNJ) s--;
  if (insA > s) s = insA;
  const lastCode = wc[wn - 1];
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
  if ((wn === 2 && wc[0] === MIM && wc[1] === YEH) || (wn === 3 && wc[0] === NOON && wc[1] === MIM && wc[2] === YEH)) return true;
  if (b - a > 6) return false;
  const c = codes[a];
  return c === HEH || c === 0x062a || c === 0x0627 || c === YEH;
}

/** The current word's length (0 after a word that emitted nothing). */
export function wordLength(): number {
  return wn;
}
