/**
 * Derives data/lexicons/person-name-tokens.json: words that the ParsTwiNER corpus
 * (../shared/data/ner-parstwiner, MIT; train split) tags as part of a person's name
 * (B-PER/I-PER) at least MIN_COUNT times and in at least MIN_PER_SHARE of their occurrences.
 * The person rules take such a word after a given name for a surname.
 * Run: npx tsx scripts/build-person-tokens.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { fold } from "../src/text/fold.js";

const MIN_COUNT = 2;
const MIN_PER_SHARE = 0.6;
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const source = resolve(root, "../shared/data/ner-parstwiner/train.txt");

const counts = new Map<string, { all: number; per: number }>();
for (const line of readFileSync(source, "utf8").split("\n")) {
  const tab = line.indexOf("\t");
  if (tab <= 0) continue;
  const word = line.slice(0, tab).trim();
  const tag = line.slice(tab + 1).trim();
  if (!/^[\u0600-\u06ff\u200c]+$/u.test(word) || word.length < 2) continue;
  const key = fold(word);
  const c = counts.get(key) ?? { all: 0, per: 0 };
  c.all++;
  if (tag.endsWith("-PER")) c.per++;
  counts.set(key, c);
}
const words = [...counts.entries()]
  .filter(([, c]) => c.per >= MIN_COUNT && c.per / c.all >= MIN_PER_SHARE)
  .map(([key]) => key)
  .sort();
const out = {
  _source: `ParsTwiNER train split (MIT, ../shared/data/ner-parstwiner): fold() keys of words tagged B-PER/I-PER >= ${MIN_COUNT} times and in >= ${MIN_PER_SHARE * 100}% of their occurrences; built by scripts/build-person-tokens.ts`,
  words,
};
writeFileSync(resolve(root, "data/lexicons/person-name-tokens.json"), JSON.stringify(out, null, 0).replace(/","/g, '",\n"') + "\n");
console.log(`person-name-tokens.json: ${words.length} words`);
