// A custom extractor that brings in a third-party NLP library: compromise (English only)
// reads the Latin-script stretches of a Persian text — names quoted in English, as news
// from international outlets often has them — and proposes their people, organizations and
// places as mentions. compromise is a devDependency of this example, never of the library.
//
// Run: npx tsx examples/english-names.ts
import nlp from "compromise";
import { createPipeline, type EntityKind, type Extractor } from "../src/index.js";

const englishNames: Extractor = {
  name: "english-names",
  run(ctx) {
    const { tokens, original } = ctx.doc;
    // stretches of consecutive Latin tokens (with the spaces between them)
    for (let i = 0; i < tokens.length; ) {
      if (tokens[i].kind !== "latin") {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < tokens.length && (tokens[j].kind === "latin" || (tokens[j].kind === "punct" && tokens[j].text === "." && tokens[j + 1]?.kind === "latin"))) j++;
      const start = tokens[i].start;
      const end = tokens[j - 1].end;
      const stretch = original.slice(start, end);
      const doc = nlp(stretch);
      const found: [EntityKind, string[]][] = [
        ["person", doc.people().out("array") as string[]],
        ["organization", doc.organizations().out("array") as string[]],
        ["location", doc.places().out("array") as string[]],
      ];
      for (const [kind, names] of found)
        for (const name of names) {
          const clean = name.replace(/[.,;:!?]+$/u, "");
          const at = stretch.indexOf(clean);
          if (clean && at >= 0) ctx.proposeMention({ kind, start: start + at, end: start + at + clean.length, rule: "compromise", confidence: 0.6 });
        }
      i = j;
    }
  },
};

const pipeline = createPipeline({ extractors: (defaults) => [englishNames, ...defaults] });
const text = "آنتونی بلینکن (Antony Blinken) در ژنو با نمایندگان سازمان ملل (United Nations) دیدار کرد و گفت که گفتگوها ادامه دارد.";
const graph = pipeline.extract(text);
for (const n of graph.nodes)
  if (n.kind !== "quote") console.log(`${n.kind.padEnd(12)} ${n.mentions.map((m) => m.text).join(" | ")}   (${n.provenance.extractor}/${n.provenance.rule})`);
