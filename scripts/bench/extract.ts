import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { repoRoot } from "./corpus.js";

/** News texts: the documents of ../shared/eval (read at run time, never copied into the repo). */
function newsTexts(): string[] {
  const out: string[] = [];
  for (const f of ["seed.jsonl", "dev.jsonl"]) {
    const file = path.resolve(repoRoot, "../shared/eval", f);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, "utf8").split("\n")) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  }
  return out;
}

/**
 * extract() throughput on news text with the shipped gazetteers (one call per document,
 * best of several rounds after a warm-up), and cold start: import of the built library and
 * the first extract() in a fresh node process.
 */
export async function run(): Promise<void> {
  console.log("## extract()");
  const docs = newsTexts();
  if (docs.length === 0) {
    console.log("no news texts found under ../shared/eval: skipped");
    return;
  }
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, "utf8"), 0);
  // the built library when there is one (what users run), else the sources
  const dist = path.join(repoRoot, "dist/index.js");
  const { createPipeline } = (existsSync(dist) ? await import(pathToFileURL(dist).href) : await import("../../src/index.js")) as typeof import("../../src/index.js");
  console.log(`library: ${existsSync(dist) ? "dist/index.js" : "src (tsx)"}`);
  const t0 = performance.now();
  const pipeline = createPipeline();
  const compileMs = performance.now() - t0;
  const rounds = Math.max(3, Math.ceil(2e6 / bytes));
  // warm-up: the JIT needs a few MB of varied documents before the code runs at full speed
  const warm = performance.now();
  while (performance.now() - warm < 3000) for (const d of docs) pipeline.extract(d);
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const s = performance.now();
    for (let k = 0; k < rounds; k++) for (const d of docs) pipeline.extract(d);
    best = Math.min(best, performance.now() - s);
  }
  const mbs = (bytes * rounds) / 1e6 / (best / 1000);
  console.log(`pipeline compile (shipped gazetteers, warm process): ${compileMs.toFixed(1)} ms`);
  console.log(`throughput: ${mbs.toFixed(2)} MB/s over ${docs.length} news documents × ${rounds} (${((bytes * rounds) / 1e6).toFixed(2)} MB UTF-8, best of 5); ${(mbs / 1.1).toFixed(1)}× hazm's normalizer alone (1.1 MB/s)`);
  console.log(`cold start (import + first extract, fresh node): ${coldStart()}`);
}

function coldStart(): string {
  const dist = path.join(repoRoot, "dist/index.js");
  if (!existsSync(dist)) return "not measured: run `npm run build` first";
  const url = pathToFileURL(dist).href;
  const script = `const t0=performance.now();const m=await import(${JSON.stringify(url)});const t1=performance.now();m.extract("امامعلی رحمان، رئیس جمهور تاجیکستان روز دوشنبه در دوشنبه گفت که همکاری ادامه دارد.");const t2=performance.now();console.log(JSON.stringify([t2-t0,t1-t0,t2-t1]));`;
  const runs: number[][] = [];
  for (let i = 0; i < 5; i++)
    runs.push(JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: repoRoot, encoding: "utf8" }).trim()) as number[]);
  runs.sort((a, b) => a[0] - b[0]);
  const [total, imp, first] = runs[Math.floor(runs.length / 2)];
  return `${total.toFixed(1)} ms (import ${imp.toFixed(1)} + first extract ${first.toFixed(1)}; median of 5 processes, dist/index.js)`;
}

const invoked = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(repoRoot, "scripts/bench/extract.ts");
if (invoked) await run();
