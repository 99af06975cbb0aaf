// npm run eval:parstwiner
// Rough check on unseen text: ParsTwiNER dev (tweets; MIT). Its conventions differ from the
// annotation guide (NAT, POG, EVE; suffixes inside spans), so only PER/LOC/ORG spans are compared,
// exact token spans, our country+location → LOC.
import { readParsTwiNER } from "./parstwiner.js";
import { createPipeline } from "../src/index.js";
const p = createPipeline();
const map: Record<string, string> = { person: "PER", country: "LOC", location: "LOC", organization: "ORG" };
const c: Record<string, { tp: number; fp: number; fn: number }> = { PER: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
for (const tweet of readParsTwiNER("dev")) {
  const starts: number[] = []; let text = "";
  for (const t of tweet) { if (text) text += " "; starts.push(text.length); text += t.word; }
  const gold = new Set<string>();
  for (let i = 0; i < tweet.length; i++) {
    const tag = tweet[i].tag;
    if (!tag.startsWith("B-")) continue;
    const type = tag.slice(2);
    if (!(type in c)) continue;
    let j = i + 1;
    while (j < tweet.length && tweet[j].tag === "I-" + type) j++;
    gold.add(`${type}:${starts[i]}:${starts[j - 1] + tweet[j - 1].word.length}`);
  }
  const pred = new Set<string>();
  for (const n of p.extract(text).nodes) if (n.kind !== "quote") for (const m of n.mentions) pred.add(`${map[n.kind]}:${m.start}:${m.end}`);
  for (const g of gold) { const t = g.split(":")[0]; if (pred.has(g)) c[t].tp++; else c[t].fn++; }
  for (const q of pred) { const t = q.split(":")[0]; if (!gold.has(q)) c[t].fp++; }
}
for (const [t, x] of Object.entries(c)) { const P = x.tp / (x.tp + x.fp), R = x.tp / (x.tp + x.fn); console.log(t, "P", (100 * P).toFixed(1), "R", (100 * R).toFixed(1), "F1", (200 * P * R / (P + R)).toFixed(1), `(gold ${x.tp + x.fn})`); }
