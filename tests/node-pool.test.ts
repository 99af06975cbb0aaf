// parsigraph/node: extractMany over worker threads. Under vitest the workers run from
// src/node/worker.ts through tsx (see src/node/worker-url.ts), so no build is needed.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { DocumentGraphSchema, type DocumentGraph } from "../src/models/graph.js";
import { extractMany, isFailure, type ExtractResult } from "../src/node/index.js";

const TEXTS = [
  "وزیر امور خارجه ایران روز سه‌شنبه در تهران با همتای ترکیه‌ای خود دیدار و گفت‌وگو کرد.",
  "به گزارش خبرگزاری ایرنا، رئیس‌جمهور گفت: «اقتصاد کشور در سال آینده رشد خواهد کرد.»",
  "سازمان ملل متحد از افزایش شمار پناهجویان در آسیای مرکزی خبر داد.",
  "نخست‌وزیر پاکستان پس از سفر به پکن گفت که روابط دو کشور راهبردی است.",
  "باران شدید در شهر شیراز موجب آب‌گرفتگی خیابان‌ها شد.",
  "امامعلی رحمان، رئیس جمهور تاجیکستان، روز پنجشنبه در دوشنبه با هیئتی از قزاقستان دیدار کرد.",
];

// Long documents first, short ones after: with two workers the short ones finish earlier, so
// input order has to be restored by the pool, not by luck.
const CORPUS = [
  TEXTS[0]!.repeat(60),
  TEXTS[1]!.repeat(40),
  ...TEXTS,
  TEXTS[2]!.repeat(30),
  ...TEXTS.slice().reverse(),
];

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe("extractMany on worker threads", () => {
  it("returns, in input order, exactly what extract() returns in this thread", async () => {
    const results = await collect(extractMany(CORPUS, { workers: 2 }));
    expect(results).toHaveLength(CORPUS.length);
    results.forEach((r, i) => {
      expect(isFailure(r)).toBe(false);
      const g = r as DocumentGraph;
      expect(g.text).toBe(CORPUS[i]);
      expect(DocumentGraphSchema.safeParse(g).success).toBe(true);
      expect(g).toEqual(extract(CORPUS[i]!));
    });
  });

  it("takes {id, text} records, from an async source, and reports a bad one without stopping", async () => {
    async function* source() {
      yield { id: "n1", text: TEXTS[0]! };
      yield { id: "bad", text: 1234 as unknown as string };
      yield { id: "n3", text: TEXTS[2]! };
      yield { id: "nothing" } as unknown as { id: string; text: string };
      yield { id: "n5", text: TEXTS[4]! };
    }
    const results: ExtractResult[] = await collect(extractMany(source(), { workers: 2 }));
    expect(results.map((r) => r.id)).toEqual(["n1", "bad", "n3", "nothing", "n5"]);
    const [a, bad, c, nothing, e] = results;
    expect("graph" in a! && a.graph.text).toBe(TEXTS[0]);
    expect("graph" in c! && c.graph.text).toBe(TEXTS[2]);
    expect("graph" in e! && e.graph.text).toBe(TEXTS[4]);
    expect(isFailure(bad)).toBe(true);
    expect(isFailure(bad) && bad.error.message).toMatch(/not a string/);
    expect(isFailure(nothing) && nothing.error.message).toMatch(/missing text/);
  });

  it("pulls no more than 2 × workers documents ahead of what it has yielded", async () => {
    let pulled = 0;
    function* endless() {
      for (let i = 0; ; i++) {
        pulled++;
        yield TEXTS[i % TEXTS.length]!;
      }
    }
    let received = 0;
    let maxAhead = 0;
    for await (const r of extractMany(endless(), { workers: 2 })) {
      expect(isFailure(r)).toBe(false);
      received++;
      maxAhead = Math.max(maxAhead, pulled - received);
      if (received === 25) break; // early return() ends the endless run
    }
    expect(maxAhead).toBeLessThanOrEqual(4);
    expect(maxAhead).toBeGreaterThanOrEqual(1); // it does work ahead, too
  });

  it("an empty input yields nothing", async () => {
    expect(await collect(extractMany([], { workers: 2 }))).toEqual([]);
  });

  it("rejects a nonsensical worker count", async () => {
    await expect(collect(extractMany(TEXTS, { workers: 0 }))).rejects.toThrow(RangeError);
  });

  it("imports pipelineModule in every worker (how custom extractors reach the threads)", async () => {
    const pipelineModule = fileURLToPath(new URL("./fixtures/node-pool/no-extractors.ts", import.meta.url));
    const results = await collect(extractMany(TEXTS, { workers: 2, pipelineModule }));
    expect(results).toHaveLength(TEXTS.length);
    results.forEach((r, i) => {
      expect(isFailure(r)).toBe(false);
      expect((r as DocumentGraph).text).toBe(TEXTS[i]);
      expect((r as DocumentGraph).nodes).toEqual([]);
    });
    // …where the default pipeline does find something in the same texts.
    expect(TEXTS.some((t) => extract(t).nodes.length > 0)).toBe(true);
  });

  // the runaway document never finishes by itself: the test's timeout (not an assertion on
  // elapsed time) would catch a pool that failed to stop it
  it("an extractor that throws fails its document only; a runaway one is stopped by timeoutMs", { timeout: 30_000 }, async () => {
    const pipelineModule = fileURLToPath(new URL("./fixtures/node-pool/trouble.ts", import.meta.url));
    const docs = [
      { id: "ok-1", text: TEXTS[0]! },
      { id: "throws", text: "این گزارش یک خطا دارد." },
      { id: "ok-2", text: TEXTS[1]! },
      { id: "loops", text: "حلقه‌ای بی‌پایان در این متن است." },
      { id: "ok-3", text: TEXTS[2]! },
      { id: "ok-4", text: TEXTS[3]! },
    ];
    const results = await collect(extractMany(docs, { workers: 2, pipelineModule, timeoutMs: 1500 }));
    expect(results.map((r) => r.id)).toEqual(docs.map((d) => d.id));
    const byId = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(isFailure(byId.throws) && byId.throws.error.message).toBe("این متن خطا دارد");
    expect(isFailure(byId.loops) && byId.loops.error.message).toMatch(/timed out after 1500 ms/);
    for (const id of ["ok-1", "ok-2", "ok-3", "ok-4"]) {
      const r = byId[id]!;
      expect(isFailure(r)).toBe(false);
      expect("graph" in r && r.graph).toEqual(extract(docs.find((d) => d.id === id)!.text));
    }
  });

  it("refuses pipeline options that cannot cross a thread boundary, with advice", async () => {
    const gen = extractMany(TEXTS, { workers: 1, pipeline: { extractors: (d: readonly unknown[]) => d } as never });
    await expect(gen.next()).rejects.toThrow(/pipelineModule/);
  });

  it("shuts the pool down at the end and on an early break: the process exits by itself", async () => {
    const script = fileURLToPath(new URL("./fixtures/node-pool/early-return.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const code = await new Promise<number | null | "hung">((resolve) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        resolve("hung");
      }, 30_000);
      child.on("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(err).toBe("");
    expect(code).toBe(0);
    const [first, all] = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(first.first).toBe("گزارش شماره 1 از خبرنگار ما در اصفهان.");
    expect(all.all).toBe(5);
  });
});
