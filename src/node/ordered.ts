// Maps an (async) iterable through an async function with bounded concurrency, yielding results
// in input order. The source is pulled only while fewer than `limit` items are in flight: that is
// the backpressure that keeps memory flat however large the input is.

export async function* mapOrdered<I, O>(
  source: Iterable<I> | AsyncIterable<I>,
  fn: (item: I, index: number) => Promise<O>,
  limit: number,
): AsyncGenerator<O, void, undefined> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError("limit must be an integer ≥ 1");
  const it: Iterator<I> | AsyncIterator<I> =
    Symbol.asyncIterator in source
      ? (source as AsyncIterable<I>)[Symbol.asyncIterator]()
      : (source as Iterable<I>)[Symbol.iterator]();
  const inFlight: Promise<O>[] = [];
  let index = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && inFlight.length < limit) {
        const r = await it.next();
        if (r.done) {
          exhausted = true;
          break;
        }
        const p = fn(r.value, index++);
        // Rejections are observed when the item's turn comes; this avoids an
        // "unhandled rejection" while it waits behind earlier items.
        p.catch(() => {});
        inFlight.push(p);
      }
      const head = inFlight.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    if (!exhausted) await it.return?.();
  }
}
