// A small worker_threads pool. Each worker holds up to PER_WORKER documents: the one it is
// working on and the next ones, so it never idles for a round trip through the main thread
// between documents (that round trip costs as much as a short document, and on a machine with as
// many workers as cores the main thread is often descheduled). Callers bound the total in flight. Workers start lazily (one document never
// starts eight threads); idle workers are unref'd so a forgotten pool does not keep the process
// alive; a crashed or timed-out worker fails only the document it was working on, the one queued
// behind it goes back to the queue, and a fresh worker takes over.
import { Worker } from "node:worker_threads";
import type { DocumentGraph } from "../models/graph.js";
import { deserializeError, type ReplyMessage, type WorkerInit } from "./protocol.js";
import { resolveWorker } from "./worker-url.js";

interface Task {
  seq: number;
  text: string;
  json: boolean;
  resolve(result: DocumentGraph | string): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** Sent to this worker, in the order it works on them; the first is in progress. */
  tasks: Task[];
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the worker has built its pipeline: one that dies before that points at a broken setup. */
  ready: boolean;
}

/** Documents sent ahead to one worker (8 rather than 2: the CLI on 2 cores went from ×1.12 to ×1.23 with 2 workers). */
const PER_WORKER = 8;
/** How many workers in a row may die before getting ready before the pool gives up. */
const MAX_STARTUP_FAILURES = 3;

export interface PoolOptions {
  size: number;
  init?: WorkerInit;
  /**
   * Longest time one document may take; past it the worker is terminated (a runaway extractor
   * cannot be interrupted any other way), the document fails, and a fresh worker takes over.
   */
  timeoutMs?: number;
}

export class WorkerPool {
  readonly size: number;
  private readonly init: WorkerInit;
  private readonly timeoutMs: number | undefined;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private seq = 0;
  private closed = false;
  private startupFailures = 0;
  private fatal: Error | undefined;

  constructor(options: PoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError("workers must be an integer ≥ 1");
    this.size = options.size;
    this.init = options.init ?? {};
    this.timeoutMs = options.timeoutMs;
    if (this.timeoutMs !== undefined && !(this.timeoutMs > 0)) throw new RangeError("timeoutMs must be > 0");
    try {
      structuredClone(this.init);
    } catch {
      // Checked here, not at the first spawn, so the message can say what to do instead.
      throw new TypeError(
        "pipeline options must be plain data to reach the worker threads (no functions such as custom " +
          "extractors): put them in a module and pass its path as `pipelineModule`",
      );
    }
  }

  /** Number of live worker threads (for tests and progress output). */
  get threads(): number {
    return this.slots.length;
  }

  /** Extracts one text on some worker. Rejects with the extractor's error. */
  run(text: string): Promise<DocumentGraph> {
    return this.submit(text, false) as Promise<DocumentGraph>;
  }

  /** Like run(), but the graph comes back as JSON text, serialized in the worker. */
  runJson(text: string): Promise<string> {
    return this.submit(text, true) as Promise<string>;
  }

  private submit(text: string, json: boolean): Promise<DocumentGraph | string> {
    if (this.closed) return Promise.reject(new Error("worker pool is closed"));
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise<DocumentGraph | string>((resolve, reject) => {
      this.queue.push({ seq: this.seq++, text, json, resolve, reject });
      this.pump();
    });
  }

  /** Terminates every worker; tasks still waiting are rejected. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const err = new Error("worker pool is closed");
    for (const t of this.queue.splice(0)) t.reject(err);
    const slots = this.slots.splice(0);
    for (const s of slots) {
      clearTimeout(s.timer);
      for (const t of s.tasks.splice(0)) t.reject(err);
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.pickSlot();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.tasks.push(task);
      slot.worker.ref();
      slot.worker.postMessage({ seq: task.seq, text: task.text, json: task.json });
      if (slot.tasks.length === 1) this.startTimer(slot);
    }
  }

  /** An idle worker, else a new one while under `size`, else the least loaded one with room. */
  private pickSlot(): Slot | undefined {
    const idle = this.slots.find((s) => s.tasks.length === 0);
    if (idle) return idle;
    if (this.slots.length < this.size) return this.spawn();
    let best: Slot | undefined;
    for (const s of this.slots) if (s.tasks.length < PER_WORKER && (!best || s.tasks.length < best.tasks.length)) best = s;
    return best;
  }

  /** The clock of a document starts when its worker is ready and gets to it. */
  private startTimer(slot: Slot): void {
    const ms = this.timeoutMs;
    clearTimeout(slot.timer);
    slot.timer = undefined;
    if (ms === undefined || !slot.ready || slot.tasks.length === 0) return;
    slot.timer = setTimeout(() => {
      this.lose(slot, new Error(`timed out after ${ms} ms`));
      void slot.worker.terminate();
    }, ms);
  }

  private spawn(): Slot {
    const worker = new Worker(resolveWorker().url, { workerData: this.init });
    const slot: Slot = { worker, tasks: [], timer: undefined, ready: false };
    worker.on("message", (msg: ReplyMessage) => {
      if ("ready" in msg) {
        slot.ready = true;
        this.startupFailures = 0;
        this.startTimer(slot);
        return;
      }
      if (slot.tasks[0]?.seq !== msg.seq) return;
      const task = slot.tasks.shift()!;
      this.startTimer(slot);
      if (slot.tasks.length === 0) worker.unref();
      if (msg.ok) task.resolve("json" in msg ? msg.json : msg.graph);
      else task.reject(deserializeError(msg.error));
      this.pump();
    });
    worker.on("error", (e) => this.lose(slot, toError(e)));
    worker.on("exit", (code) => this.lose(slot, new Error(`worker exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  /**
   * A worker died or was stopped: the document it was working on fails, the ones queued behind
   * it go back to the front of the queue, and pump() starts a replacement if needed.
   */
  private lose(slot: Slot, error: Error): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return; // already handled (error is followed by exit), or closing
    this.slots.splice(i, 1);
    clearTimeout(slot.timer);
    const [current, ...waiting] = slot.tasks.splice(0);
    this.queue.unshift(...waiting);
    if (!slot.ready && ++this.startupFailures >= MAX_STARTUP_FAILURES) {
      this.fatal = new Error(`parsigraph workers fail to start: ${error.message}`, { cause: error });
      for (const t of this.queue.splice(0)) t.reject(this.fatal);
    }
    current?.reject(error);
    if (!this.closed) this.pump();
  }
}

/** Errors thrown while a worker loads may arrive as plain objects; callers get a real Error. */
function toError(e: unknown): Error {
  if (e instanceof Error) return e;
  const o = (e ?? {}) as { message?: unknown; code?: unknown };
  const message = typeof o.message === "string" ? o.message : typeof o.code === "string" ? o.code : String(e);
  return Object.assign(new Error(`worker failed: ${message}`), { cause: e });
}
