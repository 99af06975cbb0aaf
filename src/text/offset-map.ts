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
 * Storage is two growable Int32Arrays, so the cost is a few bytes per output unit and no
 * allocation per character.
 */
export class OffsetMapBuilder {
  private chunks: string[] = [];
  private pending = "";
  private length = 0;
  private starts: Int32Array;
  private ends: Int32Array;

  constructor(private readonly original: string) {
    const cap = Math.max(16, original.length + (original.length >> 3));
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
    for (let k = 0; k < n; k++) {
      this.starts[this.length + k] = start;
      this.ends[this.length + k] = end;
    }
    this.length += n;
    this.pending += out;
    if (this.pending.length > 4096) this.flush();
  }

  /** Appends original[start, end) unchanged, unit for unit (the common, fast case). */
  copy(start: number, end: number): void {
    const n = end - start;
    if (n <= 0) return;
    this.reserve(n);
    for (let k = 0; k < n; k++) {
      this.starts[this.length + k] = start + k;
      this.ends[this.length + k] = start + k + 1;
    }
    this.length += n;
    this.flush();
    this.chunks.push(this.original.slice(start, end));
  }

  /** Extends the original range of the last output unit to `end` (a removed mark belongs to its letter). */
  extendLast(end: number): void {
    if (this.length > 0 && this.ends[this.length - 1] < end) this.ends[this.length - 1] = end;
  }

  /** The last output unit, or -1. */
  lastCode(): number {
    if (this.pending.length > 0) return this.pending.charCodeAt(this.pending.length - 1);
    for (let i = this.chunks.length - 1; i >= 0; i--) {
      const c = this.chunks[i];
      if (c.length > 0) return c.charCodeAt(c.length - 1);
    }
    return -1;
  }

  finish(): NormalizedText {
    this.flush();
    const text = this.chunks.length === 1 ? this.chunks[0] : this.chunks.join("");
    return createNormalizedText(this.original, text, this.starts.subarray(0, this.length), this.ends.subarray(0, this.length));
  }

  private flush(): void {
    if (this.pending.length > 0) {
      this.chunks.push(this.pending);
      this.pending = "";
    }
  }

  private reserve(n: number): void {
    const need = this.length + n;
    if (need <= this.starts.length) return;
    let cap = this.starts.length * 2;
    while (cap < need) cap *= 2;
    const s = new Int32Array(cap);
    s.set(this.starts.subarray(0, this.length));
    const e = new Int32Array(cap);
    e.set(this.ends.subarray(0, this.length));
    this.starts = s;
    this.ends = e;
  }
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
