/**
 * The index of the first range that ends after `offset`, in ranges sorted by position that
 * do not overlap (binary search). Used to find which token, quote or span an offset lies in.
 */
export function firstEndingAfter(ranges: ArrayLike<{ end: number }>, offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ranges[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
