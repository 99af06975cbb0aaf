/**
 * npm run bench: every benchmark of the library, one section after another.
 * Figures are throughput (MB/s of UTF-8 input) and ratios; absolute times depend on the
 * machine. Cold-start figures need a build (`npm run build`) and are taken in fresh processes.
 */
import { run as normalizeBench } from "./bench/normalize.js";
import { run as matchBench } from "./bench/match.js";
import { run as extractBench } from "./bench/extract.js";
import { run as workersBench } from "./bench/workers.js";

const only = process.argv.slice(2);
// match runs last: its 1,000,000-entry gazetteer leaves a heap that would slow what follows
const sections: [string, () => Promise<void>][] = [
  ["normalize", normalizeBench],
  ["extract", extractBench],
  // a corpus large enough that each worker's JIT warm-up does not dominate
  ["workers", () => workersBench(16)],
  ["match", matchBench],
];
for (const [name, run] of sections) {
  if (only.length > 0 && !only.includes(name)) continue;
  await run();
  console.log();
}
