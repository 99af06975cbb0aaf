import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { emptyScore, prf, scoreDoc, type GoldDoc, type Score } from "../scripts/eval/score.js";

// Scores extract() on the seed gold file (shared/eval/seed.jsonl, next to the repository) with
// the eval scorer. The file is read at test time only: no text of it is copied here. Without
// the file (a checkout outside the workspace) the tests are skipped, saying why.

const SEED = fileURLToPath(new URL("../../shared/eval/seed.jsonl", import.meta.url));
const present = existsSync(SEED);

if (!present) console.warn(`seed-eval: skipped, ${SEED} is absent (the seed gold file lives in the workspace's shared/eval)`);

describe.skipIf(!present)(`seed gold file (${present ? "found" : "absent: skipped"})`, () => {
  const docs: GoldDoc[] = present
    ? readFileSync(SEED, "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as GoldDoc)
    : [];
  const score: Score = emptyScore();
  for (const d of docs) scoreDoc(d, extract(d.text), score);
  const errors = (what: RegExp) => score.errors.filter((e) => what.test(e));

  it("has documents", () => {
    expect(docs.length).toBeGreaterThan(0);
  });

  it("finds every gold mention strictly (same kind, start and end)", () => {
    expect(errors(/\tmiss\t(person|country|organization|location)\t/u)).toEqual([]);
    expect(prf(score.strict.all).r).toBe(1);
  });

  it("matches all six gold quotes", () => {
    const gold = docs.reduce((n, d) => n + d.quotes.length, 0);
    expect(gold).toBe(6);
    expect(errors(/\tmiss\tquote\t/u)).toEqual([]);
    expect(score.quotes.tp).toBe(gold);
  });

  it("attributes every matched quote to the gold speaker", () => {
    expect(errors(/\tspeaker\t/u)).toEqual([]);
    expect(score.attribution.correct).toBe(score.attribution.total);
    expect(score.attribution.total).toBe(6);
  });

  it("has the three holds_role edges", () => {
    const gold = docs.reduce((n, d) => n + d.relations.filter((r) => r.type === "holds_role").length, 0);
    expect(gold).toBe(3);
    expect(errors(/\tmiss\tholds_role\t/u)).toEqual([]);
    expect(score.relations.holds_role.tp).toBe(3);
  });
});
