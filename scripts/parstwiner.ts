/**
 * Reads the ParsTwiNER corpus (../shared/data/ner-parstwiner, MIT): one token per line,
 * tab-separated IOB2 tag, a blank line between tweets. The data builders and the benchmark
 * corpus read it through here.
 */
import { readFileSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The tweets of a split, each as its (word, tag) pairs. */
export function readParsTwiNER(split: "train" | "dev" = "train"): { word: string; tag: string }[][] {
  const file = resolve(repoRoot, `../shared/data/ner-parstwiner/${split}.txt`);
  const tweets: { word: string; tag: string }[][] = [];
  let tweet: { word: string; tag: string }[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const tab = line.indexOf("\t");
    const word = (tab >= 0 ? line.slice(0, tab) : line).trim();
    if (word === "") {
      if (tweet.length > 0) tweets.push(tweet);
      tweet = [];
      continue;
    }
    tweet.push({ word, tag: tab >= 0 ? line.slice(tab + 1).trim() : "O" });
  }
  if (tweet.length > 0) tweets.push(tweet);
  return tweets;
}

/** Counts, per fold() key of an Arabic-script word, its occurrences and those whose tag passes `tagged`. */
export function countWords(fold: (s: string) => string, tagged: (tag: string) => boolean): Map<string, { all: number; tagged: number }> {
  const counts = new Map<string, { all: number; tagged: number }>();
  for (const tweet of readParsTwiNER("train"))
    for (const { word, tag } of tweet) {
      if (!/^[\u0600-\u06ff\u200c]+$/u.test(word) || word.length < 2) continue;
      const key = fold(word);
      const c = counts.get(key) ?? { all: 0, tagged: 0 };
      c.all++;
      if (tagged(tag)) c.tagged++;
      counts.set(key, c);
    }
  return counts;
}
