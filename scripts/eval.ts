/**
 * npm run eval -- [FILE.jsonl …] [--errors]
 * Scores extract() on gold files in the annotation guide's format (section 5) and prints a
 * table. With no file, scores ../shared/eval/seed.jsonl and dev.jsonl when they are there.
 * --errors prints every miss and spurious item, one a line, for error analysis.
 */
import { readFileSync, existsSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/index.js";
import { DocumentGraphSchema } from "../src/models/graph.js";
import { emptyScore, scoreDoc, formatScore, type GoldDoc } from "./eval/score.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const showErrors = args.includes("--errors");
let files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0) {
  files = ["seed.jsonl", "dev.jsonl"].map((f) => resolve(root, "../shared/eval", f)).filter((f) => existsSync(f));
  if (files.length === 0) {
    console.error("no gold files given and none found in ../shared/eval");
    process.exit(2);
  }
}

for (const file of files) {
  const docs: GoldDoc[] = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const score = emptyScore();
  let invalid = 0;
  for (const doc of docs) {
    const graph = extract(doc.text);
    if (!DocumentGraphSchema.safeParse(graph).success) invalid++;
    scoreDoc(doc, graph, score);
  }
  console.log(formatScore(`${file} (${docs.length} documents${invalid ? `, ${invalid} INVALID graphs` : ""})`, score));
  if (showErrors) console.log(score.errors.join("\n"));
}
