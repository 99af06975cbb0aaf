import type { Extractor, ExtractorContext, Mention } from "../pipeline/extractor.js";
import type { Range } from "../pipeline/types.js";
import { docIndex, type DocIndex } from "./doc-index.js";
import { appositionEnd, titlePhraseAt } from "./title-phrases.js";
import { mentionIndex } from "./mention-index.js";

/**
 * met_with, based_in and member_of, from what the sentence states:
 * - met_with: `X با Y دیدار کرد`, `دیدار X با Y`, `X پذیرای Y شد`, phone calls; not a
 *   planned visit (`دیدار خواهد کرد`, `قرار است`), and only between named parties;
 * - based_in: an organization whose name holds its country (`ارتش پاکستان`), a demonym
 *   before an outlet (`خبرگزاری روسی اسپوتنیک`), an embassy (to both countries), a place
 *   followed by its country or region (`منطقه لنینگراد روسیه`), `X، پایتخت Y`;
 * - member_of: `X عضو Y`, `عضویت X در Y`.
 */
export const relationsExtractor: Extractor = {
  name: "relations",
  run(ctx) {
    const idx = docIndex(ctx);
    const mentions = ctx.mentions();
    meetings(ctx, idx, mentions);
    basedIn(ctx, idx, mentions);
    membership(ctx, idx, mentions);
  },
};

function startingAt(mentions: readonly Mention[], i: number, kinds?: string[]): Mention | undefined {
  return mentionIndex(mentions).startingAt(i, kinds);
}

const span = (m: { start: number; end: number }): Range => ({ start: m.start, end: m.end });

/** A named party at token i: a person (after an optional title phrase), organization or country. */
function partyAt(ctx: ExtractorContext, idx: DocIndex, mentions: readonly Mention[], i: number): { m: Mention; end: number } | undefined {
  const direct = startingAt(mentions, i, ["person"]);
  if (direct) return { m: direct, end: appositionEnd(ctx, idx, direct.tokenEnd) };
  const phrase = titlePhraseAt(ctx, i);
  if (phrase) {
    let k = phrase.end;
    if (idx.isPunct(k, "،,")) k++;
    const holder = startingAt(mentions, k, ["person"]);
    return holder ? { m: holder, end: appositionEnd(ctx, idx, holder.tokenEnd) } : undefined;
  }
  // an organization may meet (a delegation of it); a country as such does not
  const other = startingAt(mentions, i, ["organization"]);
  return other ? { m: other, end: other.tokenEnd } : undefined;
}

/** Parties joined to the one ending at token k by `و`, `و نیز`, `،` (stopping before `limit`). */
function coordinated(ctx: ExtractorContext, idx: DocIndex, mentions: readonly Mention[], k: number, limit: number, counterparts = false): { m: Mention; end: number }[] {
  const out: { m: Mention; end: number }[] = [];
  while (k < limit) {
    let j = k;
    // `X و همتای Y او Z`: a counterpart's description before the name
    if (counterparts && idx.key(j) === "و" && /^همتا/u.test(idx.key(j + 1))) {
      let n = j + 2;
      while (n < limit && n < j + 5 && !startingAt(mentions, n, ["person"])) n++;
      const p = partyAt(ctx, idx, mentions, n);
      if (p && p.m.kind === "person") {
        out.push(p);
        k = p.end;
        continue;
      }
    }
    if (idx.isPunct(j, "،,")) j++;
    if (idx.key(j) === "و") j++;
    if (idx.key(j) === "نیز" || idx.key(j) === "همچنین") j++;
    if (idx.key(j) === "با") j++;
    if (j === k) break;
    const p = partyAt(ctx, idx, mentions, j);
    if (!p || p.m.kind !== "person") break;
    out.push(p);
    k = p.end;
  }
  return out;
}

/**
 * Where a sentence's own clause starts: after a leading `به گزارش X،` / `به نقل از X،`
 * (the channel, not a party) and after a colon.
 */
function clauseStart(idx: DocIndex, start: number, limit: number): number {
  let s = start;
  // a colon, or a reporting verb's `که`, opens the clause the meeting is stated in
  // (`X گفت که Y با Z دیدار کرده است`: Y met Z, not X)
  for (let k = limit - 1; k > s; k--) if (idx.isPunct(k, ":؛") || (idx.key(k) === "که" && idx.endingBefore(k, "cue").length > 0)) return k + 1;
  if (idx.startingAt(s, "cue").some((c) => c.entry.tags?.includes("channel"))) {
    while (s < limit && !idx.isPunct(s, "،,")) s++;
    return s + 1;
  }
  return s;
}

/** Prepositions after which a party is an object or an adverbial, not the subject. */
const NOT_SUBJECT_AFTER = new Set(["از", "به", "در", "با", "برای"]);

/** The first party of the clause that ends before token `limit` and follows no preposition. */
function subjectParty(ctx: ExtractorContext, idx: DocIndex, mentions: readonly Mention[], sentenceStart: number, limit: number): { m: Mention; end: number } | undefined {
  for (let k = clauseStart(idx, sentenceStart, limit); k < limit; k++) {
    if (k > sentenceStart && NOT_SUBJECT_AFTER.has(idx.key(k - 1))) continue;
    const party = partyAt(ctx, idx, mentions, k);
    if (party) return party;
  }
  return undefined;
}

function meetings(ctx: ExtractorContext, idx: DocIndex, mentions: readonly Mention[]): void {
  for (const cue of idx.ofKind("meeting")) {
    const tags = cue.entry.tags ?? [];
    if (tags.includes("planned")) continue;
    const s = idx.sentenceOf(cue.tokenStart);
    let planned = false;
    for (let k = s.start; k < s.end; k++) if (idx.key(k) === "قرار" || idx.key(k) === "خواهد" || idx.key(k) === "خواهند") planned = true;
    if (planned) continue;
    let a: { m: Mention; end: number } | undefined;
    let b: { m: Mention; end: number } | undefined;
    if (tags.includes("noun") && idx.key(cue.tokenStart - 1) !== "با") {
      // `دیدار X با Y`
      a = partyAt(ctx, idx, mentions, cue.tokenEnd);
      if (a && idx.key(a.end) === "با") b = partyAt(ctx, idx, mentions, a.end + 1);
    } else {
      // `X … با Y … دیدار کرد`: Y follows the last `با` before the verb, X is the sentence's first party
      let withAt = -1;
      for (let k = cue.tokenStart - 1; k >= s.start; k--) if (idx.key(k) === "با") {
        withAt = k;
        break;
      }
      if (withAt < 0) {
        // `X و Y … دیدار کردند`: coordinated subjects of a plural meeting verb met each other
        const first = subjectParty(ctx, idx, mentions, s.start, cue.tokenStart);
        if (!first || first.m.kind !== "person") continue;
        const others = coordinated(ctx, idx, mentions, first.end, cue.tokenStart, true);
        for (const o of others)
          if (o.m !== first.m) ctx.proposeRelation({ kind: "met_with", subject: span(first.m), object: span(o.m), evidence: [span(cue)], confidence: 0.7, rule: "coordinated-meeting" });
        continue;
      }
      b = partyAt(ctx, idx, mentions, withAt + 1);
      a = subjectParty(ctx, idx, mentions, s.start, withAt);
    }
    if (!a || !b) continue;
    // coordinated parties on either side: `X و Y … دیدار کردند`, `با X و نیز Y دیدار کرد`
    const subjects = [a, ...coordinated(ctx, idx, mentions, a.end, cue.tokenStart)];
    const objects = [b, ...coordinated(ctx, idx, mentions, b.end, cue.tokenStart)];
    for (const x of subjects)
      for (const y of objects) {
        if (x.m === y.m || (x.m.kind !== "person" && y.m.kind !== "person")) continue;
        if (subjects.includes(y) || objects.includes(x)) continue;
        ctx.proposeRelation({ kind: "met_with", subject: span(x.m), object: span(y.m), evidence: [span(cue)], confidence: 0.75, rule: "meeting-verb" });
      }
  }
  // `X پذیرای Y شد`
  for (let i = 0; i < idx.tokens.length; i++) {
    if (idx.key(i) !== "پذیرای") continue;
    const b = partyAt(ctx, idx, mentions, i + 1);
    const s = idx.sentenceOf(i);
    const a = subjectParty(ctx, idx, mentions, s.start, i);
    if (a && b && a.m !== b.m && a.m.kind === "person" && b.m.kind === "person")
      ctx.proposeRelation({ kind: "met_with", subject: span(a.m), object: span(b.m), evidence: [span(idx.tokens[i])], confidence: 0.7, rule: "host" });
  }
}

function basedIn(ctx: ExtractorContext, idx: DocIndex, mentions: readonly Mention[]): void {
  const propose = (s: Mention, o: { start: number; end: number }, rule: string, evidence: Range) =>
    ctx.proposeRelation({ kind: "based_in", subject: span(s), object: span(o), evidence: [evidence], confidence: 0.75, rule });
  const countryByEntry = new Map<string, Mention>();
  for (const m of mentions) if (m.kind === "country" && m.entry && !countryByEntry.has(m.entry.id)) countryByEntry.set(m.entry.id, m);

  for (const org of mentions) {
    if (org.kind !== "organization") continue;
    // a country inside the name: `وزارت امور خارجه ازبکستان`, `سفارت ایران`
    let inner: Mention | undefined;
    for (let t = org.tokenStart; t < org.tokenEnd && !inner; t++) {
      const c = startingAt(mentions, t, ["country"]);
      if (c && c.end <= org.end) inner = c;
    }
    if (inner && !org.entry?.tags?.includes("international")) propose(org, inner, "country-in-name", org);
    // an embassy `در` a country: `سفارت ایران در روسیه`
    if (/^(سفارت|سرکنسولگری|کنسولگری)/u.test(org.norm) && idx.key(org.tokenEnd) === "در") {
      const host = startingAt(mentions, org.tokenEnd + 1, ["country"]);
      if (host) propose(org, host, "embassy-host", { start: org.start, end: host.end });
    }
    // a demonym before the outlet: `خبرگزاری روسی اسپوتنیک`
    const demonym = idx.endingBefore(org.tokenStart, "demonym")[0];
    if (demonym?.entry.country) {
      const c = countryByEntry.get(demonym.entry.country);
      if (c) propose(org, c, "demonym", { start: demonym.start, end: org.end });
    }
  }
  for (const loc of mentions) {
    if (loc.kind !== "location") continue;
    // `منطقه لنینگراد روسیه`, `ختلان و بدخشان تاجیکستان`
    let k = loc.tokenEnd;
    const coordinated: Mention[] = [loc];
    while (idx.key(k) === "و") {
      const next = startingAt(mentions, k + 1, ["location"]);
      if (!next) break;
      coordinated.push(next);
      k = next.tokenEnd;
    }
    const container = startingAt(mentions, k, ["country", "location"]);
    if (container && !idx.isPunct(k - 1)) {
      for (const l of coordinated) propose(l, container, "place-country", { start: loc.start, end: container.end });
      continue;
    }
    // `منطقه قره‌تپه در ولایت ختلان`: a place `در` a province or region (not a city's district
    // of a country's name: only a location after `در`)
    if (idx.key(loc.tokenEnd) === "در") {
      const region = startingAt(mentions, loc.tokenEnd + 1, ["location"]);
      if (region && /^(منطقه|ولایت|استان|ناحیه|ولسوالی|بخش|شهرستان)/u.test(loc.norm)) propose(loc, region, "place-in-region", { start: loc.start, end: region.end });
    }
    // `دوشنبه، پایتخت تاجیکستان`
    let p = loc.tokenEnd;
    if (idx.isPunct(p, "،,")) p++;
    if (idx.key(p) === "پایتخت") {
      const c = startingAt(mentions, p + 1, ["country"]);
      if (c) propose(loc, c, "capital-of", { start: loc.start, end: c.end });
    }
  }
}

function membership(ctx: ExtractorContext, idx: DocIndex, mentions: readonly Mention[]): void {
  const propose = (member: Mention, org: Mention, rule: string) =>
    ctx.proposeRelation({ kind: "member_of", subject: span(member), object: span(org), evidence: [{ start: Math.min(member.start, org.start), end: Math.max(member.end, org.end) }], confidence: 0.7, rule });
  for (let i = 0; i < idx.tokens.length; i++) {
    const k = idx.key(i);
    if (k === "عضو" || k === "اعضای") {
      const org = startingAt(mentions, i + 1, ["organization"]);
      if (!org) continue;
      // `X، Y و Z عضو ORG`, `X و Y از اعضای ORG`: the members before
      let j = idx.key(i - 1) === "از" ? i - 1 : i;
      for (;;) {
        const member = mentionIndex(mentions).endingAt(j, ["country", "person"]);
        if (!member) break;
        propose(member, org, "member");
        j = member.tokenStart;
        if (idx.isPunct(j - 1, "،,") || idx.key(j - 1) === "و") j--;
        else break;
      }
      // `کشورهای عضو ORG (X، Y و Z)`: the members in brackets after it
      if (idx.isPunct(org.tokenEnd, "(")) {
        for (let t = org.tokenEnd + 1; t < idx.tokens.length && !idx.isPunct(t, ")"); t++) {
          const member = startingAt(mentions, t, ["country"]);
          if (member) {
            propose(member, org, "member-list");
            t = member.tokenEnd - 1;
          } else if (!(idx.isPunct(t, "،,") || idx.key(t) === "و")) break;
        }
      }
    } else if (k === "عضویت") {
      const member = startingAt(mentions, i + 1, ["country", "person"]);
      if (member && idx.key(member.tokenEnd) === "در") {
        const org = startingAt(mentions, member.tokenEnd + 1, ["organization"]);
        if (org) ctx.proposeRelation({ kind: "member_of", subject: span(member), object: span(org), evidence: [{ start: idx.tokens[i].start, end: org.end }], confidence: 0.7, rule: "membership" });
      }
    }
  }
}
