import type { EntryKind, GazetteerEntry } from "../models/gazetteer.js";
import { fold } from "../text/fold.js";
import { childOf, keyOfNode, matchTrie, TERMINAL, type GazetteerMatch, type MatchOptions, type MatchView, type TrieData } from "./match.js";

export interface CompileOptions {
  /** Compile only the entries of these kinds (default: all). */
  kinds?: readonly EntryKind[];
  /** Accept glued prepositions and suffixes around names (default true); see affixes.ts. */
  affixes?: boolean;
}

export interface CompiledGazetteer {
  /** The compiled entries (after the `kinds` filter), in input order. */
  readonly entries: readonly GazetteerEntry[];
  /** Number of distinct keys and of trie nodes. */
  readonly keyCount: number;
  readonly nodeCount: number;
  /** All matches in the tokens of `view`, sorted by start, longer first; see match.ts. */
  match(view: MatchView, options?: MatchOptions): GazetteerMatch[];
  /** The entries one of whose names or aliases folds to the same key as `text`. */
  lookup(text: string): GazetteerEntry[];
}

/**
 * Compiles entries once into a matcher (once per pipeline, not per document). Keys are
 * folded and deduplicated per (key, entry), and the trie is built level by level, each
 * node partitioning its keys by their next character: the work is linear in the total
 * length of the keys.
 */
export function compileGazetteer(entries: readonly GazetteerEntry[], options: CompileOptions = {}): CompiledGazetteer {
  const kinds = options.kinds === undefined ? undefined : new Set<EntryKind>(options.kinds);
  const kept = kinds === undefined ? entries.slice() : entries.filter((e) => kinds.has(e.kind));
  const trie = buildTrie(kept);
  const defaultAffixes = options.affixes ?? true;
  return {
    entries: kept,
    keyCount: trie.keyRecStart.length - 1,
    nodeCount: trie.nodeCount,
    match(view, matchOptions) {
      return matchTrie(trie, kept, view, { kinds: matchOptions?.kinds, affixes: matchOptions?.affixes ?? defaultAffixes });
    },
    lookup(text) {
      const key = fold(text);
      let node = key.length === 0 ? 0 : trie.rootChild[key.charCodeAt(0)];
      for (let i = 1; i < key.length && node !== 0; i++) node = childOf(trie.nodes, node, key.charCodeAt(i));
      const k = node === 0 || (trie.nodes[2 * node + 1] & TERMINAL) === 0 ? -1 : keyOfNode(trie, node);
      const out: GazetteerEntry[] = [];
      if (k >= 0) for (let r = trie.keyRecStart[k]; r < trie.keyRecStart[k + 1]; r++) out.push(kept[trie.recEntry[r]]);
      return out;
    },
  };
}

function buildTrie(entries: readonly GazetteerEntry[]): TrieData {
  // 1. distinct keys (numbered in order of first appearance), each with its (entry, alias)
  //    records in input order, once per entry
  const ordinal = new Map<string, number>();
  const keyStrs: string[] = [];
  const firstRec: number[] = []; // per key: the head of its record chain
  const lastRec: number[] = []; // and its tail
  const recEntryTmp: number[] = [];
  const recAliasTmp: string[] = [];
  const recNext: number[] = [];
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    const names = entry.aliases === undefined ? [entry.name] : [entry.name, ...entry.aliases];
    for (const name of names) {
      const key = fold(name);
      if (key.length === 0) continue;
      const o = ordinal.get(key);
      if (o !== undefined) {
        let dup = false;
        for (let r = firstRec[o]; r >= 0; r = recNext[r]) if (recEntryTmp[r] === e) dup = true;
        if (dup) continue;
      }
      const r = recEntryTmp.length;
      recEntryTmp.push(e);
      recAliasTmp.push(name);
      recNext.push(-1);
      if (o === undefined) {
        ordinal.set(key, keyStrs.length);
        keyStrs.push(key);
        firstRec.push(r);
        lastRec.push(r);
      } else {
        recNext[lastRec[o]] = r;
        lastRec[o] = r;
      }
    }
  }
  const keyCount = keyStrs.length;

  // 2. records grouped by key, and the keys' characters in one flat buffer
  const keyRecStart = new Int32Array(keyCount + 1);
  const recEntry = new Int32Array(recEntryTmp.length);
  const recAlias: string[] = new Array(recEntryTmp.length);
  const keyOff = new Int32Array(keyCount + 1);
  let w = 0;
  for (let k = 0; k < keyCount; k++) {
    keyRecStart[k] = w;
    keyOff[k + 1] = keyOff[k] + keyStrs[k].length;
    for (let r = firstRec[k]; r >= 0; r = recNext[r]) {
      recEntry[w] = recEntryTmp[r];
      recAlias[w] = recAliasTmp[r];
      w++;
    }
  }
  keyRecStart[keyCount] = w;
  const totalChars = keyOff[keyCount];
  const buf = new Uint16Array(totalChars);
  for (let k = 0; k < keyCount; k++) {
    const key = keyStrs[k];
    const base = keyOff[k];
    for (let i = 0; i < key.length; i++) buf[base + i] = key.charCodeAt(i);
  }

  // 3. the trie, breadth first. Node n covers the keys perm[lo[n]…hi[n]-1], which share
  //    their first depth[n] characters; processing n partitions that range by the next
  //    character (a counting sort over the characters present, an MSD radix sort spread
  //    over the levels), so no comparison sort of the keys is needed.
  const cap = totalChars + 1;
  const nodes = new Int32Array(2 * (cap + 1));
  // terminal nodes are met in increasing id order, so these two arrays come out sorted by node
  const termNode = new Int32Array(keyCount);
  const termKey = new Int32Array(keyCount);
  let terms = 0;
  const lo = new Int32Array(cap);
  const hi = new Int32Array(cap);
  const depth = new Int32Array(cap);
  const perm = new Int32Array(keyCount);
  for (let k = 0; k < keyCount; k++) perm[k] = k;
  const scratch = new Int32Array(keyCount);
  const counts = new Int32Array(0x10000);
  const present = new Int32Array(0x10000); // the distinct next characters of a node, sorted
  hi[0] = keyCount;
  let count = 1;
  for (let n = 0; n < count; n++) {
    nodes[2 * n] = count;
    const d = depth[n];
    const from = lo[n];
    const to = hi[n];
    if (to - from === 1) {
      // one key left (most nodes: the tails of names): it ends here or has one child
      const o = perm[from];
      if (keyOff[o + 1] - keyOff[o] === d) {
        termNode[terms] = n;
        termKey[terms++] = o;
        nodes[2 * n + 1] |= TERMINAL;
      } else {
        const child = count++;
        nodes[2 * child + 1] = buf[keyOff[o] + d];
        lo[child] = from;
        hi[child] = to;
        depth[child] = d + 1;
      }
      continue;
    }
    // count the next characters; a key that ends here (at most one: keys are distinct) is terminal
    let terminal = -1;
    let np = 0;
    for (let k = from; k < to; k++) {
      const o = perm[k];
      if (keyOff[o + 1] - keyOff[o] === d) {
        terminal = o;
        continue;
      }
      const c = buf[keyOff[o] + d];
      if (counts[c]++ === 0) {
        // insertion into the sorted list of distinct characters (short: an alphabet at most)
        let q = np++;
        while (q > 0 && present[q - 1] > c) {
          present[q] = present[q - 1];
          q--;
        }
        present[q] = c;
      }
    }
    if (terminal >= 0) {
      termNode[terms] = n;
      termKey[terms++] = terminal;
      nodes[2 * n + 1] |= TERMINAL;
    }
    const first = terminal >= 0 ? from + 1 : from;
    if (np === 1) {
      // one child: keep the order, only move the terminal key out of its range
      if (terminal >= 0) {
        let k = from;
        while (perm[k] !== terminal) k++;
        perm[k] = perm[from];
        perm[from] = terminal;
      }
      counts[present[0]] = to; // the end of the child's range
    } else if (np > 1) {
      let at = first;
      for (let q = 0; q < np; q++) {
        const c = present[q];
        const size = counts[c];
        counts[c] = at;
        at += size;
      }
      for (let k = from; k < to; k++) {
        const o = perm[k];
        if (o !== terminal) scratch[counts[buf[keyOff[o] + d]]++] = o; // counts[c] ends as the end of c's range
      }
      if (terminal >= 0) perm[from] = terminal;
      perm.set(scratch.subarray(first, to), first);
    }
    let at = first;
    for (let q = 0; q < np; q++) {
      const c = present[q];
      const child = count++;
      nodes[2 * child + 1] = c;
      lo[child] = at;
      hi[child] = counts[c];
      depth[child] = d + 1;
      at = counts[c];
      counts[c] = 0;
    }
  }
  nodes[2 * count] = count;
  const rootChild = new Int32Array(0x10000);
  for (let c = nodes[0]; c < nodes[2]; c++) rootChild[nodes[2 * c + 1] & 0xffff] = c;

  return {
    nodeCount: count,
    nodes: nodes.slice(0, 2 * (count + 1)),
    rootChild,
    termNode,
    termKey,
    keyRecStart,
    recEntry,
    recAlias,
  };
}
