import { isArabicLetter, ZWNJ } from "./letters.js";
import { charPass, type Units } from "./normalize-chars.js";
import { resolveNormalizeOptions, type NormalizeOptions, type ResolvedNormalizeOptions } from "./normalize-options.js";
import { cleanFirstPart, currentFirstPart, emitWord, findGluedAffixes, hasInsertions, loadWord, mayJoin, nextIsWhole, spacedJoin, unifyVariants, wordLength } from "./normalize-words.js";
import { OffsetMapBuilder } from "./offset-map.js";
import type { NormalizedText } from "./types.js";

export { NormalizeOptionsSchema, type NormalizeOptions } from "./normalize-options.js";

// token kinds
const T_WORD = 1;
const T_LATIN = 2;
const T_NUM = 3;
const T_PROT = 4;
const T_SPACE = 5;
const T_NL = 6;
const T_PUNCT = 7;
const T_OTHER = 8;
const T_DROP = 9;
const T_ELLIPSIS = 10;

// spacing classes of emitted tokens (T_WORD, T_NUM, T_LATIN, T_PROT, T_OTHER reused)
const C_NONE = 0;
const C_OPEN = 11;
const C_CLOSE = 12;
const C_STOP = 13;

const S_NONE = 0;
const S_ARABIC = 1;
const S_LATIN = 2;

let tkArr = new Uint8Array(1024);
/** 1 for a word token that has a ZWNJ (or hamza above) inside. */
let tz = new Uint8Array(1024);
let taArr = new Int32Array(1024);
let tbArr = new Int32Array(1024);
let lineArabic = new Uint8Array(64);

// character classes for the tokenizer: one table read per unit
// class 0 (the table's default) is "other": not Arabic, space or line break
// the two classes a word is made of are the only odd ones, and differ in bit 1: the word
// loop tests one bit per unit and ORs the classes to learn whether the word has a ZWNJ
const CL_ARABIC = 1; // Arabic-script letter
const CL_INWORD = 3; // ZWNJ and hamza above: part of a word, never its start
const CL_SPACE = 2;
const CL_NL = 4;
const CL_DIGIT = 6;
const CL_LATIN = 8;
const CL_PUNCT = 10;
const CL_DOT = 12; // . and …
let classes: Uint8Array | undefined;

function buildClasses(): Uint8Array {
  const t = new Uint8Array(0x10000);
  // every class but "other" lies below U+0900, in U+1680, U+2000–U+206F or U+3000
  for (let c = 0; c < 0x3001; c++) {
    if (c === 0x0900) c = 0x1680;
    else if (c === 0x1681) c = 0x2000;
    else if (c === 0x2070) c = 0x3000;
    if (isArabicLetter(c)) t[c] = CL_ARABIC;
    else if (isSpaceUnit(c)) t[c] = CL_SPACE;
    else if (isNewlineUnit(c)) t[c] = CL_NL;
    else if (isDigit(c)) t[c] = CL_DIGIT;
    else if (isLatinLetter(c)) t[c] = CL_LATIN;
    else if (c === 0x2e || c === 0x2026) t[c] = CL_DOT;
    else if (isPunct(c)) t[c] = CL_PUNCT;
    else if (c === ZWNJ || c === 0x0654) t[c] = CL_INWORD;
  }
  return t;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0660 && c <= 0x0669);
}
function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x52f)
  );
}
function isNumSep(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x2f || c === 0x3a || c === 0x066b || c === 0x066c || c === 0x2d;
}
function isQuote(c: number): boolean {
  return c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201f);
}
function isPunct(c: number): boolean {
  return (
    c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3f || c === 0x21 || c === 0x3a || c === 0x060c || c === 0x061b || c === 0x061f || c === 0x2026 ||
    c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || isQuote(c)
  );
}
function isSpaceUnit(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}
function isNewlineUnit(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Splits the unit buffer into tokens; returns the token count. Records which lines have Arabic letters. */
function tokenize(u: Units, halfSpace: boolean): number {
  const cl = (classes ??= buildClasses());
  const n = u.n;
  const codes = u.codes;
  const prot = u.prot;
  if (tkArr.length < n + 2) {
    tkArr = new Uint8Array(n + 64);
    tz = new Uint8Array(n + 64);
    taArr = new Int32Array(n + 64);
    tbArr = new Int32Array(n + 64);
  }
  // the token arrays in locals (replaced only just above): the hot loops below then read no
  // module variable
  const tk = tkArr;
  const ta = taArr;
  const tb = tbArr;
  let t = 0;
  let line = 0;
  let arabic = 0;
  let i = 0;
  while (i < n) {
    const c = codes[i];
    const k0 = cl[c];
    let j = i + 1;
    let kind: number;
    if (prot[i] === 1) {
      while (j < n && prot[j] === 1) j++;
      kind = T_PROT;
    } else if (k0 === CL_ARABIC) {
      let seen = 0;
      while (j < n) {
        const x = cl[codes[j]];
        if ((x & 1) === 0) break;
        seen |= x;
        j++;
      }
      kind = T_WORD;
      tz[t] = seen >> 1; // 1 when a CL_INWORD unit was seen
      arabic = 1;
    } else if (k0 === CL_SPACE) {
      while (j < n && cl[codes[j]] === CL_SPACE && prot[j] === 0) j++;
      kind = T_SPACE;
    } else if (k0 === CL_NL) {
      while (j < n && cl[codes[j]] === CL_NL) j++;
      kind = T_NL;
    } else if (k0 === CL_DIGIT) {
      while (j < n) {
        const d = codes[j];
        if (cl[d] === CL_DIGIT) j++;
        else if (isNumSep(d) && j + 1 < n && cl[codes[j + 1]] === CL_DIGIT && prot[j + 1] === 0) j += 2;
        else break;
      }
      kind = T_NUM;
    } else if (k0 === CL_LATIN) {
      while (j < n) {
        const d = codes[j];
        if (prot[j] === 1) break;
        const x = cl[d];
        if (x === CL_LATIN || (d >= 0x30 && d <= 0x39) || (d >= 0x300 && d <= 0x36f)) j++;
        else if ((d === 0x2d || d === 0x5f || d === 0x2e || d === 0x27 || d === 0x2019) && j + 1 < n && prot[j + 1] === 0) {
          const e = codes[j + 1];
          if (cl[e] === CL_LATIN || (e >= 0x30 && e <= 0x39)) j += 2;
          else break;
        } else break;
      }
      kind = T_LATIN;
    } else if (k0 === CL_DOT) {
      // dots, ellipses and single spaces between them: three dots or more are one ellipsis
      // (`...`, `. . .`, `….`), so that removing the spaces can never make a new one
      let dots = c === 0x2e ? 1 : 3;
      let end = j;
      while (j < n && prot[j] === 0) {
        const d = codes[j];
        if (d === 0x2e || d === 0x2026) {
          dots += d === 0x2e ? 1 : 3;
          j++;
          end = j;
        } else if ((d === 0x20 || (cl[d] === CL_INWORD && halfSpace)) && j + 1 < n && (codes[j + 1] === 0x2e || codes[j + 1] === 0x2026)) j++;
        else break;
      }
      if (dots >= 3 && (dots > 3 || end - i > 1 || c === 0x2026)) {
        j = end;
        kind = c === 0x2026 && end - i === 1 ? T_PUNCT : T_ELLIPSIS;
      } else {
        j = i + 1;
        kind = T_PUNCT;
      }
    } else if (k0 === CL_PUNCT) {
      kind = T_PUNCT;
    } else if (k0 === CL_INWORD) {
      kind = halfSpace ? T_DROP : T_OTHER;
    } else if (c >= 0xd800 && c <= 0xdbff && j < n && codes[j] >= 0xdc00 && codes[j] <= 0xdfff) {
      j++;
      kind = T_OTHER;
    } else {
      kind = T_OTHER;
    }
    tk[t] = kind;
    ta[t] = i;
    tb[t++] = j;
    if (kind === T_NL) {
      if (lineArabic.length <= line + 1) {
        const g = new Uint8Array(lineArabic.length * 2 + 2);
        g.set(lineArabic);
        lineArabic = g;
      }
      lineArabic[line++] = arabic;
      arabic = 0;
    }
    i = j;
  }
  if (lineArabic.length <= line + 1) {
    const g = new Uint8Array(line + 2);
    g.set(lineArabic.subarray(0, Math.min(lineArabic.length, line + 2)));
    lineArabic = g;
  }
  lineArabic[line] = arabic;
  tk[t] = 0;
  tk[t + 1] = 0;
  return t;
}

const PERSIAN_ZERO = 0x06f0;

/** Words that may follow a number without a space: ۲۰ام, ۵مین, دهه ۶۰ها. */
const NUMBER_SUFFIXES = new Set(["م", "ام", "مین", "امین", "ها", "های", "هایی"]);


/**
 * Normalizes Persian text and returns it with a map back to the original offsets.
 *
 * Rules (each group can be turned off, see {@link NormalizeOptionsSchema}):
 * - letters: Arabic ي ك ى ة and every Arabic presentation form → standard Persian letters;
 *   ligatures expanded (ﻻ → لا, ﷲ → الله, ﷼ → ریال); ۀ and ه+ٔ → هٔ (heh + hamza above);
 *   variant spellings unified from data/lexicons/variant-spellings.json (رییس → رئیس).
 * - digits: Arabic-Indic and Latin digits → Persian in Persian text (or all Latin, or kept);
 *   numbers stay whole with their separators as written (12.5, 1,250,000, 1402/05/12); digits
 *   glued to Latin (COVID-19, A320), after a Latin word (iPhone 15), in Latin lines, URLs and
 *   e-mail addresses stay as written. A number glued to a Persian word is spaced (۹متر → ۹ متر).
 * - diacritics (harakat, tanwin, shadda, sukun, superscript alef) and kashida removed; in the
 *   offset map a removed mark belongs to its letter.
 * - spacing: every space kind → one space; `\r\n` → `\n`; at most one blank line; lines and
 *   text trimmed; invisible format characters and controls removed; lone surrogates → U+FFFD.
 * - halfSpace: a ZWNJ only between two letters where it shows (not at word edges, next to
 *   spaces, doubled or after a non-joining letter); می/نمی joined to a following verb
 *   (data/lexicons/verb-stems.json), spaced or glued; ها/های…/ترین, تر after a known adjective,
 *   ام/اید/اند after a participle, ای/ی after ه attached with a ZWNJ (solid after a
 *   non-joining letter); glued forms are split only for known stems (affix-words.json).
 * - punctuation (lines with Persian letters): `, ; ?` → `، ؛ ؟` after Persian; no space before
 *   `. ، ؛ ؟ ! : » )`, one after; none inside « » and ( ); `...`, `. . .` → `…`.
 * - quotes (lines with Persian letters): " “ ” „ ‟ → « », paired within a line.
 *
 * Never throws on any string; idempotent; linear time. Offsets are UTF-16 code units.
 */
export function normalize(text: string, options?: NormalizeOptions): NormalizedText {
  const o = resolveNormalizeOptions(options);
  const s = typeof text === "string" ? text : String(text);
  const u = charPass(s, o);
  const nt = tokenize(u, o.halfSpace);
  // the units pass2 copies in bulk all come from the character pass: when it wrote no
  // surrogate, the builder need not test each unit for one
  const b = new OffsetMapBuilder(s, !u.surrogates);
  pass2(u, nt, b, o);
  return b.finish();
}

// cached look-ahead of pass2: the script of the next letter-bearing token on the line
let scanFound = -1;
let scanScript = S_NONE;

function nextScript(k: number, nt: number): number {
  if (scanFound > k) return scanScript;
  const tk = tkArr;
  let m = Math.max(k + 1, scanFound);
  scanScript = S_NONE;
  for (; m < nt; m++) {
    const x = tk[m];
    if (x === T_NL) break;
    if (x === T_WORD) {
      scanScript = S_ARABIC;
      break;
    }
    if (x === T_LATIN || x === T_PROT) {
      scanScript = S_LATIN;
      break;
    }
  }
  scanFound = m < nt ? m : nt;
  if (scanFound <= k) scanFound = k + 1;
  return scanScript;
}

function pass2(u: Units, nt: number, b: OffsetMapBuilder, o: ResolvedNormalizeOptions): void {
  const codes = u.codes;
  const starts = u.starts;
  const ends = u.ends;
  const tk = tkArr;
  const ta = taArr;
  const tb = tbArr;
  const spacing = o.spacing;
  const punct = o.punctuation;
  let pendingSpace = -1; // unit index of a space not yet written
  let pendingNl = -1; // token index of line breaks not yet written
  let prev = C_NONE;
  let prevPunct = 0;
  let stopAfterLong = false;
  let shortWord = false;
  let lastScript = S_NONE;
  let quoteOpen = false;
  let line = 0;
  let arabicLine = lineArabic[0] === 1;
  let joined = false;
  scanFound = -1;
  scanScript = S_NONE;

  for (let k = 0; k < nt; k++) {
    const kind = tk[k];
    const a = ta[k];
    const e = tb[k];
    if (kind === T_SPACE) {
      if (spacing) pendingSpace = a;
      else for (let x = a; x < e; x++) b.unit(codes[x], starts[x], ends[x]);
      continue;
    }
    if (kind === T_NL) {
      if (spacing) {
        pendingNl = k;
        pendingSpace = -1;
      } else for (let x = a; x < e; x++) b.unit(codes[x], starts[x], ends[x]);
      prev = C_NONE;
      lastScript = S_NONE;
      quoteOpen = false;
      joined = false;
      line++;
      arabicLine = lineArabic[line] === 1;
      continue;
    }
    if (kind === T_DROP) {
      // a ZWNJ outside a word separates like a space (۱۲‌کیلو → ۱۲ کیلو)
      if (spacing) {
        if (pendingSpace < 0) pendingSpace = a;
      } else b.unit(codes[a], starts[a], ends[a]);
      continue;
    }

    // what this token is, after conversion
    let cls = kind;
    let outCode = -1; // a single replacement unit for punctuation
    const c = codes[a];
    if (kind === T_PUNCT) {
      cls = C_STOP;
      if (isQuote(c)) {
        let open: boolean = c === 0xab ? true : c === 0xbb ? false : !quoteOpen;
        if (open && c !== 0xab) {
          // an ambiguous mark glued to the end of a word and followed by a space or the line's
          // end closes a quotation that began on an earlier line
          const nk = tk[k + 1];
          const gluedBefore = pendingSpace < 0 && (prev === T_WORD || prev === T_NUM || prev === T_LATIN || prev === C_STOP);
          if (gluedBefore && (nk === 0 || nk === T_SPACE || nk === T_NL || (nk === T_PUNCT && !isQuote(codes[ta[k + 1]]) && codes[ta[k + 1]] !== 0x28))) open = false;
        }
        if (!(o.quotes && arabicLine)) open = c === 0xab || c === 0x201c || c === 0x201e || (c === 0x22 && !quoteOpen);
        quoteOpen = open;
        if (o.quotes && arabicLine) outCode = open ? 0xab : 0xbb;
        cls = open ? C_OPEN : C_CLOSE;
        if (!(o.quotes && arabicLine) && c !== 0xab && c !== 0xbb) cls = T_OTHER;
      } else if (c === 0x28 || c === 0x5b) cls = C_OPEN;
      else if (c === 0x29 || c === 0x5d) cls = C_CLOSE;
      else if ((c === 0x2c || c === 0x3b || c === 0x3f) && punct && arabicLine && lastScript === S_ARABIC && nextScript(k, nt) !== S_LATIN) {
        outCode = c === 0x2c ? 0x060c : c === 0x3b ? 0x061b : 0x061f;
      }
    } else if (kind === T_ELLIPSIS) {
      cls = C_STOP;
      if (punct && arabicLine) outCode = 0x2026;
    }

    // the separator before it
    if (pendingNl >= 0) {
      if (b.size > 0) {
        const na = ta[pendingNl];
        const ne = tb[pendingNl];
        b.unit(0x0a, starts[na], ends[na]);
        if (ne - na > 1) b.unit(0x0a, starts[na + 1], ends[na + 1]);
      }
      pendingNl = -1;
      pendingSpace = -1;
    }
    let wroteSep = false;
    if (spacing && prev !== C_NONE) {
      let sep = pendingSpace >= 0;
      if (joined) sep = false;
      else {
        if (punct && arabicLine) {
          const nk = tk[k + 1];
          const glued = kind === T_PUNCT && c === 0x2e && tb[k] === ta[k + 1] && (nk === T_LATIN || nk === T_NUM); // .NET, .5
          if ((cls === C_STOP && !glued) || cls === C_CLOSE) sep = false;
          else if (prev === C_OPEN) sep = false;
          else if ((prev === C_STOP || prev === C_CLOSE) && (cls === T_WORD || cls === T_NUM || cls === T_LATIN || cls === T_PROT || cls === C_OPEN)) {
            if (prev === C_CLOSE) sep = true;
            else if (prevPunct === 0x2e) sep = sep || (cls === T_WORD && stopAfterLong);
            else if (prevPunct === 0x3a) sep = sep || cls === T_WORD || cls === C_OPEN;
            else if (prevPunct === 0x2c || prevPunct === 0x3b || prevPunct === 0x3f || prevPunct === 0x21) sep = sep || cls === T_WORD;
            else sep = true;
          } else if (cls === C_OPEN && (prev === T_WORD || prev === T_NUM || prev === C_CLOSE)) sep = true;
        }
        if (!sep && pendingSpace < 0) {
          if (cls === T_NUM && prev === T_WORD) sep = true;
          else if (cls === T_WORD && prev === T_NUM) {
            loadWord(u, a, e, o.halfSpace);
            if (!NUMBER_SUFFIXES.has(currentFirstPart())) sep = true;
          }
        }
      }
      wroteSep = sep;
      if (sep) {
        if (pendingSpace >= 0) b.unit(0x20, starts[pendingSpace], ends[pendingSpace]);
        else {
          const at = b.lastEnd();
          b.unit(0x20, at, at);
        }
      }
    }
    pendingSpace = -1;
    const wasJoined = joined;
    joined = false;

    // the token itself
    switch (kind) {
      case T_WORD: {
        loadWord(u, a, e, o.halfSpace, tz[k] === 1);
        if (o.letters) unifyVariants();
        if (o.halfSpace) {
          findGluedAffixes();
          if (o.letters && hasInsertions()) unifyVariants();
        }
        emitWord(b, u);
        lastScript = S_ARABIC;
        // a single letter before a dot is an abbreviation (ه.ش), unless it was a suffix joined on
        shortWord = wordLength() < 2 && !wasJoined;
        if (wordLength() === 0) break;
        // a suffix or a verb written after a space joins this word
        // (not for a suffix glued to a number, ۹ها: joined, it would no longer read as one)
        if (o.halfSpace && spacing && tk[k + 1] === T_SPACE && tk[k + 2] === T_WORD && !(prev === T_NUM && !wroteSep)) {
          const na = ta[k + 2];
          const ne = tb[k + 2];
          if (mayJoin(codes, na, ne)) {
            const first = cleanFirstPart(codes, na, ne);
            const j = spacedJoin(first, nextIsWhole());
            if (j !== 0) {
              const sp = ta[k + 1];
              if (j === 1) b.unit(ZWNJ, starts[sp], ends[sp]);
              k++; // the space is consumed
              joined = true;
            }
          }
        }
        break;
      }
      case T_NUM: {
        // digits glued to an e-mail address or URL stay as written in every mode: converted,
        // they could become part of the address on the next run
        const nearAddress = (k > 0 && tk[k - 1] === T_PROT && tb[k - 1] === a) || (tk[k + 1] === T_PROT && ta[k + 1] === e);
        let latinCtx = o.digits !== "persian";
        if (nearAddress) {
          for (let x = a; x < e; x++) b.unit(codes[x], starts[x], ends[x]);
          break;
        }
        if (!latinCtx) {
          const pk = k > 0 ? tk[k - 1] : 0;
          const nk = tk[k + 1];
          if ((pk === T_LATIN || pk === T_PROT) && tb[k - 1] === a) latinCtx = true;
          else if (nk === T_LATIN && ta[k + 1] === e) latinCtx = true;
          else if (pk === T_OTHER && k > 1 && tk[k - 2] === T_LATIN && (codes[ta[k - 1]] === 0x2d || codes[ta[k - 1]] === 0x5f)) latinCtx = true;
          else if (prev === T_LATIN || prev === T_PROT) latinCtx = true;
          else {
            const rs = nextScript(k, nt);
            if ((lastScript === S_LATIN && rs !== S_ARABIC) || (lastScript === S_NONE && rs === S_LATIN)) latinCtx = true;
          }
        }
        if (o.digits === "keep" || (latinCtx && o.digits === "persian")) {
          for (let x = a; x < e; x++) b.unit(codes[x], starts[x], ends[x]);
        } else {
          const zero = o.digits === "latin" ? 0x30 : PERSIAN_ZERO;
          for (let x = a; x < e; x++) {
            const d = codes[x];
            const v = d >= 0x30 && d <= 0x39 ? d - 0x30 : d >= 0x06f0 && d <= 0x06f9 ? d - 0x06f0 : d >= 0x0660 && d <= 0x0669 ? d - 0x0660 : -1;
            b.unit(v >= 0 ? zero + v : d, starts[x], ends[x]);
          }
        }
        break;
      }
      case T_LATIN:
      case T_PROT:
        b.units(codes, starts, ends, a, e);
        lastScript = S_LATIN;
        break;
      case T_PUNCT:
      case T_ELLIPSIS:
        if (outCode >= 0) b.unit(outCode, starts[a], ends[e - 1]);
        else for (let x = a; x < e; x++) b.unit(codes[x], starts[x], ends[x]);
        if (cls === C_STOP) {
          stopAfterLong = prev === T_NUM || prev === C_CLOSE || prev === T_LATIN || prev === T_PROT || (prev === T_WORD && !shortWord);
          prevPunct = outCode >= 0 ? outCode : kind === T_ELLIPSIS ? 0x2026 : c;
        }
        break;
      default:
        for (let x = a; x < e; x++) b.unit(codes[x], starts[x], ends[x]);
    }
    prev = cls;
  }
}
