import type { Extractor } from "../pipeline/extractor.js";
import { docIndex } from "./doc-index.js";

/**
 * Places from a head noun and a name: `منطقه لنینگراد`, `ولایت پنجشیر` (the head is part of
 * the span, as the annotation guide's examples have it), `منطقه بولاک-بوشی`. A known place
 * after the head is extended to take the head in; an unknown one must be no ordinary word.
 * Country heads (`کشور`, `جمهوری`) and weak heads (`مرز`) are left to the gazetteer.
 */
const OUTSIDE_HEADS = new Set(["شهر", "بندر", "پایتخت", "کشور"]);

export const locationsExtractor: Extractor = {
  name: "locations",
  run(ctx) {
    const idx = docIndex(ctx);
    const { tokens } = idx;
    for (const head of idx.ofKind("loc_head")) {
      const tags = head.entry.tags ?? [];
      if (tags.includes("country-head") || tags.includes("weak")) continue;
      if (head.end < tokens[head.tokenEnd - 1].end) continue; // a suffix on the head: `استان‌ها`
      const k = head.tokenEnd;
      const known = idx.startingAt(k, "location")[0];
      // `شهر کابل`: a city's head stays out of its span (a province's `ولایت` stays in)
      if (known && OUTSIDE_HEADS.has(idx.key(head.tokenStart))) continue;
      if (known) {
        // the head names the same place only when the place is itself a province or region;
        // `منطقه X` around a city X is another place (the city's region)
        const same = known.entry.tags?.some((t) => t === "province" || t === "region");
        ctx.proposeMention({ kind: "location", start: head.start, end: known.end, entry: same ? known.entry : undefined, rule: "head-known-place", priority: 11, confidence: 0.9 });
        continue;
      }
      if (idx.startingAt(k, "country", "organization", "person", "demonym").length > 0) continue;
      let e = k;
      // an unknown name is no ordinary word, no verb, and no relational adjective (`مرزی`,
      // `جنوبی`: a word ending in `ی` after a head describes the place rather than names it)
      const nameWord = (i: number) =>
        idx.isWord(i) && !idx.isCommon(i) && !idx.isPrefixedVerb(i) && !/ی$/u.test(idx.key(i)) && idx.startingAt(i, "title", "cue", "org_head", "loc_head").length === 0;
      while (e < tokens.length && e - k < 2 && nameWord(e)) {
        e++;
        // a hyphenated name: `بولاک-بوشی`
        if (idx.isPunct(e, "-‐") && nameWord(e + 1) && tokens[e].start === tokens[e - 1].end) e += 2;
      }
      if (e > k) ctx.proposeMention({ kind: "location", start: head.start, end: tokens[e - 1].end, rule: "head-name", priority: 6, confidence: 0.7 });
    }
  },
};
