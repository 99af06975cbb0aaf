// A one-line progress bar on stderr. Drawn only on a terminal and only when the work is big
// enough to be worth watching; otherwise every method is a no-op, so output stays clean in
// pipes, CI logs and tests.
import { statSync, fstatSync } from "node:fs";
import type { InputSource } from "./inputs.js";

const MIN_FILES = 5;
const MIN_BYTES = 8 * 1024 * 1024;
const FRAME_MS = 100;

export interface Progress {
  readonly active: boolean;
  bytes(n: number): void;
  /** Prints a message line above the bar. */
  log(message: string): void;
  doc(failed: boolean): void;
  done(): void;
}

const SILENT: Progress = {
  active: false,
  bytes() {},
  log: (m) => process.stderr.write(m + "\n"),
  doc() {},
  done() {},
};

export function createProgress(sources: InputSource[], enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled || !stream.isTTY) return SILENT;
  const total = totalBytes(sources);
  if (sources.length < MIN_FILES && (total === undefined || total < MIN_BYTES)) return SILENT;
  const started = Date.now();
  let read = 0;
  let docs = 0;
  let failed = 0;
  let last = 0;
  const draw = (force: boolean) => {
    const now = Date.now();
    if (!force && now - last < FRAME_MS) return;
    last = now;
    const secs = Math.max((now - started) / 1000, 0.001);
    const mb = read / 1048576;
    let bar = "";
    if (total) {
      const frac = Math.min(read / total, 1);
      const width = 24;
      const filled = Math.round(frac * width);
      bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}% `;
    }
    const line = `${bar}${docs} docs${failed ? ` (${failed} failed)` : ""} · ${mb.toFixed(1)} MB · ${(mb / secs).toFixed(1)} MB/s`;
    stream.write(`\r${line.slice(0, (stream.columns || 80) - 1)}\x1b[K`);
  };
  return {
    active: true,
    log(message) {
      stream.write(`\r\x1b[K${message}\n`);
      draw(true);
    },
    bytes(n) {
      read += n;
    },
    doc(bad) {
      docs++;
      if (bad) failed++;
      draw(false);
    },
    done() {
      draw(true);
      stream.write("\n");
    },
  };
}

function totalBytes(sources: InputSource[]): number | undefined {
  let sum = 0;
  for (const s of sources) {
    try {
      const st = s.path === "-" ? fstatSync(0) : statSync(s.path);
      if (!st.isFile()) return undefined;
      sum += st.size;
    } catch {
      return undefined;
    }
  }
  return sum;
}
