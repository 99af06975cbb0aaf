// Writes to a stream with backpressure: when write() says the buffer is full, wait for
// 'drain' before going on, so a slow consumer slows the producer instead of filling memory.
import { once } from "node:events";
import type { Writable } from "node:stream";

export async function writeChunk(stream: Writable, chunk: string): Promise<void> {
  if (chunk.length === 0) return;
  if (stream.write(chunk)) return;
  // 'close' too, so a consumer that goes away cannot hang us; once() rejects on 'error'.
  // The abort removes the losing listener, so thousands of waits do not pile up listeners.
  const ac = new AbortController();
  try {
    await Promise.race([once(stream, "drain", { signal: ac.signal }), once(stream, "close", { signal: ac.signal })]);
  } finally {
    ac.abort();
  }
}

/** Waits until everything written has been handed to the OS (stdout is never ended). */
export async function flushStream(stream: Writable): Promise<void> {
  if (stream.destroyed || stream.writableEnded) return;
  await new Promise<void>((resolve) => stream.write("", () => resolve()));
}
