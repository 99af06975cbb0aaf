import { isDiacritic, isArabicLetter, KASHIDA, standardLetter } from "./letters.js";

/**
 * The character pass of normalize(): original string → a buffer of code units, each with the
 * original range it came from. It standardizes letters, removes marks and invisible
 * characters, folds every kind of space and line break to ' ' and '\n', and marks URLs and
 * e-mail addresses as protected so the later passes copy them untouched.
 */

/** Per-code-unit action of the character pass. */
export const K_KEEP = 0;
const K_REPLACE = 1;
const K_MARK = 2; // harakat and other combining marks
const K_KASHIDA = 3;
const K_DROP = 4; // invisible format characters, controls
const K_SPACE = 5;
const K_NEWLINE = 6;
const K_ZWNJ = 7;
const K_CR = 8;
const K_HIGH = 9;
const K_LOW = 10;

const HAMZA_ABOVE = 0x0654;
const HEH = 0x0647;

interface CharTable {
  kind: Uint8Array;
  repl: (string | undefined)[];
}
let table: CharTable | undefined;

function buildTable(): CharTable {
  const kind = new Uint8Array(0x10000);
  const repl: (string | undefined)[] = new Array(0x10000);
  // letters, marks and presentation forms live in U+0600–U+08FF and U+FB50–U+FEFF: only
  // those ranges are scanned (a shorter cold start)
  for (let c = 0x0600; c < 0xff00; c++) {
    if (c === 0x0900) c = 0xfb50;
    if (isDiacritic(c)) {
      kind[c] = K_MARK;
      continue;
    }
    const s = standardLetter(c);
    if (s !== undefined) {
      kind[c] = K_REPLACE;
      repl[c] = s;
    } else if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
      // presentation forms of bare marks (ﹰ, ﱞ): their NFKC is spaces and harakat only
      const d = String.fromCharCode(c).normalize("NFKC");
      if (d !== String.fromCharCode(c)) kind[c] = K_MARK;
    }
  }
  // Heh with yeh/hamza above: the standard written form is heh + hamza above (هٔ), one
  // letter and one mark, so that ۀ and هٔ compare and search alike and stay idempotent.
  for (const c of [0x06c0, 0x06c2]) {
    kind[c] = K_REPLACE;
    repl[c] = "\u0647\u0654";
  }
  for (let c = 0x0600; c < 0xff00; c++) {
    if (c === 0x0900) c = 0xfb50;
    let r = repl[c];
    if (r === undefined) continue;
    if (r.indexOf("\u06c0") >= 0) r = r.split("\u06c0").join("\u0647\u0654");
    // medial forms of marks (ﳲ) decompose to kashida + marks: they are marks
    if (r.indexOf("\u0640") >= 0) r = r.split("\u0640").join("");
    if (r.length === 0) {
      kind[c] = K_MARK;
      repl[c] = undefined;
    } else repl[c] = r;
  }
  kind[KASHIDA] = K_KASHIDA;
  // controls: C0 (but tab/LF/CR), DEL, C1
  for (let c = 0; c < 0x20; c++) kind[c] = K_DROP;
  for (let c = 0x7f; c <= 0x9f; c++) kind[c] = K_DROP;
  for (const c of [0x200b, 0x200d, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x00ad, 0x061c, 0x180e, 0xfffe, 0xffff])
    kind[c] = K_DROP;
  for (let c = 0x202a; c <= 0x202e; c++) kind[c] = K_DROP;
  for (let c = 0x2066; c <= 0x2069; c++) kind[c] = K_DROP;
  // spaces
  for (const c of [0x20, 0x09, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) kind[c] = K_SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) kind[c] = K_SPACE;
  for (const c of [0x0a, 0x0b, 0x0c, 0x85, 0x2028, 0x2029]) kind[c] = K_NEWLINE;
  kind[0x0d] = K_CR;
  kind[0x200c] = K_ZWNJ;
  for (let c = 0xd800; c <= 0xdbff; c++) kind[c] = K_HIGH;
  for (let c = 0xdc00; c <= 0xdfff; c++) kind[c] = K_LOW;
  return { kind, repl };
}

/** The unit buffer shared by the passes (pooled: normalize() is synchronous, one call at a time). */
export interface Units {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 for units of a URL or e-mail address, which the later passes copy untouched. */
  prot: Uint8Array;
  n: number;
  /** Whether any unit is a surrogate (only a valid pair is kept; a lone one becomes U+FFFD). */
  surrogates: boolean;
}

let pool: Units | undefined;

/** Units [protFrom, protTo) of the pool may hold protected marks from the last call. */
let protFrom = 0;
let protTo = 0;

function units(cap: number): Units {
  if (pool === undefined || pool.codes.length < cap) {
    const size = Math.max(1024, cap);
    pool = { codes: new Uint16Array(size), starts: new Int32Array(size), ends: new Int32Array(size), prot: new Uint8Array(size), n: 0, surrogates: false };
  } else if (protTo > protFrom) {
    // the pool's prot is all zero between calls but where the last call marked addresses:
    // the hot loop then never writes it
    pool.prot.fill(0, protFrom, protTo);
  }
  protFrom = protTo = 0;
  pool.n = 0;
  pool.surrogates = false;
  return pool;
}

/** Grows the unit buffer to hold `need` units, keeping the first `n`. */
function growUnits(u: Units, n: number, need: number): void {
  if (need <= u.codes.length) return;
  const cap = Math.max(need, u.codes.length * 2);
  const c = new Uint16Array(cap);
  c.set(u.codes.subarray(0, n));
  const a = new Int32Array(cap);
  a.set(u.starts.subarray(0, n));
  const e = new Int32Array(cap);
  e.set(u.ends.subarray(0, n));
  const p = new Uint8Array(cap);
  p.set(u.prot.subarray(0, n));
  u.codes = c;
  u.starts = a;
  u.ends = e;
  u.prot = p;
}

export interface CharPassOptions {
  letters: boolean;
  diacritics: boolean;
  spacing: boolean;
  halfSpace: boolean;
}

const scanState = { noAtUntil: -1 };

/** Runs the character pass over `s`. The returned buffer is reused by the next call. */
export function charPass(s: string, o: CharPassOptions): Units {
  // where a failed e-mail scan ended: every later start inside that run fails the same way,
  // so it is not scanned again (keeps `ab.ab.ab.…` linear); one shared object reset per call,
  // not one allocated per call (one call per short line is the common use)
  const scan = scanState;
  scan.noAtUntil = -1;
  const t = (table ??= buildTable());
  const kind = t.kind;
  const len = s.length;
  // every kind of expansion is short; 4 units per input unit is a safe bound with ﷺ/﷽ rare
  const u = units(len + (len >> 2) + 64);
  let codes = u.codes;
  let starts = u.starts;
  let ends = u.ends;
  let prot = u.prot;
  let n = 0;
  let i = 0;
  while (i < len) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 && kind[c] === K_KEEP) {
      // the common case: a run of characters that stay as they are
      let d = c;
      if (n + (len - i) > codes.length) { growUnits(u, n, n + (len - i) + 64); ({ codes, starts, ends, prot } = u); }
      for (;;) {
        codes[n] = d;
        starts[n] = i;
        ends[n] = ++i;
        n++;
        // the end is tested, not left to charCodeAt's NaN: d then stays a small integer for
        // the optimizer (a possible NaN makes every test below a floating-point one)
        if (i >= len) break;
        d = s.charCodeAt(i);
        if (d >= 0x80 && kind[d] === K_KEEP) continue;
        // one space or one ZWNJ between two kept letters stays exactly as it is in every
        // mode (the whitespace branch below would write the same unit with the same range),
        // so the run goes on over it: most word gaps then cost no trip through the switch
        if ((d === 0x20 || d === 0x200c) && i + 1 < len) {
          const e = s.charCodeAt(i + 1);
          if (e >= 0x80 && kind[e] === K_KEEP) continue;
        }
        break;
      }
      continue;
    }
    // URLs and e-mail addresses: ASCII starts only, and only at a word start
    if (c < 0x80 && isUrlStartCandidate(c) && (i === 0 || !isAddressChar(s.charCodeAt(i - 1), c))) {
      const end = protectedEnd(s, i, scan);
      if (end > i) {
        { growUnits(u, n, n + (end - i)); ({ codes, starts, ends, prot } = u); }
        if (protTo === 0) protFrom = n;
        for (let k = i; k < end; k++, n++) {
          codes[n] = s.charCodeAt(k);
          starts[n] = k;
          ends[n] = k + 1;
          prot[n] = 1;
        }
        protTo = n;
        i = end;
        continue;
      }
    }
    let k = kind[c];
    if (k === K_REPLACE && !o.letters) k = K_KEEP;
    if ((k === K_MARK || k === K_KASHIDA) && !o.diacritics) k = K_KEEP;
    if (!o.spacing && (k === K_SPACE || k === K_NEWLINE || k === K_CR)) k = K_KEEP;
    if (k === K_ZWNJ && !o.halfSpace) k = K_KEEP;
    if (n + 24 > codes.length) {
      growUnits(u, n, n + 24);
      ({ codes, starts, ends, prot } = u);
    }
    if ((k === K_MARK || k === K_KASHIDA || k === K_DROP) && n > 0 && isAsciiWordChar(codes[n - 1]) && i + 1 < len && isAsciiWordChar(s.charCodeAt(i + 1))) {
      // a removed character between two pieces of ASCII text keeps them apart, as a space:
      // gluing them could make an e-mail address or URL on the next run (idempotence)
      codes[n] = 0x20;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      i++;
      continue;
    }
    switch (k) {
      case K_KEEP:
        codes[n] = c;
        starts[n] = i;
        ends[n] = i + 1;
        n++;
        i++;
        break;
      case K_REPLACE: {
        const r = t.repl[c] as string;
        if (n + r.length + 4 > codes.length) {
          growUnits(u, n, n + r.length + 4);
          ({ codes, starts, ends, prot } = u);
        }
        for (let j = 0; j < r.length; j++, n++) {
          codes[n] = r.charCodeAt(j);
          starts[n] = i;
          ends[n] = i + 1;
        }
        i++;
        break;
      }
      case K_MARK: {
        const last = n > 0 && prot[n - 1] === 0 ? codes[n - 1] : -1;
        // compose decomposed hamza and madda with their letter (ا + ٔ → أ); keep the hamza of هٔ
        let composed = -1;
        if (c === HAMZA_ABOVE) {
          if (last === 0x0627) composed = 0x0623;
          else if (last === 0x0648) composed = 0x0624;
          else if (last === 0x06cc || last === 0x064a) composed = 0x0626;
        } else if (c === 0x0653 && last === 0x0627) composed = 0x0622;
        else if (c === 0x0655 && last === 0x0627) composed = 0x0625;
        if (composed >= 0 && o.letters) {
          codes[n - 1] = composed;
          ends[n - 1] = i + 1;
        } else if (c === HAMZA_ABOVE && last === HEH) {
          codes[n] = c;
          starts[n] = i;
          ends[n] = i + 1;
          n++;
        } else if (last >= 0 && (isArabicLetter(last) || last === HAMZA_ABOVE)) {
          // a removed mark belongs to its letter
          if (ends[n - 1] < i + 1) ends[n - 1] = i + 1;
        }
        i++;
        break;
      }
      case K_KASHIDA: {
        const last = n > 0 && prot[n - 1] === 0 ? codes[n - 1] : -1;
        if (last >= 0 && (isArabicLetter(last) || last === HAMZA_ABOVE) && ends[n - 1] < i + 1) ends[n - 1] = i + 1;
        i++;
        break;
      }
      case K_DROP:
        i++;
        break;
      case K_HIGH: {
        const d = i + 1 < len ? s.charCodeAt(i + 1) : 0;
        if (d >= 0xdc00 && d <= 0xdfff) {
          u.surrogates = true;
          codes[n] = c;
          starts[n] = i;
          ends[n] = i + 1;
          n++;
          codes[n] = d;
          starts[n] = i + 1;
          ends[n] = i + 2;
          n++;
          i += 2;
        } else {
          codes[n] = 0xfffd; // a lone surrogate is not text
          starts[n] = i;
          ends[n] = i + 1;
          n++;
          i++;
        }
        break;
      }
      case K_LOW:
        codes[n] = 0xfffd;
        starts[n] = i;
        ends[n] = i + 1;
        n++;
        i++;
        break;
      default: {
        // a run of whitespace (spaces, ZWNJ, line breaks, invisible characters): one unit for
        // the spaces, or one ZWNJ if it has only ZWNJ, and at most two line breaks
        let firstSpace = -1;
        let firstZwnj = -1;
        let nl1 = -1;
        let nl2 = -1;
        let nlCount = 0;
        let j = i;
        while (j < len) {
          const d = s.charCodeAt(j);
          const kd = kind[d];
          if (!o.spacing && (kd === K_SPACE || kd === K_NEWLINE || kd === K_CR)) break;
          if (kd === K_SPACE) {
            if (firstSpace < 0) firstSpace = j;
          } else if (kd === K_ZWNJ && o.halfSpace) {
            if (firstZwnj < 0) firstZwnj = j;
          } else if (kd === K_NEWLINE || kd === K_CR) {
            if (kd === K_CR && j + 1 < len && s.charCodeAt(j + 1) === 0x0a) {
              // \r\n is one line break; it maps to both units
              if (nlCount === 0) nl1 = j;
              else if (nlCount === 1) nl2 = j;
              nlCount++;
              j += 2;
              continue;
            }
            if (nlCount === 0) nl1 = j;
            else if (nlCount === 1) nl2 = j;
            nlCount++;
          } else if (kd !== K_DROP || d === 0) {
            break;
          }
          j++;
        }
        if (j === i) {
          // NUL and such: dropped
          i++;
          break;
        }
        if (nlCount > 0) {
          codes[n] = 0x0a;
          starts[n] = nl1;
          ends[n] = s.charCodeAt(nl1) === 0x0d && s.charCodeAt(nl1 + 1) === 0x0a ? nl1 + 2 : nl1 + 1;
          n++;
          if (nlCount > 1) {
            codes[n] = 0x0a;
            starts[n] = nl2;
            ends[n] = s.charCodeAt(nl2) === 0x0d && s.charCodeAt(nl2 + 1) === 0x0a ? nl2 + 2 : nl2 + 1;
            n++;
          }
        } else if (firstSpace >= 0) {
          codes[n] = 0x20;
          starts[n] = firstSpace;
          ends[n] = firstSpace + 1;
          n++;
        } else if (firstZwnj >= 0 && !(n > 0 && codes[n - 1] === 0x200c)) {
          codes[n] = 0x200c;
          starts[n] = firstZwnj;
          ends[n] = firstZwnj + 1;
          n++;
        }
        i = j;
      }
    }
  }
  u.n = n;
  return u;
}

/**
 * Whether `prev` continues an address, so that `c` cannot start one. A digit before a
 * letter does not (8www.x.ir): digits change script in normalize(), and the decision must
 * be the same before and after, or normalize() would not be idempotent.
 */
function isAddressChar(prev: number, c: number): boolean {
  if (prev >= 0x30 && prev <= 0x39) return c >= 0x30 && c <= 0x39 ? true : !((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) ? true : false;
  // nor does a dot: after an ellipsis (...www.x.ir) normalize() adds a space, and the next
  // run must see the same address
  if (prev === 0x2e) return false;
  return isAsciiWordChar(prev);
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x2b || c === 0x25 || c === 0x2f || c === 0x40;
}
function isUrlStartCandidate(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function lower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}
function startsWithCI(s: string, i: number, lit: string): boolean {
  if (i + lit.length > s.length) return false;
  for (let k = 0; k < lit.length; k++) if (lower(s.charCodeAt(i + k)) !== lit.charCodeAt(k)) return false;
  return true;
}

/** Characters that end a URL: whitespace, quotes and Persian punctuation that never occur in one. */
function endsUrl(c: number): boolean {
  return (
    c <= 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0xa0 || c === 0xab || c === 0xbb || c === 0x060c || c === 0x061b || c === 0x061f ||
    (c >= 0x2000 && c <= 0x200f) || (c >= 0x2018 && c <= 0x201f) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff)
  );
}

/** Sentence punctuation that may follow a URL or address without belonging to it. */
function isTrailingPunct(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x2026;
}

/** The end of a URL or e-mail address starting at `i`, or `i` when there is none. */
function protectedEnd(s: string, i: number, scan: { noAtUntil: number }): number {
  const c = lower(s.charCodeAt(i));
  if ((c === 0x68 && (startsWithCI(s, i, "http://") || startsWithCI(s, i, "https://"))) || (c === 0x77 && startsWithCI(s, i, "www."))) {
    let j = i;
    let parens = 0;
    while (j < s.length) {
      const d = s.charCodeAt(j);
      if (endsUrl(d)) break;
      if (d === 0x28) parens++;
      else if (d === 0x29) parens--;
      j++;
    }
    while (j > i) {
      const d = s.charCodeAt(j - 1);
      if (!isTrailingPunct(d)) break;
      if (d === 0x29 && parens >= 0) break; // a closing parenthesis the URL opened
      if (d === 0x29) parens++;
      j--;
    }
    return j - i >= 8 || (c === 0x77 && j - i > 4) ? j : i;
  }
  // e-mail: local@domain.tld
  if (i < scan.noAtUntil) return i;
  let j = i;
  while (j < s.length && isLocalChar(s.charCodeAt(j))) j++;
  if (j === i || j >= s.length || s.charCodeAt(j) !== 0x40) {
    scan.noAtUntil = j;
    return i;
  }
  let k = j + 1;
  while (k < s.length) {
    const d = s.charCodeAt(k);
    if (d !== 0x2e && !((d >= 0x30 && d <= 0x39) || (d >= 0x41 && d <= 0x5a) || (d >= 0x61 && d <= 0x7a) || d === 0x2d)) break;
    k++;
  }
  // the longest domain whose last label starts with a letter and has two characters or more
  // (com, ir; com2 too, so that digits converted to Latin right after an address on one run
  // still belong to it on the next); a shorter one when the last label is not (b.com.7 → b.com)
  for (;;) {
    while (k > j + 1 && (s.charCodeAt(k - 1) === 0x2e || s.charCodeAt(k - 1) === 0x2d)) k--;
    let dot = -1;
    for (let m = k - 1; m > j + 1; m--)
      if (s.charCodeAt(m) === 0x2e) {
        dot = m;
        break;
      }
    if (dot < 0) return i;
    const d0 = s.charCodeAt(dot + 1);
    let ok = k - dot - 1 >= 2 && ((d0 >= 0x41 && d0 <= 0x5a) || (d0 >= 0x61 && d0 <= 0x7a));
    for (let m = dot + 1; ok && m < k; m++) if (s.charCodeAt(m) === 0x2d) ok = false;
    if (ok) return k;
    k = dot;
  }
}

function isLocalChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}
