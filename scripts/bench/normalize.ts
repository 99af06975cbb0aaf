import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { normalize as normalizeFromSource } from "../../src/text/normalize.js";
import { loadPersianCorpus, repoRoot } from "./corpus.js";

let normalize = normalizeFromSource;

function utf8Bytes(lines: string[]): number {
  let n = 0;
  for (const l of lines) n += Buffer.byteLength(l, "utf8");
  return n;
}

let lastCpu = 0;

/** Wall time of one pass over the lines; the CPU time of the same pass is left in lastCpu. */
function timeLines(lines: string[]): number {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let sink = 0;
  for (const l of lines) sink += normalize(l).text.length;
  const t = performance.now() - t0;
  const c = process.cpuUsage(c0);
  lastCpu = (c.user + c.system) / 1000;
  if (sink < 0) console.log(sink);
  return t;
}

function best(runs: number, f: () => number): number {
  let b = Infinity;
  for (let i = 0; i < runs; i++) b = Math.min(b, f());
  return b;
}

/**
 * Cold start in a fresh node process: import + one call, timed inside the child. Measures
 * the built dist/index.js when it exports normalize(); otherwise a throw-away esbuild bundle
 * of src/text/normalize.ts in .bench/ (what a user's bundler would ship). tsx is not used:
 * its on-the-fly transpiling would be most of the time.
 */
async function coldStart(): Promise<string> {
  const script = (url: string) =>
    `const t0=performance.now();const m=await import(${JSON.stringify(url)});const t1=performance.now();m.normalize("رييس جمهور مي گويد كه 12 كتاب ها");const t2=performance.now();console.log((t2-t0).toFixed(1)+" ms (import "+(t1-t0).toFixed(1)+" + first call "+(t2-t1).toFixed(1)+")");`;
  const runChild = (file: string) => {
    const runs: string[] = [];
    for (let i = 0; i < 3; i++) runs.push(execFileSync(process.execPath, ["--input-type=module", "-e", script(pathToFileURL(file).href)], { cwd: repoRoot, encoding: "utf8" }).trim());
    // the fastest of three fresh processes
    return runs.sort((a, b) => parseFloat(a) - parseFloat(b))[0];
  };
  const results: string[] = [];
  try {
    const spec = "esbuild"; // installed with tsup/tsx; a variable so tsc does not need its types
    const esbuild = (await import(spec)) as { build(o: object): Promise<unknown> };
    const out = path.join(repoRoot, ".bench/normalize-cold.mjs");
    mkdirSync(path.dirname(out), { recursive: true });
    await esbuild.build({ entryPoints: [path.join(repoRoot, "src/text/normalize.ts")], bundle: true, format: "esm", platform: "neutral", outfile: out, logLevel: "silent" });
    results.push(`${runChild(out)} [esbuild bundle of src/text/normalize.ts with zod, best of 3 processes]`);
  } catch (e) {
    results.push(`bundle not measured: ${(e as Error).message.split("\n")[0]}`);
  }
  const dist = path.join(repoRoot, "dist/index.js");
  if (existsSync(dist) && /\bnormalize\b/.test(readFileSync(dist, "utf8"))) {
    try {
      results.push(`${runChild(dist)} [whole built library dist/index.js]`);
    } catch {
      // dist/ may be stale or not export normalize yet
    }
  }
  return results.join("; ");
}

export async function run(): Promise<void> {
  console.log("## normalize()");
  // the built library when there is one (what users run), else the sources under tsx
  const dist = path.join(repoRoot, "dist/index.js");
  if (existsSync(dist) && /\bnormalize\b/.test(readFileSync(dist, "utf8"))) normalize = ((await import(pathToFileURL(dist).href)) as { normalize: typeof normalize }).normalize;
  console.log(`library: ${normalize === normalizeFromSource ? "src (tsx)" : "dist/index.js"}`);
  const lines = loadPersianCorpus(4 * 1024 * 1024);
  const bytes = utf8Bytes(lines);
  timeLines(lines.slice(0, 20000)); // warm up
  let bestCpu = Infinity;
  const t = best(5, () => {
    const w = timeLines(lines);
    bestCpu = Math.min(bestCpu, lastCpu);
    return w;
  });
  const mbs = (ms: number) => ((bytes / 1e6) / (ms / 1000)).toFixed(1);
  // CPU time is shown too: on a busy machine wall time also counts other processes' turns
  console.log(`throughput: ${mbs(t)} MB/s wall, ${mbs(bestCpu)} MB/s by CPU time (${lines.length} lines, ${(bytes / 1e6).toFixed(2)} MB UTF-8, one call per line, best of 5)`);

  // linearity: one call over 1× and 10× the same text
  const one = loadPersianCorpus(512 * 1024).join("\n");
  const ten = Array.from({ length: 10 }, () => one).join("\n");
  // both sizes warmed once (the first call at a size allocates its buffers), then best of 5
  normalize(one);
  normalize(ten);
  const t1 = best(5, () => {
    const t0 = performance.now();
    normalize(one);
    return performance.now() - t0;
  });
  const t10 = best(5, () => {
    const t0 = performance.now();
    normalize(ten);
    return performance.now() - t0;
  });
  const ratio = t10 / 10 / t1;
  console.log(`linearity: 1× ${t1.toFixed(1)} ms, 10× ${t10.toFixed(1)} ms, per-unit ratio ${ratio.toFixed(2)} (${ratio <= 1.1 ? "ok ≤ 1.1" : "ABOVE 1.1"})`);
  console.log(`cold start (import + first call, fresh node): ${await coldStart()}`);
}

const invoked = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(repoRoot, "scripts/bench/normalize.ts");
if (invoked) await run();
