// The worker thread: builds one pipeline, then extracts the texts it is sent, one at a time.
// Built to dist/worker.js; under tsx/vitest it runs from source (see worker-url.ts).
import { parentPort, workerData } from "node:worker_threads";
// Through the public entry: the build keeps this import external (dist/index.js), see tsup.config.ts.
import { createPipeline, type PipelineOptions } from "../index.js";
import { serializeError, type ReplyMessage, type TaskMessage, type WorkerInit } from "./protocol.js";

const init = (workerData ?? {}) as WorkerInit;
const port = parentPort;
if (!port) throw new Error("parsigraph worker: must run inside worker_threads");

async function loadOptions(): Promise<PipelineOptions> {
  let fromModule: PipelineOptions = {};
  if (init.pipelineModule) {
    const mod = (await import(init.pipelineModule)) as { default?: unknown };
    const exported = mod.default;
    const value = typeof exported === "function" ? await (exported as () => unknown)() : exported;
    if (value && typeof value === "object") fromModule = value as PipelineOptions;
  }
  return { ...fromModule, ...(init.pipeline ?? {}) };
}

const pipeline = createPipeline(await loadOptions());

// Messages sent before the listener exists are buffered by the port, so the
// top-level await above loses nothing.
port.on("message", (msg: TaskMessage) => {
  let reply: ReplyMessage;
  try {
    const graph = pipeline.extract(msg.text);
    reply = msg.json ? { seq: msg.seq, ok: true, json: JSON.stringify(graph) } : { seq: msg.seq, ok: true, graph };
  } catch (e) {
    reply = { seq: msg.seq, ok: false, error: serializeError(e) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies ReplyMessage);
