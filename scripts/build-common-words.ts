/**
 * Derives data/lexicons/common-words.json: Persian words so frequent as ordinary words that a
 * rule must never take them for part of a name. Source: the ParsTwiNER corpus
 * (../shared/data/ner-parstwiner, MIT), train split. A word is kept when it occurs at least
 * MIN_COUNT times and is tagged outside any entity (O) in at least MIN_O_SHARE of them.
 * Run: npx tsx scripts/build-common-words.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { fold } from "../src/text/fold.js";

const MIN_COUNT = 4;
const MIN_O_SHARE = 0.97;
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const source = resolve(root, "../shared/data/ner-parstwiner/train.txt");

const counts = new Map<string, { all: number; o: number; form: string }>();
for (const line of readFileSync(source, "utf8").split("\n")) {
  const tab = line.indexOf("\t");
  if (tab <= 0) continue;
  const word = line.slice(0, tab).trim();
  const tag = line.slice(tab + 1).trim();
  if (!/^[\u0600-\u06ff\u200c]+$/u.test(word) || word.length < 2) continue;
  const key = fold(word);
  const c = counts.get(key) ?? { all: 0, o: 0, form: word };
  c.all++;
  if (tag === "O") c.o++;
  counts.set(key, c);
}
const words = [...counts.entries()]
  .filter(([, c]) => c.all >= MIN_COUNT && c.o / c.all >= MIN_O_SHARE)
  .map(([key]) => key)
  .sort();
const out = {
  _source: `ParsTwiNER train split (MIT, ../shared/data/ner-parstwiner): fold() keys of words seen >= ${MIN_COUNT} times and tagged O in >= ${MIN_O_SHARE * 100}% of them; built by scripts/build-common-words.ts`,
  words,
};
writeFileSync(resolve(root, "data/lexicons/common-words.json"), JSON.stringify(out, null, 0).replace(/","/g, '",\n"') + "\n");
console.log(`common-words.json: ${words.length} words`);
