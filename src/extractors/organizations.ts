import type { Extractor, ExtractorContext } from "../pipeline/extractor.js";
import type { GazetteerMatch } from "../gazetteer/match.js";
import { docIndex, type DocIndex } from "./doc-index.js";
import { fold } from "../text/fold.js";
import platformList from "../../data/lexicons/platforms.json";

const MAX_NAME_TOKENS = 7;

/**
 * Organizations from a head noun and the name after it, stopping where the name stops:
 * `سازمان پیمان امنیت جمعی`, `وزارت امور خارجه تاجیکستان` (a country ends the name and
 * stays a country mention inside it), `وزارت امور خارجه دولت طالبان`, `خبرگزاری موج`,
 * and a quoted name after a head (`شرکت هواپیمایی «سامان ایر»`: the name alone).
 * A head in the plural (`شرکت‌های`) or followed by a demonym (`خبرگزاری روسی`) names no
 * one organization; a social platform (`شبکه ایکس`) is not annotated.
 */
export const organizationsExtractor: Extractor = {
  name: "organizations",
  run(ctx) {
    const idx = docIndex(ctx);
    const { tokens } = idx;
    const platforms = compiledPlatforms(ctx);
    const domains = ministryDomains(ctx);
    for (const head of idx.ofKind("org_head")) {
      const h = head.tokenStart;
      if (head.tokenEnd !== h + 1 && head.end < tokens[head.tokenEnd - 1].end) continue;
      if (head.end < tokens[head.tokenEnd - 1].end) continue; // `شرکت‌های`, `سازمانی`: a suffix on the head
      if (idx.endingBefore(h, "org_head").length > 0) continue; // the inner head of `شرکت هواپیمایی`
      const tags = head.entry.tags ?? [];
      const media = tags.includes("media");
      let k = head.tokenEnd;
      // `شرکت هواپیمایی «سامان ایر»`: a quoted name after the head (and one more word)
      const q = quotedName(idx, k) ?? (idx.isWord(k) ? quotedName(idx, k + 1) : undefined);
      if (q) {
        ctx.proposeMention({ kind: "organization", start: tokens[q.start].start, end: tokens[q.end - 1].end, rule: "head-quoted-name", priority: 6, confidence: 0.85 });
        continue;
      }
      if (idx.startingAt(k, "demonym").length > 0 || platforms.has(idx.key(k))) continue;
      const known = idx.startingAt(k, "organization")[0];
      if (media) {
        if (known) {
          // `خبرگزاری تاس`: the head belongs to the span of a known outlet
          ctx.proposeMention({ kind: "organization", start: head.start, end: known.end, entry: known.entry, rule: "media-head-known", priority: 11, confidence: 0.95 });
          continue;
        }
        if (idx.startingAt(h, "organization").some((m) => m.tokenEnd > h + 1)) continue;
        let e = k;
        while (e < tokens.length && e - k < 2 && idx.isWord(e) && !stops(ctx, idx, e) && !(e > k && idx.isCommon(e))) e++;
        // a common word is a name only when the name visibly ends after it (`خبرگزاری موج،`)
        const ends = e >= tokens.length || idx.breakBefore(e) || idx.isPunct(e);
        if (e > k && (!idx.isCommon(k) || ends)) ctx.proposeMention({ kind: "organization", start: head.start, end: tokens[e - 1].end, rule: "media-head-name", priority: 6, confidence: 0.75 });
        continue;
      }
      if (idx.startingAt(h, "organization").some((m) => m.tokenEnd > h + 1)) continue; // a known name starts here
      const end = nameEnd(ctx, idx, k, domains, fold(head.alias));
      if (end <= k) continue;
      // `گروه تروریستی داعش`, `حکومت طالبان`, `نیروی … طالبان`: a head and descriptors before a
      // known organization describe it; only a ministry or an embassy of it is another body
      const last = entityAt(idx, end - 1) ?? idx.endingBefore(end, "organization")[0];
      if (last && last.kind === "organization" && last.tokenEnd === end && !tags.includes("government") && !tags.includes("diplomatic")) continue;
      // a weak head (`گروه`, `مرکز`, `اداره`, `هیئت`) makes a name only with a known country or
      // organization in it (`اداره هماهنگی … سازمان ملل`), or a place right after it; a place
      // further on is no part of it (`هیئت وارد شهر کابل`)
      if (tags.includes("weak") && !hasEntity(idx, k, end)) continue;
      // `ریاست جمهوری` is the presidency as an office (`انتخابات ریاست جمهوری`), not a body
      if (idx.key(k) === "جمهوری" && idx.key(h) === "ریاست") continue;
      ctx.proposeMention({ kind: "organization", start: head.start, end: tokens[end - 1].end, rule: "head-name", priority: 6, confidence: 0.75 });
    }
  },
};

/** Where the name after a head ends (token index, exclusive). */
function nameEnd(ctx: ExtractorContext, idx: DocIndex, k: number, domains: string[][], headKey: string): number {
  const sentenceEnd = idx.sentenceOf(k).end;
  let e = k;
  // a ministry's field, which may hold `و`: `وزارت آموزش و پرورش`
  if (headKey === fold("وزارت") || headKey === fold("وزارتخانه")) {
    for (const d of domains) if (d.every((w, j) => idx.key(k + j) === w) && k + d.length > e) e = k + d.length;
  }
  while (e < sentenceEnd && e - k < MAX_NAME_TOKENS) {
    const entity = entityAt(idx, e) ?? idx.startingAt(e, "location").find((m) => !m.entry.tags?.includes("ambiguous"));
    if (entity) {
      e = entity.tokenEnd;
      break; // a country, an organization or a place ends the name (`جنبش آزادی‌بخش بلوچستان`)
    }
    if (ctx.resources.words.government.has(idx.key(e)) && entityAt(idx, e + 1)) {
      e = entityAt(idx, e + 1)!.tokenEnd;
      break;
    }
    // `… در امور پناهندگان`, `… در امور بازسازی افغانستان`: a remit that is part of the name
    if (idx.key(e) === "در" && idx.key(e + 1) === "امور" && e > k && idx.isWord(e + 2) && !stops(ctx, idx, e + 2)) {
      e += 2;
      continue;
    }
    if (!idx.isWord(e) || stops(ctx, idx, e)) break;
    // `… صحبت کرد`, `… حمایت می‌کنیم`: the word is a verb's complement, not part of the name
    if (ctx.resources.words.auxiliaries.has(idx.key(e + 1)) || idx.isPrefixedVerb(e + 1)) break;
    e++;
  }
  return e;
}

function entityAt(idx: DocIndex, i: number): GazetteerMatch | undefined {
  return idx.startingAt(i, "country", "organization").find((m) => !m.entry.tags?.includes("ambiguous"));
}

/** Words that end an organization's name. */
function stops(ctx: ExtractorContext, idx: DocIndex, i: number): boolean {
  const w = ctx.resources.words;
  const k = idx.key(i);
  if (w.closed.has(k) || w.time.has(k) || w.weekdays.has(k) || w.months.has(k)) return true;
  if (idx.isPrefixedVerb(i)) return true;
  return idx.startingAt(i, "cue", "meeting", "title", "person", "org_head", "honorific", "demonym").length > 0 || idx.startingAt(i, "location").length > 0;
}

function hasEntity(idx: DocIndex, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (entityAt(idx, i) || (i === a && idx.startingAt(i, "location").length > 0)) return true;
  return false;
}

/** A name of one to four words in quotation marks starting at token k. */
function quotedName(idx: DocIndex, k: number): { start: number; end: number } | undefined {
  if (!idx.isPunct(k, "«“\"”")) return undefined;
  let e = k + 1;
  while (e < idx.tokens.length && e - k <= 4 && !idx.isPunct(e)) e++;
  if (e > k + 1 && idx.isPunct(e, "»”\"“")) return { start: k + 1, end: e };
  return undefined;
}

function compiledPlatforms(ctx: ExtractorContext): Set<string> {
  let s = ctx.resources.cache.get("organizations:platforms") as Set<string> | undefined;
  if (!s) {
    s = new Set(platformList.platforms.map(fold));
    ctx.resources.cache.set("organizations:platforms", s);
  }
  return s;
}

/** Fields of ministries, taken from the titles `وزیر X` of the lexicon: [`امور`, `خارجه`], … */
function ministryDomains(ctx: ExtractorContext): string[][] {
  let d = ctx.resources.cache.get("organizations:domains") as string[][] | undefined;
  if (!d) {
    const minister = fold("وزیر");
    d = [];
    for (const e of ctx.resources.entries.values()) {
      if (e.kind !== "title") continue;
      for (const name of [e.name, ...(e.aliases ?? [])]) {
        const words = name.split(/[\s\u200c]+/u).filter(Boolean);
        if (words.length > 1 && fold(words[0]) === minister) d.push(words.slice(1).map(fold));
      }
    }
    d.sort((a, b) => b.length - a.length);
    ctx.resources.cache.set("organizations:domains", d);
  }
  return d;
}
