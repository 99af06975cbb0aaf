/**
 * Derives data/lexicons/common-words.json: Persian words so frequent as ordinary words that a
 * rule must never take them for part of a name. Source: the ParsTwiNER corpus
 * (../shared/data/ner-parstwiner, MIT), train split. A word is kept when it occurs at least
 * MIN_COUNT times and is tagged outside any entity (O) in at least MIN_O_SHARE of them.
 * Run: npx tsx scripts/build-common-words.ts
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fold } from "../src/text/fold.js";
import { countWords, repoRoot } from "./parstwiner.js";

const MIN_COUNT = 4;
const MIN_O_SHARE = 0.97;

const words = [...countWords(fold, (tag) => tag === "O").entries()]
  .filter(([, c]) => c.all >= MIN_COUNT && c.tagged / c.all >= MIN_O_SHARE)
  .map(([key]) => key)
  .sort();
const out = {
  _source: `ParsTwiNER train split (MIT, ../shared/data/ner-parstwiner): fold() keys of words seen >= ${MIN_COUNT} times and tagged O in >= ${MIN_O_SHARE * 100}% of them; built by scripts/build-common-words.ts`,
  words,
};
writeFileSync(resolve(repoRoot, "data/lexicons/common-words.json"), JSON.stringify(out, null, 0).replace(/","/g, '",\n"') + "\n");
console.log(`common-words.json: ${words.length} words`);
