import type { Extractor, ExtractorContext, Mention } from "../pipeline/extractor.js";
import type { Range } from "../pipeline/types.js";
import { docIndex, type DocIndex } from "./doc-index.js";
import { titlePhrases, type TitlePhrase } from "./title-phrases.js";
import { fold } from "../text/fold.js";

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
  // the first person of each sentence is its likely subject
  const subjects = new Set<Mention>();
  const seen = new Set<number>();
  for (const p of persons) {
    const s = idx.sentenceOf(p.tokenStart).index;
    if (!seen.has(s)) {
      seen.add(s);
      subjects.add(p);
    }
  }
  const plural = new Set([fold("آنها"), fold("آنان")]);
  // a person named inside a quotation is named in the speaker's voice, not the narrator's:
  // a later `وی` does not go back to them
  const quoted = ctx.quotes().map((q) => q.value.content);
  const narrated = persons.filter((p) => !quoted.some((c) => c.start <= p.start && p.end <= c.end));
  for (let i = 0; i < idx.tokens.length; i++) {
    const k = idx.key(i);
    if (!anaphors.has(k) || plural.has(k)) continue;
    const start = idx.tokens[i].start;
    const before = (narrated.length > 0 ? narrated : persons).filter((p) => p.end <= start);
    if (before.length === 0) {
      // a story that opens with `او …` names the person after the pronoun
      const after = persons.find((p) => p.start > start);
      if (after && idx.sentenceOf(i).index === 0) ctx.proposeCoref({ anaphor: { start, end: idx.tokens[i].end }, antecedent: span(after), rule: "cataphora", confidence: 0.5 });
      continue;
    }
    const subject = [...before].reverse().find((p) => subjects.has(p));
    const nearest = before[before.length - 1];
    // within a sentence the pronoun refers back to its subject; across sentences to the
    // last sentence subject, unless a person was named since
    const antecedent = subject && idx.sentenceOf(subject.tokenStart).index >= idx.sentenceOf(nearest.tokenStart).index - 1 ? subject : nearest;
    ctx.proposeCoref({ anaphor: { start, end: idx.tokens[i].end }, antecedent: span(antecedent), rule: "pronoun", confidence: 0.7 });
  }
}

function demonstratives(ctx: ExtractorContext, idx: DocIndex, mentions: readonly Mention[]): void {
  for (let i = 0; i + 1 < idx.tokens.length; i++) {
    if (idx.key(i) !== "این") continue;
    const noun = idx.text(i + 1).replace(/[\u200c]/gu, "");
    const kinds = NOUN_KINDS[noun];
    if (!kinds) continue;
    const start = idx.tokens[i].start;
    const media = /خبرگزاری|روزنامه|رسانه|شبکه/u.test(noun);
    let antecedent: Mention | undefined;
    for (let j = mentions.length - 1; j >= 0; j--) {
      const m = mentions[j];
      if (m.end > start || !kinds.includes(m.kind)) continue;
      if (media && !(m.entry?.tags?.includes("media") || /^(خبرگزاری|روزنامه|رادیو|تلویزیون|شبکه)/u.test(m.norm))) continue;
      // `این کشور` inside `وزارت خارجه این کشور` never means the ministry's own nested country
      antecedent = m;
      break;
    }
    if (antecedent) ctx.proposeCoref({ anaphor: { start, end: idx.tokens[i + 1].end }, antecedent: span(antecedent), rule: "demonstrative", confidence: 0.7 });
  }
}

function titles(ctx: ExtractorContext, idx: DocIndex, mentions: readonly Mention[]): void {
  const holds = ctx.relations().filter((r) => r.value.kind === "holds_role");
  const mentionAt = (r: Range) => mentions.find((m) => m.start === r.start && m.end === r.end);
  const sameEntity = (a: Mention | undefined, b: Mention | undefined) => !!a && !!b && (a === b || (a.entry && a.entry.id === b.entry?.id) || a.key === b.key);
  const titleKey = (t: TitlePhrase) => fold(t.title.alias);
  const personsByEntry = new Map<string, Mention>();
  for (const m of mentions) if (m.kind === "person" && m.entry && !personsByEntry.has(m.entry.id)) personsByEntry.set(m.entry.id, m);

  for (const t of titlePhrases(ctx)) {
    // a phrase with a person beside it names its holder directly (roles does that)
    const next = idx.isPunct(t.end, "،,") ? t.end + 1 : t.end;
    if (mentions.some((m) => m.kind === "person" && (m.tokenStart === next || m.tokenEnd === t.start || m.tokenEnd === t.start - 1))) continue;
    const of = t.of?.mention;
    // candidates: the people the text names in this role, and the people the gazetteer knows in
    // it whom the text names; a sentence subject wins, then one named before the title
    const candidates: { range: Range; person?: Mention }[] = [];
    for (const h of holds) {
      const o = mentionAt(h.value.object);
      const role = fold(h.value.role ?? "");
      if ((of ? sameEntity(o, of) : true) && (role.startsWith(titleKey(t)) || titleKey(t).startsWith(role)))
        candidates.push({ range: h.value.subject, person: mentionAt(h.value.subject) });
    }
    for (const [id, m] of personsByEntry) {
      const entry = ctx.resources.entries.get(id);
      const fits = entry?.roles?.some((r) => (of?.entry ? r.of === of.entry.id : !of) && (fold(r.role).startsWith(titleKey(t)) || titleKey(t).startsWith(fold(r.role))));
      if (fits) candidates.push({ range: span(m), person: m });
    }
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

function firstPersonOfSentence(idx: DocIndex, mentions: readonly Mention[], p: Mention): boolean {
  const s = idx.sentenceOf(p.tokenStart);
  return !mentions.some((m) => m.kind === "person" && m.tokenStart >= s.start && m.tokenStart < p.tokenStart);
}
