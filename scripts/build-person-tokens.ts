/**
 * Derives data/lexicons/person-name-tokens.json: words that the ParsTwiNER corpus
 * (../shared/data/ner-parstwiner, MIT; train split) tags as part of a person's name
 * (B-PER/I-PER) at least MIN_COUNT times and in at least MIN_PER_SHARE of their occurrences.
 * The person rules take such a word after a given name for a surname.
 * Run: npx tsx scripts/build-person-tokens.ts
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fold } from "../src/text/fold.js";
import { countWords, repoRoot } from "./parstwiner.js";

const MIN_COUNT = 2;
const MIN_PER_SHARE = 0.6;

const words = [...countWords(fold, (tag) => tag.endsWith("-PER")).entries()]
  .filter(([, c]) => c.tagged >= MIN_COUNT && c.tagged / c.all >= MIN_PER_SHARE)
  .map(([key]) => key)
  .sort();
const out = {
  _source: `ParsTwiNER train split (MIT, ../shared/data/ner-parstwiner): fold() keys of words tagged B-PER/I-PER >= ${MIN_COUNT} times and in >= ${MIN_PER_SHARE * 100}% of their occurrences; built by scripts/build-person-tokens.ts`,
  words,
};
writeFileSync(resolve(repoRoot, "data/lexicons/person-name-tokens.json"), JSON.stringify(out, null, 0).replace(/","/g, '",\n"') + "\n");
console.log(`person-name-tokens.json: ${words.length} words`);
