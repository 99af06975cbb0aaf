import type { Mention } from "../pipeline/extractor.js";

/**
 * Accepted mentions indexed by the token they start and end at, so that rules asking "which
 * mention starts here?" cost a map read, not a scan. Built once per set of accepted
 * mentions (the context hands out the same array until a stage proposes more).
 */
export interface MentionIndex {
  /** The longest mention starting at token i (of one of these kinds, if given). */
  startingAt(i: number, kinds?: readonly string[]): Mention | undefined;
  /** The longest mention whose last token is i - 1. */
  endingAt(i: number, kinds?: readonly string[]): Mention | undefined;
}

const cache = new WeakMap<readonly Mention[], MentionIndex>();

export function mentionIndex(mentions: readonly Mention[]): MentionIndex {
  let idx = cache.get(mentions);
  if (idx) return idx;
  const byStart = new Map<number, Mention[]>();
  const byEnd = new Map<number, Mention[]>();
  for (const m of mentions) {
    add(byStart, m.tokenStart, m);
    add(byEnd, m.tokenEnd, m);
  }
  const longest = (list: Mention[] | undefined, kinds?: readonly string[]) => {
    let best: Mention | undefined;
    if (list) for (const m of list) if ((!kinds || kinds.includes(m.kind)) && (!best || m.end - m.start > best.end - best.start)) best = m;
    return best;
  };
  idx = {
    startingAt: (i, kinds) => longest(byStart.get(i), kinds),
    endingAt: (i, kinds) => longest(byEnd.get(i), kinds),
  };
  cache.set(mentions, idx);
  return idx;
}

function add(map: Map<number, Mention[]>, k: number, m: Mention): void {
  const list = map.get(k);
  if (list) list.push(m);
  else map.set(k, [m]);
}
