// `parsigraph extract`: documents in, graphs out, in input order, with bounded work in flight.
import type { Writable } from "node:stream";
import { mapOrdered } from "../node/ordered.js";
import type { Command } from "./args.js";
import { createEngine } from "./engine.js";
import { getFormat } from "./formats.js";
import { isCorpus, planInputs, readDocuments, type SourceDoc } from "./inputs.js";
import { createProgress } from "./progress.js";
import { dirSink, streamSink } from "./sinks.js";
import { UsageError } from "./usage-error.js";

export interface Io {
  stdout: Writable;
  /** Where per-document errors go (one line each). */
  report(message: string): void;
}

type Outcome = { doc: SourceDoc; json: string } | { doc: SourceDoc; error: string };

export async function runExtract(cmd: Extract<Command, { kind: "extract" }>, io: Io): Promise<number> {
  const sources = planInputs(cmd.files, cmd.input);
  const corpus = isCorpus(sources);
  const format = getFormat(cmd.format, { table: cmd.table });
  if (corpus && cmd.out === undefined && !format.many)
    throw new UsageError(`--format ${cmd.format} writes one file per document: use --out DIR for several documents`);

  const progress = createProgress(sources, cmd.progress);
  const sink = cmd.out === undefined ? streamSink(io.stdout, format, corpus) : await dirSink(cmd.out, format);
  // One document gains nothing from threads but their start-up time: it runs in this thread,
  // unless a timeout is asked for (only a worker can be stopped mid-document).
  const inThread = cmd.workers === 0 || (!corpus && cmd.timeoutMs === undefined);
  const engine = await createEngine({
    workers: inThread ? 0 : Math.max(cmd.workers, 1),
    pipelineModule: cmd.pipeline,
    timeoutMs: cmd.timeoutMs,
  });
  const report = progress.active ? (m: string) => progress.log(m) : io.report;
  let failed = 0;

  const run = async (doc: SourceDoc): Promise<Outcome> => {
    if (doc.text === undefined) return { doc, error: doc.problem ?? "no text" };
    try {
      return { doc, json: await engine.extractJson(doc.text) };
    } catch (e) {
      return { doc, error: `extraction failed: ${(e as Error).message}` };
    }
  };

  try {
    const docs = readDocuments(sources, progress.active ? { onBytes: (n) => progress.bytes(n) } : {});
    for await (const r of mapOrdered(docs, run, engine.inFlight)) {
      if ("error" in r) {
        failed++;
        report(`${r.doc.where}: ${r.error}`);
      } else {
        await sink.write(r.json, r.doc.id);
      }
      progress.doc("error" in r);
    }
    await sink.close();
  } finally {
    progress.done();
    await engine.close();
  }
  return failed > 0 ? 1 : 0;
}
