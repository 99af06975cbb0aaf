/**
 * Memory and throughput of the built CLI on a large JSONL corpus: generates N MB of JSONL in
 * /tmp (default 200; never inside the project), runs `node dist/cli.js extract FILE --format jsonl`
 * with stdout to /dev/null, and reports peak RSS (worker threads included: they share the
 * process) and throughput. Peak RSS comes from /usr/bin/time -v when present, else from polling
 * VmHWM in /proc/<pid>/status.
 *
 *   npm run build && npx tsx scripts/bench/cli-memory.ts [MB] [--workers N] [--keep]
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, openSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = `${ROOT}dist/cli.js`;

// Sentences of our own; numbers and the rotation make every document different.
const SENTENCES = [
  "به گزارش خبرنگار ما، وزیر امور خارجه ایران روز {n} در تهران با سفیر ژاپن دیدار کرد.",
  "سخنگوی دولت گفت: «بودجه سال آینده تا پایان ماه {n} به مجلس تقدیم می‌شود.»",
  "سازمان ملل متحد اعلام کرد که {n} هزار نفر در سیل اخیر پاکستان آواره شده‌اند.",
  "رئیس جمهور تاجیکستان در دوشنبه با هیئتی {n} نفره از چین گفت‌وگو کرد.",
  "بانک مرکزی از کاهش {n} درصدی تورم در سه ماه گذشته خبر داد.",
  "خبرگزاری اسپوتنیک گزارش داد که نشست بعدی در مسکو و احتمالاً در ماه {n} برگزار می‌شود.",
  "نماینده اتحادیه اروپا در ژنو گفت که مذاکرات هسته‌ای هنوز به نتیجه {n} نرسیده است.",
  "شهردار اصفهان از آغاز مرمت {n} بنای تاریخی در میدان نقش جهان خبر داد.",
];

async function generate(path: string, megabytes: number): Promise<{ docs: number; bytes: number }> {
  const out = createWriteStream(path);
  const target = megabytes * 1024 * 1024;
  let bytes = 0;
  let docs = 0;
  while (bytes < target) {
    const k = 2 + (docs % 9);
    const parts: string[] = [];
    for (let i = 0; i < k; i++) parts.push(SENTENCES[(docs + i * 3) % SENTENCES.length]!.replace("{n}", String((docs * 7 + i) % 1000)));
    const line = JSON.stringify({ id: `doc-${docs}`, text: parts.join(" ") }) + "\n";
    bytes += Buffer.byteLength(line);
    docs++;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return { docs, bytes };
}

function parseArgs(argv: string[]) {
  const mb = Number(argv.find((a) => /^\d+(\.\d+)?$/.test(a)) ?? 200);
  const wi = argv.indexOf("--workers");
  const workers = wi >= 0 ? argv[wi + 1] : undefined;
  return { mb, workers, keep: argv.includes("--keep") };
}

async function runCli(file: string, workers: string | undefined) {
  const args = [CLI, "extract", file, "--format", "jsonl", "--no-progress", ...(workers ? ["--workers", workers] : [])];
  const useTime = existsSync("/usr/bin/time");
  const [cmd, argv] = useTime ? ["/usr/bin/time", ["-v", process.execPath, ...args]] : [process.execPath, args];
  const devnull = openSync("/dev/null", "w");
  const t0 = performance.now();
  const child = spawn(cmd, argv, { stdio: ["ignore", devnull, "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  let polledKb = 0;
  const poll = useTime
    ? undefined
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
          if (m) polledKb = Math.max(polledKb, Number(m[1]));
        } catch {
          /* process gone */
        }
      }, 50);
  const [code] = (await once(child, "exit")) as [number | null];
  if (poll) clearInterval(poll);
  const secs = (performance.now() - t0) / 1000;
  const timeKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const peakKb = timeKb ? Number(timeKb[1]) : polledKb;
  const cliErrors = stderr.split("\n").filter((l) => l.startsWith("parsigraph:"));
  return { code, secs, peakKb, cliErrors, source: timeKb ? "/usr/bin/time -v" : "VmHWM polling" };
}

export async function run(argv: string[] = process.argv.slice(2)): Promise<void> {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  const { mb, workers, keep } = parseArgs(argv);
  const file = `/tmp/parsigraph-cli-memory-${mb}mb.jsonl`;
  const reuse = existsSync(file);
  const gen = reuse ? { docs: NaN, bytes: statSync(file).size } : await generate(file, mb);
  console.log(`input: ${file} ${(gen.bytes / 1048576).toFixed(0)} MiB${reuse ? " (reused)" : `, ${gen.docs} documents`}`);
  const r = await runCli(file, workers);
  console.log(`exit ${r.code}; ${r.cliErrors.length} document errors`);
  for (const e of r.cliErrors.slice(0, 3)) console.log(`  ${e}`);
  console.log(`wall ${r.secs.toFixed(1)} s, ${(gen.bytes / 1048576 / r.secs).toFixed(2)} MiB/s` + (reuse ? "" : `, ${(gen.docs / r.secs).toFixed(0)} docs/s`));
  console.log(`peak RSS ${(r.peakKb / 1024).toFixed(0)} MiB (${r.source})`);
  if (!keep) unlinkSync(file);
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) await run();
