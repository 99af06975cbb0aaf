// `parsigraph normalize`: prints the normalized text of each input; JSONL in gives JSONL out
// ({"id", "text"} per line), with the same per-line error reporting as extract.
import type { Writable } from "node:stream";
import { normalize } from "../text/normalize.js";
import type { Command } from "./args.js";
import { planInputs, readDocuments } from "./inputs.js";
import { flushStream, writeChunk } from "./write.js";

export async function runNormalize(
  cmd: Extract<Command, { kind: "normalize" }>,
  io: { stdout: Writable; report(message: string): void },
): Promise<number> {
  let failed = 0;
  for (const source of planInputs(cmd.files, cmd.input)) {
    for await (const doc of readDocuments([source])) {
      if (doc.text === undefined) {
        failed++;
        io.report(`${doc.where}: ${doc.problem ?? "no text"}`);
        continue;
      }
      let text: string;
      try {
        text = normalize(doc.text).text;
      } catch (e) {
        failed++;
        io.report(`${doc.where}: normalization failed: ${(e as Error).message}`);
        continue;
      }
      // the normalizer trims; a text document still ends with a line break on the terminal
      await writeChunk(io.stdout, source.jsonl ? JSON.stringify({ id: doc.id, text }) + "\n" : text.endsWith("\n") ? text : text + "\n");
    }
  }
  await flushStream(io.stdout);
  return failed > 0 ? 1 : 0;
}
