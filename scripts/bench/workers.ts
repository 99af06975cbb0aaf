/**
 * extractMany throughput on 1 and 2 worker threads over a real Persian corpus, and the scaling
 * ratio. The lines come from scripts/bench/corpus.ts's loadPersianCorpus() when that exists, else
 * from the ParsTwiNER tweets (/work/shared/data/ner-parstwiner/train.txt); every 8 lines make one
 * document (news-article size).
 *
 *   npx tsx -e 'import("./scripts/bench/workers.ts").then(m=>m.run())'
 *   npx tsx scripts/bench/workers.ts [MB]      (corpus size, default 4)
 */
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { extractMany, isFailure } from "../../src/node/index.js";

const PARSTWINER = "/work/shared/data/ner-parstwiner/train.txt";
const LINES_PER_DOC = 8;

async function loadCorpus(bytes: number): Promise<string[]> {
  const helper = new URL("./corpus.ts", import.meta.url);
  let lines: string[] | undefined;
  if (existsSync(helper)) {
    const mod = (await import(helper.href)) as { loadPersianCorpus?: (minBytes: number) => string[] };
    lines = mod.loadPersianCorpus?.(bytes);
  }
  lines ??= readParsTwiner(PARSTWINER, bytes);
  const docs: string[] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_DOC) docs.push(lines.slice(i, i + LINES_PER_DOC).join("\n"));
  return docs;
}

/** IOB2 "token<TAB>tag" lines, a blank line between tweets → one line per tweet, repeated up to `bytes`. */
function readParsTwiner(path: string, bytes: number): string[] {
  const tweets: string[] = [];
  let tokens: string[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) tokens.push(line.slice(0, tab));
    else if (tokens.length) {
      tweets.push(tokens.join(" "));
      tokens = [];
    }
  }
  if (tokens.length) tweets.push(tokens.join(" "));
  const out: string[] = [];
  for (let size = 0; size < bytes; ) {
    for (const t of tweets) {
      out.push(t);
      if ((size += Buffer.byteLength(t)) >= bytes) break;
    }
  }
  return out;
}

async function measure(docs: string[], workers: number) {
  // Each run starts its own workers; their start-up (loading and compiling the gazetteers) is
  // reported apart: the rate is measured from the first result on.
  const t0 = performance.now();
  let tFirst = 0;
  let n = 0;
  let failed = 0;
  for await (const r of extractMany(docs, { workers })) {
    if (n === 0) tFirst = performance.now();
    n++;
    if (isFailure(r)) failed++;
  }
  const end = performance.now();
  return { startup: (tFirst - t0) / 1000, secs: (end - tFirst) / 1000, n: n - 1, failed };
}

export async function run(megabytes = 4): Promise<void> {
  const docs = await loadCorpus(megabytes * 1e6);
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
  console.log(`corpus: ${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB UTF-8; ${availableParallelism()} cores available`);
  const rates: number[] = [];
  for (const workers of [1, 2]) {
    const { startup, secs, n, failed } = await measure(docs, workers);
    const mbps = ((bytes / 1e6) * (n / docs.length)) / secs;
    rates.push(n / secs);
    console.log(
      `${workers} worker${workers > 1 ? "s" : " "}: ${(n / secs).toFixed(0)} docs/s, ${mbps.toFixed(2)} MB/s ` +
        `(${secs.toFixed(2)} s after a start-up of ${startup.toFixed(2)} s${failed ? `; ${failed} failed` : ""})`,
    );
  }
  console.log(`scaling 2 vs 1 worker: ×${(rates[1]! / rates[0]!).toFixed(2)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run(Number(process.argv[2] ?? 4));
}
