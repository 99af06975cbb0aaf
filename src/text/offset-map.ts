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
  private starts: Int32Array;
  private ends: Int32Array;

  constructor(private readonly original: string) {
    const cap = Math.max(16, original.length + (original.length >> 3));
    this.codes = new Uint16Array(cap);
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
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
    for (let k = 0; k < n; k++) {
      this.codes[at + k] = out.charCodeAt(k);
      this.starts[at + k] = start;
      this.ends[at + k] = end;
    }
    this.length += n;
  }

  /** Appends one code unit that came from original `[start, end)` (the hot-loop form of emit). */
  unit(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.reserve(1);
    const at = this.length++;
    this.codes[at] = code;
    this.starts[at] = start;
    this.ends[at] = end;
  }

  /** Appends original[start, end) unchanged, unit for unit (the common, fast case). */
  copy(start: number, end: number): void {
    const n = end - start;
    if (n <= 0) return;
    this.reserve(n);
    const at = this.length;
    const src = this.original;
    for (let k = 0; k < n; k++) {
      this.codes[at + k] = src.charCodeAt(start + k);
      this.starts[at + k] = start + k;
      this.ends[at + k] = start + k + 1;
    }
    this.length += n;
  }

  /** Extends the original range of the last output unit to `end` (a removed mark belongs to its letter). */
  extendLast(end: number): void {
    if (this.length > 0 && this.ends[this.length - 1] < end) this.ends[this.length - 1] = end;
  }

  /** The last output unit, or -1. */
  lastCode(): number {
    return this.length > 0 ? this.codes[this.length - 1] : -1;
  }

  /** The original end of the last output unit, or 0. */
  lastEnd(): number {
    return this.length > 0 ? this.ends[this.length - 1] : 0;
  }

  finish(): NormalizedText {
    const text = decodeUnits(this.codes, this.length);
    return createNormalizedText(this.original, text, this.starts.subarray(0, this.length), this.ends.subarray(0, this.length));
  }

  private reserve(n: number): void {
    const need = this.length + n;
    if (need <= this.starts.length) return;
    let cap = this.starts.length * 2;
    while (cap < need) cap *= 2;
    const c = new Uint16Array(cap);
    c.set(this.codes.subarray(0, this.length));
    const s = new Int32Array(cap);
    s.set(this.starts.subarray(0, this.length));
    const e = new Int32Array(cap);
    e.set(this.ends.subarray(0, this.length));
    this.codes = c;
    this.starts = s;
    this.ends = e;
  }
}

/** UTF-16 code units to a string, in chunks small enough for the argument limit of apply. */
function decodeUnits(codes: Uint16Array, n: number): string {
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
  const n = text.length;
  const clamp = (i: number, max: number) => (i < 0 ? 0 : i > max ? max : i | 0);
  const toOriginal = (i: number): number => {
    i = clamp(i, n);
    if (i < n) return starts[i];
    return n === 0 ? 0 : ends[n - 1];
  };
  const toOriginalEnd = (i: number): number => {
    i = clamp(i, n);
    return i === 0 ? (n === 0 ? 0 : starts[0]) : ends[i - 1];
  };
  const toNormalized = (i: number): number => {
    i = clamp(i, original.length);
    // the first unit whose source starts at or after i
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    original,
    text,
    toOriginal,
    toOriginalEnd,
    toNormalized,
    originalSpan(nStart: number, nEnd: number) {
      const start = toOriginal(nStart);
      if (nEnd <= nStart) return { start, end: start };
      const end = toOriginalEnd(nEnd);
      return { start, end: end < start ? start : end };
    },
  };
}

/** The NormalizedText of a text that is left as it is. */
export function identityText(text: string): NormalizedText {
  const b = new OffsetMapBuilder(text);
  b.copy(0, text.length);
  return b.finish();
}
