// A custom extractor, written against the same interface the built-in stages use.
//
// Persian news often names bodies by their Latin acronym inside brackets:
// `سازمان همکاری اسلامی (OIC)`. This stage finds such an acronym right after an organization
// mention, proposes it as a mention of the same organization (so both merge into one node),
// and it runs with the built-in stages in one pipeline. Its items carry its name in their
// provenance, as the built-in ones do.
//
// Run: npx tsx examples/custom-extractor.ts
import { createPipeline, docIndex, type Extractor } from "../src/index.js";

const bracketedAcronyms: Extractor = {
  name: "bracketed-acronyms",
  run(ctx) {
    const idx = docIndex(ctx); // the same per-document index the built-in rules use
    for (const org of ctx.mentions()) {
      if (org.kind !== "organization") continue;
      const open = org.tokenEnd;
      const acronym = idx.tokens[open + 1];
      if (!idx.isPunct(open, "(") || !idx.isPunct(open + 2, ")") || acronym?.kind !== "latin") continue;
      if (!/^[A-Z][A-Z0-9&-]{1,9}$/.test(acronym.text)) continue;
      // the bracketed acronym, and every later use of it, name the same organization
      for (const t of idx.tokens)
        if (t.kind === "latin" && t.text === acronym.text && t.start >= acronym.start)
          ctx.proposeMention({
            kind: "organization",
            start: t.start,
            end: t.end,
            entry: org.entry, // the same gazetteer entry: the pipeline merges the mentions
            name: org.name,
            rule: t === acronym ? "latin-acronym-in-brackets" : "latin-acronym-again",
            confidence: 0.9,
          });
    }
  },
};

// Put it right after the stages that find organizations, before the stages that read mentions.
const pipeline = createPipeline({
  extractors: (defaults) => {
    const i = defaults.findIndex((x) => x.name === "organizations");
    return [...defaults.slice(0, i + 1), bracketedAcronyms, ...defaults.slice(i + 1)];
  },
});

const text =
  "وزیر امور خارجه تاجیکستان در نشست وزرای خارجه سازمان همکاری اسلامی (OIC) در استانبول شرکت کرد. " +
  "به گفته وی، OIC باید نقش بیشتری در حل بحران‌های منطقه داشته باشد.";
const graph = pipeline.extract(text);

for (const n of graph.nodes) {
  if (n.kind === "quote") console.log(`quote: «${n.content.text}»`);
  else console.log(`${n.kind}: ${n.name} ← ${n.mentions.map((m) => `${m.text}@${m.start}`).join(", ")}`);
}
const found = graph.nodes.find((n) => n.kind === "organization" && n.mentions.some((m) => m.text === "OIC"));
console.log(found && found.kind !== "quote" ? `\nthe acronym joined "${found.name}" (first found by: ${found.provenance.extractor})` : "\nno acronym found");
