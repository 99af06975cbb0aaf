/**
 * Gazetteer matcher benchmark: compile time and memory of the shipped gazetteers and of
 * 1,000,000 synthetic entries, and match() throughput on real Persian text with both.
 * Throughput counts the UTF-8 bytes of the original text over the time of match() alone
 * (tokens are prepared beforehand).
 *
 *   npx tsx -e 'import("./scripts/bench/match.ts").then(m=>m.run())'
 */
import { readFileSync } from "node:fs";
import { compileGazetteer, type CompiledGazetteer } from "../../src/gazetteer/compile.js";
import { SHIPPED_FILES, shippedEntries } from "../../src/gazetteer/shipped.js";
import { loadEntries } from "../../src/gazetteer/load.js";
import type { MatchView } from "../../src/gazetteer/match.js";
import type { GazetteerEntry } from "../../src/models/gazetteer.js";
import { identityText } from "../../src/text/offset-map.js";
import { tokenize } from "../../src/text/tokenize.js";

const CORPUS_BYTES = 4 << 20;
const SYNTHETIC = 1_000_000;

export async function run(): Promise<void> {
  const text = await corpus(CORPUS_BYTES);
  const bytes = new TextEncoder().encode(text).length;
  // one view per line block of ~64 KB, as documents would come
  const views = toViews(text);
  const tokenCount = views.reduce((s, v) => s + v.tokens.length, 0);
  console.log(`corpus: ${(bytes / 1e6).toFixed(2)} MB UTF-8, ${views.length} documents, ${tokenCount} tokens`);

  // shipped gazetteers
  const t0 = performance.now();
  const shipped = shippedEntries();
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  for (const [file, data] of SHIPPED_FILES) loadEntries(data, file);
  const validateMs = performance.now() - t1;
  const shippedCompile = measureCompile(shipped, 20);
  console.log(
    `shipped: ${shipped.length} entries, load ${loadMs.toFixed(1)} ms, zod validation (cold, not done at run time) ${validateMs.toFixed(1)} ms, ` +
      `compile ${shippedCompile.ms.toFixed(2)} ms (median of 20), ${shippedCompile.gaz.keyCount} keys, ` +
      `${shippedCompile.gaz.nodeCount} nodes, heap Δ ${mb(shippedCompile.heap)} MB, arrayBuffers Δ ${mb(shippedCompile.buffers)} MB`,
  );
  const shippedMatches = countMatches(shippedCompile.gaz, views);

  // synthetic
  const synthetic = syntheticEntries(SYNTHETIC, 42);
  const big = measureCompile(synthetic, 1);
  console.log(
    `synthetic: ${SYNTHETIC} entries, compile ${big.ms.toFixed(0)} ms, ${big.gaz.keyCount} keys, ${big.gaz.nodeCount} nodes, ` +
      `heap Δ ${mb(big.heap)} MB, arrayBuffers Δ ${mb(big.buffers)} MB`,
  );
  const bigMatches = countMatches(big.gaz, views);

  // throughput: best of several rounds, the two gazetteers alternating so that a busy
  // machine slows both alike
  let bestShipped = Infinity;
  let bestBig = Infinity;
  for (let r = 0; r < 7; r++) {
    bestShipped = Math.min(bestShipped, timeMatch(shippedCompile.gaz, views));
    bestBig = Math.min(bestBig, timeMatch(big.gaz, views));
  }
  const shippedRate = bytes / 1e6 / (bestShipped / 1000);
  const bigRate = bytes / 1e6 / (bestBig / 1000);
  console.log(`shipped: match ${shippedRate.toFixed(1)} MB/s, ${shippedMatches} matches`);
  console.log(`synthetic: match ${bigRate.toFixed(1)} MB/s, ${bigMatches} matches`);
  const ratio = shippedRate / bigRate;
  console.log(`throughput ratio shipped/synthetic: ${ratio.toFixed(2)}× (${ratio <= 2 ? "ok, ≤ 2×" : "TOO SLOW, > 2×"})`);
}

function mb(n: number): string {
  return (n / 1048576).toFixed(1);
}

function measureCompile(entries: readonly GazetteerEntry[], runs: number) {
  const times: number[] = [];
  let gaz!: CompiledGazetteer;
  let heap = 0;
  let buffers = 0;
  for (let r = 0; r < runs; r++) {
    gc();
    const before = process.memoryUsage();
    const t = performance.now();
    gaz = compileGazetteer(entries);
    times.push(performance.now() - t);
    if (r === 0) {
      // what the compiled gazetteer keeps alive (later runs free the previous one meanwhile)
      gc();
      const after = process.memoryUsage();
      heap = after.heapUsed - before.heapUsed;
      buffers = after.arrayBuffers - before.arrayBuffers;
    }
  }
  times.sort((a, b) => a - b);
  return { gaz, ms: times[times.length >> 1], heap, buffers };
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function countMatches(gaz: CompiledGazetteer, views: MatchView[]): number {
  let matches = 0;
  for (const v of views) matches += gaz.match(v).length; // also the warm-up
  return matches;
}

function timeMatch(gaz: CompiledGazetteer, views: MatchView[]): number {
  const t = performance.now();
  for (const v of views) gaz.match(v);
  return performance.now() - t;
}

function toViews(text: string): MatchView[] {
  const views: MatchView[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + 65536);
    const nl = text.indexOf("\n", to);
    to = nl < 0 ? text.length : nl + 1;
    const normalized = identityText(text.slice(from, to));
    views.push({ tokens: tokenize(normalized), normalized });
    from = to;
  }
  return views;
}

/** Random names of 1–4 words, each of 3–8 Persian letters, from a seeded generator. */
function syntheticEntries(count: number, seed: number): GazetteerEntry[] {
  const letters = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی";
  let s = seed >>> 0;
  const rand = (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return ((s >>> 8) * n) >>> 24;
  };
  const out: GazetteerEntry[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const words: string[] = [];
    const nw = 1 + rand(4);
    for (let w = 0; w < nw; w++) {
      let word = "";
      const len = 3 + rand(6);
      for (let k = 0; k < len; k++) word += letters[rand(letters.length)];
      words.push(word);
    }
    out[i] = { id: `location:s${i}`, kind: "location", name: words.join(" "), source: "synthetic" };
  }
  return out;
}

/** The shared corpus loader (scripts/bench/corpus.ts) when it exists; else the ParsTwiNER training tweets joined into lines. */
async function corpus(minBytes: number): Promise<string> {
  try {
    const spec = "./corpus.js"; // a variable: the file may not exist yet, and tsc must not insist
    const mod = (await import(spec)) as { loadPersianCorpus?: (n: number) => string | string[] };
    if (typeof mod.loadPersianCorpus === "function") {
      const c = mod.loadPersianCorpus(minBytes);
      return Array.isArray(c) ? c.join("\n") : c;
    }
  } catch {
    // not written yet: fall back below
  }
  const raw = readFileSync("/work/shared/data/ner-parstwiner/train.txt", "utf8");
  const lines: string[] = [];
  let words: string[] = [];
  for (const line of raw.split("\n")) {
    const tab = line.indexOf("\t");
    if (line.trim() === "") {
      if (words.length > 0) lines.push(words.join(" "));
      words = [];
    } else words.push(tab < 0 ? line.trim() : line.slice(0, tab));
  }
  if (words.length > 0) lines.push(words.join(" "));
  let text = lines.join("\n");
  const base = text;
  while (new TextEncoder().encode(text).length < minBytes) text += "\n" + base;
  return text;
}
