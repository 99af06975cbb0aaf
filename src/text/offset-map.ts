import type { NormalizedText } from "./types.js";

/**
 * Builds a NormalizedText while a normalizer writes its output left to right.
 *
 * Every output code unit records the original range `[start, end)` it came from. A
 * replaced character covers its source; an expansion (ﷲ → الله) gives each of its units the
 * one source character; an inserted unit (a ZWNJ or space the normalizer adds) covers the
 * empty range at its position; a deleted character (a diacritic, a duplicate space) covers
 * nothing, or is absorbed into the end of the previous unit with `extendLast`.
 *
 * Storage is growable typed arrays (the code units and two Int32Arrays of ranges), so the cost is a few bytes per output unit and no
 * allocation per character.
 */
export class OffsetMapBuilder {
  private codes: Uint16Array;
  private length = 0;
  /**
   * Ranges of unit k: starts[sBase + k], ends[eBase + k]. A pooled builder writes them
   * straight into the shared slab (starts and ends in one array, `cap` apart), so finish()
   * has nothing to copy; a private builder has two arrays of its own and bases 0.
   */
  private starts: Int32Array;
  private ends: Int32Array;
  private sBase = 0;
  private eBase = 0;
  /** Units the ranges can hold before reserve() must move them to bigger arrays. */
  private cap: number;

  private pooled = false;
  /** Whether a surrogate was written: the fast decoder is only used for text without any. */
  private surrogates = false;
  /**
   * Set by a caller whose unit buffers hold no surrogate at all (normalize()'s character
   * pass knows): units() then copies without testing each unit.
   */
  private plainUnits: boolean;

  constructor(private readonly original: string, unitsHaveNoSurrogates = false) {
    this.plainUnits = unitsHaveNoSurrogates;
    const cap = Math.max(16, original.length + (original.length >> 3));
    this.cap = cap;
    if (!scratchInUse && scratch.length >= cap) {
      // one builder at a time writes its codes into a shared scratch array (decoded to the
      // text by finish()), and its ranges into the slab the result keeps: a short text costs
      // no allocation and no copy
      scratchInUse = true;
      this.pooled = true;
      this.codes = scratch;
      const off = slabTake(2 * cap);
      this.starts = this.ends = currentSlab;
      this.sBase = off;
      this.eBase = off + cap;
    } else {
      this.codes = new Uint16Array(cap);
      this.starts = new Int32Array(cap);
      this.ends = new Int32Array(cap);
    }
  }

  get size(): number {
    return this.length;
  }

  /** Appends `out`, all of whose units came from original `[start, end)`. */
  emit(out: string, start: number, end: number): void {
    const n = out.length;
    if (n === 0) return;
    this.reserve(n);
    const at = this.length;
    this.surrogates = true; // emit() is rare: no need to inspect its units
    for (let k = 0; k < n; k++) {
      this.codes[at + k] = out.charCodeAt(k);
      this.starts[this.sBase + at + k] = start;
      this.ends[this.eBase + at + k] = end;
    }
    this.length += n;
  }

  /** Appends one code unit that came from original `[start, end)` (the hot-loop form of emit). */
  unit(code: number, start: number, end: number): void {
    if (this.length === this.cap) this.reserve(1);
    if ((code & 0xf800) === 0xd800) this.surrogates = true;
    const at = this.length++;
    this.codes[at] = code;
    this.starts[this.sBase + at] = start;
    this.ends[this.eBase + at] = end;
  }

  /**
   * Appends units [from, to) of a normalizer's own unit buffer (code and original range per
   * unit): the bulk form of unit().
   */
  units(codes: Uint16Array, starts: Int32Array, ends: Int32Array, from: number, to: number): void {
    const n = to - from;
    if (n <= 0) return;
    if (this.length + n > this.cap) this.reserve(n);
    const c = this.codes;
    const s = this.starts;
    const e = this.ends;
    let at = this.length;
    const sb = this.sBase;
    const eb = this.eBase;
    if (this.plainUnits) {
      for (let x = from; x < to; x++, at++) {
        c[at] = codes[x];
        s[sb + at] = starts[x];
        e[eb + at] = ends[x];
      }
      this.length = at;
      return;
    }
    let sur = false;
    for (let x = from; x < to; x++, at++) {
      const code = codes[x];
      if ((code & 0xf800) === 0xd800) sur = true;
      c[at] = code;
      s[sb + at] = starts[x];
      e[eb + at] = ends[x];
    }
    if (sur) this.surrogates = true;
    this.length = at;
  }

  /** Appends original[start, end) unchanged, unit for unit (the common, fast case). */
  copy(start: number, end: number): void {
    const n = end - start;
    if (n <= 0) return;
    this.reserve(n);
    const at = this.length;
    const src = this.original;
    this.surrogates = true;
    for (let k = 0; k < n; k++) {
      this.codes[at + k] = src.charCodeAt(start + k);
      this.starts[this.sBase + at + k] = start + k;
      this.ends[this.eBase + at + k] = start + k + 1;
    }
    this.length += n;
  }

  /** Extends the original range of the last output unit to `end` (a removed mark belongs to its letter). */
  extendLast(end: number): void {
    const x = this.eBase + this.length - 1;
    if (this.length > 0 && this.ends[x] < end) this.ends[x] = end;
  }

  /** The last output unit, or -1. */
  lastCode(): number {
    return this.length > 0 ? this.codes[this.length - 1] : -1;
  }

  /** The original end of the last output unit, or 0. */
  lastEnd(): number {
    return this.length > 0 ? this.ends[this.eBase + this.length - 1] : 0;
  }

  finish(): NormalizedText {
    const n = this.length;
    const text = decodeUnits(this.codes, n, this.surrogates);
    if (this.pooled) {
      this.pooled = false;
      scratchInUse = false;
      this.codes = EMPTY_CODES;
    }
    return mapOver(this.original, text, this.starts, this.sBase, this.eBase, n, this.ends);
  }

  private reserve(n: number): void {
    const need = this.length + n;
    if (need <= this.cap) return;
    let cap = this.cap * 2;
    while (cap < need) cap *= 2;
    const c = new Uint16Array(cap);
    c.set(this.codes.subarray(0, this.length));
    const s = new Int32Array(cap);
    s.set(this.starts.subarray(this.sBase, this.sBase + this.length));
    const e = new Int32Array(cap);
    e.set(this.ends.subarray(this.eBase, this.eBase + this.length));
    if (this.pooled) {
      // leave the shared scratch for private arrays (its slab range is simply left unused)
      scratchInUse = false;
      this.pooled = false;
    }
    this.codes = c;
    this.starts = s;
    this.ends = e;
    this.sBase = 0;
    this.eBase = 0;
    this.cap = cap;
  }
}

const EMPTY_CODES = new Uint16Array(0);
const scratch = new Uint16Array(4096);
let scratchInUse = false;

const SLAB_SIZE = 1 << 18;
let currentSlab = new Int32Array(0);
let slabUsed = 0;

/** Reserves `size` entries of the current slab (a new slab when it is full); returns the offset. */
function slabTake(size: number): number {
  if (slabUsed + size > currentSlab.length) {
    currentSlab = new Int32Array(Math.max(SLAB_SIZE, size));
    slabUsed = 0;
  }
  const off = slabUsed;
  slabUsed += size;
  return off;
}

const utf16 = typeof TextDecoder === "function" ? new TextDecoder("utf-16le") : undefined;

/**
 * UTF-16 code units to a string. Without surrogates, TextDecoder is exact and fastest (it
 * would replace a lone surrogate, so text with any goes through String.fromCharCode, in
 * chunks small enough for the argument limit of apply).
 */
function decodeUnits(codes: Uint16Array, n: number, surrogates: boolean): string {
  if (!surrogates && utf16 !== undefined && n > 16) return utf16.decode(codes.subarray(0, n));
  const CHUNK = 8192;
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < n; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]));
  }
  return parts.join("");
}

/**
 * A NormalizedText from per-unit original ranges. `starts` and `ends` must be
 * non-decreasing, as a left-to-right normalizer produces them.
 */
export function createNormalizedText(original: string, text: string, starts: Int32Array, ends: Int32Array): NormalizedText {
  return mapOver(original, text, starts, 0, 0, text.length, ends);
}

/**
 * The NormalizedText whose unit i came from original `[a[sOff + i], e[eOff + i])`; `e`
 * defaults to `a` (both ranges in one array).
 */
function mapOver(original: string, text: string, a: Int32Array, sOff: number, eOff: number, n: number, e: Int32Array = a): NormalizedText {
  // method shorthand, not arrow functions: no per-call function naming by transpilers that
  // keep names (tsx), and the methods still work when destructured (they use no `this`)
  return {
    original,
    text,
    toOriginal(i: number): number {
      return startOf(a, sOff, e, eOff, n, i);
    },
    toOriginalEnd(i: number): number {
      return endOf(a, sOff, e, eOff, n, i);
    },
    toNormalized(i: number): number {
      return unitAt(a, sOff, n, clamp(i, original.length));
    },
    originalSpan(nStart: number, nEnd: number) {
      const start = startOf(a, sOff, e, eOff, n, nStart);
      if (nEnd <= nStart) return { start, end: start };
      const end = endOf(a, sOff, e, eOff, n, nEnd);
      return { start, end: end < start ? start : end };
    },
  };
}

function clamp(i: number, max: number): number {
  return i < 0 ? 0 : i > max ? max : i | 0;
}

// unit k came from original [a[sOff + k], e[eOff + k])
function startOf(a: Int32Array, sOff: number, e: Int32Array, eOff: number, n: number, i: number): number {
  i = clamp(i, n);
  if (i < n) return a[sOff + i];
  return n === 0 ? 0 : e[eOff + n - 1];
}

function endOf(a: Int32Array, sOff: number, e: Int32Array, eOff: number, n: number, i: number): number {
  i = clamp(i, n);
  return i === 0 ? (n === 0 ? 0 : a[sOff]) : e[eOff + i - 1];
}

/** The first unit whose source starts at or after original offset i. */
function unitAt(a: Int32Array, sOff: number, n: number, i: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[sOff + mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The NormalizedText of a text that is left as it is. */
export function identityText(text: string): NormalizedText {
  const b = new OffsetMapBuilder(text);
  b.copy(0, text.length);
  return b.finish();
}
