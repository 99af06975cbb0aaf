import type { Extractor, ExtractorContext, Mention } from "../pipeline/extractor.js";
import type { Range } from "../pipeline/types.js";
import { docIndex, type DocIndex } from "./doc-index.js";
import { titlePhrases } from "./title-phrases.js";
import { fold } from "../text/fold.js";
import { mentionIndex } from "./mention-index.js";
import { isOutlet, isOutletNoun } from "./outlets.js";
import { firstEndingAfter } from "../pipeline/ranges.js";

/** Which kinds `این X` refers to. */
const NOUN_KINDS: Record<string, string[]> = {
  کشور: ["country"],
  دولت: ["country", "organization"],
  حکومت: ["organization", "country"],
  سازمان: ["organization"],
  خبرگزاری: ["organization"],
  روزنامه: ["organization"],
  رسانه: ["organization"],
  شبکه: ["organization"],
  گروه: ["organization"],
  جنبش: ["organization"],
  حزب: ["organization"],
  نهاد: ["organization"],
  وزارت: ["organization"],
  وزارتخانه: ["organization"],
  شرکت: ["organization"],
  بانک: ["organization"],
  اتحادیه: ["organization"],
  شهر: ["location"],
  پایتخت: ["location"],
  منطقه: ["location"],
  ولایت: ["location"],
  استان: ["location"],
  مقام: ["person"],
  دیپلمات: ["person"],
  مسئول: ["person"],
};

/**
 * Coreference, so that quotes and relations attach to named nodes:
 * - `وی`, `او`, `ایشان` → the person last named as a subject (or last named at all);
 * - `این کشور`, `این سازمان`, `این خبرگزاری`, `این گروه` → the nearest preceding mention of
 *   the kind the noun names (an outlet for `این خبرگزاری`);
 * - a title phrase with no name beside it (`رئیس جمهور تاجیکستان`, `سخنگوی حکومت طالبان`)
 *   → the person the text names in that role, or a person the gazetteer knows in that role
 *   whom the text names.
 */
export const coreferenceExtractor: Extractor = {
  name: "coreference",
  run(ctx) {
    const idx = docIndex(ctx);
    const mentions = ctx.mentions();
    pronouns(ctx, idx, mentions);
    demonstratives(ctx, idx, mentions);
    titles(ctx, idx, mentions);
  },
};

function pronouns(ctx: ExtractorContext, idx: DocIndex, mentions: readonly Mention[]): void {
  const anaphors = ctx.resources.words.anaphors;
  const persons = mentions.filter((m) => m.kind === "person");
  if (persons.length === 0) return;
  // a person named inside a quotation is named in the speaker's voice, not the narrator's:
  // a later `وی` does not go back to them
  const quoted = ctx.quotes().map((q) => q.value.content).sort((x, y) => x.start - y.start);
  const narrated = persons.filter((p) => !inside(quoted, p.start, p.end));
  const pool = narrated.length > 0 ? narrated : persons;
  // the first person of each sentence is its likely subject
  const subjects = new Set<Mention>();
  const seen = new Set<number>();
  for (const p of pool) {
    const s = idx.sentenceOf(p.tokenStart).index;
    if (!seen.has(s)) {
      seen.add(s);
      subjects.add(p);
    }
  }
  const plural = new Set([fold("آنها"), fold("آنان")]);
  // one left-to-right walk: the last person and the last subject before each pronoun
  let next = 0;
  let nearest: Mention | undefined;
  let subject: Mention | undefined;
  for (let i = 0; i < idx.tokens.length; i++) {
    const k = idx.key(i);
    if (!anaphors.has(k) || plural.has(k)) continue;
    const start = idx.tokens[i].start;
    while (next < pool.length && pool[next].end <= start) {
      nearest = pool[next];
      if (subjects.has(nearest)) subject = nearest;
      next++;
    }
    if (!nearest) {
      // a story that opens with `او …` names the person after the pronoun
      const after = pool[next];
      if (after && idx.sentenceOf(i).index === 0) ctx.proposeCoref({ anaphor: { start, end: idx.tokens[i].end }, antecedent: span(after), rule: "cataphora", confidence: 0.5 });
      continue;
    }
    // within a sentence the pronoun refers back to its subject; across sentences to the
    // last sentence subject, unless a person was named since
    const antecedent = subject && idx.sentenceOf(subject.tokenStart).index >= idx.sentenceOf(nearest.tokenStart).index - 1 ? subject : nearest;
    ctx.proposeCoref({ anaphor: { start, end: idx.tokens[i].end }, antecedent: span(antecedent), rule: "pronoun", confidence: 0.7 });
  }
}

/** Whether [start, end) lies inside one of the sorted, non-overlapping ranges (binary search). */
function inside(ranges: readonly Range[], start: number, end: number): boolean {
  const i = firstEndingAfter(ranges, start);
  return i < ranges.length && ranges[i].start <= start && end <= ranges[i].end;
}


function demonstratives(ctx: ExtractorContext, idx: DocIndex, mentions: readonly Mention[]): void {
  // one left-to-right walk keeping the last mention of each kind, and the last outlet
  const last = new Map<string, Mention>();
  let lastMedia: Mention | undefined;
  let next = 0;
  for (let i = 0; i + 1 < idx.tokens.length; i++) {
    if (idx.key(i) !== "این") continue;
    const noun = idx.text(i + 1).replace(/[\u200c]/gu, "");
    const kinds = NOUN_KINDS[noun];
    if (!kinds) continue;
    const start = idx.tokens[i].start;
    while (next < mentions.length && mentions[next].end <= start) {
      const m = mentions[next++];
      // a name nested in the one before (`طالبان` in `تحریک طالبان پاکستان`) does not replace it
      const prev = last.get(m.kind);
      if (prev && prev.start <= m.start && m.end <= prev.end) continue;
      last.set(m.kind, m);
      if (isOutlet(m)) lastMedia = m;
    }
    let antecedent: Mention | undefined;
    if (isOutletNoun(noun)) antecedent = lastMedia;
    else for (const k of kinds) {
      const m = last.get(k);
      if (m && (!antecedent || m.end > antecedent.end)) antecedent = m;
    }
    if (antecedent) ctx.proposeCoref({ anaphor: { start, end: idx.tokens[i + 1].end }, antecedent: span(antecedent), rule: "demonstrative", confidence: 0.7 });
  }
}

function titles(ctx: ExtractorContext, idx: DocIndex, mentions: readonly Mention[]): void {
  const byRange = new Map<string, Mention>();
  for (const m of mentions) byRange.set(`${m.start}:${m.end}`, m);
  const mentionAt = (r: Range) => byRange.get(`${r.start}:${r.end}`);
  const sameEntity = (a: Mention | undefined, b: Mention | undefined) => !!a && !!b && (a === b || (a.entry && a.entry.id === b.entry?.id) || a.key === b.key);
  const fits = (role: string, title: string) => role.startsWith(title) || title.startsWith(role);
  // the roles the text states, and the roles the gazetteer knows of the people it names,
  // each folded once
  const stated = ctx.relations()
    .filter((r) => r.value.kind === "holds_role")
    .map((h) => ({ range: h.value.subject, person: mentionAt(h.value.subject), object: mentionAt(h.value.object), role: fold(h.value.role ?? "") }));
  const known: { person: Mention; of: string; role: string }[] = [];
  const seenEntries = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "person" || !m.entry || seenEntries.has(m.entry.id)) continue;
    seenEntries.add(m.entry.id);
    for (const r of ctx.resources.entries.get(m.entry.id)?.roles ?? []) known.push({ person: m, of: r.of, role: fold(r.role) });
  }
  const mi = mentionIndex(mentions);

  for (const t of titlePhrases(ctx)) {
    // a phrase with a person beside it names its holder directly (roles does that)
    const next = idx.isPunct(t.end, "،,") ? t.end + 1 : t.end;
    if (mi.startingAt(next, ["person"]) || mi.endingAt(t.start, ["person"]) || mi.endingAt(t.start - 1, ["person"])) continue;
    const of = t.of?.mention;
    const title = fold(t.title.alias);
    // candidates: the people the text names in this role, and the people the gazetteer knows in
    // it whom the text names; a sentence subject wins, then one named before the title
    const candidates: { range: Range; person?: Mention }[] = [];
    for (const h of stated) if ((of ? sameEntity(h.object, of) : true) && fits(h.role, title)) candidates.push(h);
    for (const k of known) if ((of?.entry ? k.of === of.entry.id : !of) && fits(k.role, title)) candidates.push({ range: span(k.person), person: k.person });
    let holder: Range | undefined;
    let best = -1;
    for (const c of candidates) {
      const isSubject = c.person ? firstPersonOfSentence(idx, mentions, c.person) : false;
      const score = (isSubject ? 2 : 0) + (c.range.start < t.range.start ? 1 : 0);
      if (score > best) {
        best = score;
        holder = c.range;
      }
    }
    if (holder) ctx.proposeCoref({ anaphor: t.range, antecedent: holder, rule: "title", confidence: 0.7 });
  }
}

const span = (m: { start: number; end: number }): Range => ({ start: m.start, end: m.end });

/** Whether p is the first person named in its sentence (cached per mention list). */
function firstPersonOfSentence(idx: DocIndex, mentions: readonly Mention[], p: Mention): boolean {
  let firsts = firstPersons.get(mentions);
  if (!firsts) {
    firsts = new Set();
    const seen = new Set<number>();
    for (const m of mentions) {
      if (m.kind !== "person") continue;
      const s = idx.sentenceOf(m.tokenStart).index;
      if (!seen.has(s)) {
        seen.add(s);
        firsts.add(m);
      }
    }
    firstPersons.set(mentions, firsts);
  }
  return firsts.has(p);
}
const firstPersons = new WeakMap<readonly Mention[], Set<Mention>>();
