import type { Extractor, ExtractorContext, Mention, QuoteProposal } from "../pipeline/extractor.js";
import type { GazetteerMatch } from "../gazetteer/match.js";
import type { Range } from "../pipeline/types.js";
import { docIndex, type DocIndex } from "./doc-index.js";
import { appositionEnd, titlePhraseAt } from "./title-phrases.js";
import { isOutlet, isOutletNoun } from "./outlets.js";
import { fold } from "../text/fold.js";
import { mentionIndex, type MentionIndex } from "./mention-index.js";
import { firstEndingAfter } from "../pipeline/ranges.js";

const OPEN = "«“\"";
const CLOSE = "»”\"";
/** Words that introduce a request's content: `خواست تا …`. */
const REQUEST_LINK = new Set(["تا"]);
/** Prepositions after which a mention is not the subject of the clause. */
const NOT_SUBJECT_AFTER = new Set(["از", "به", "با", "در", "برای", "تا", "بر", "بین", "میان", "درباره", "علیه", "توسط", "نزد", "همراه", "سوی", "جانب", "طرف", "مورد", "پیرامون", "و"]);
/** `دولت X`, `مقامات X`, `مرزبانان X` speak for the country X. */
/** `آنها` (they) refers to many and speaks for no one person. */
const PLURAL_THEY = fold("آنها");
/** Words that open an adverbial phrase before a sentence's subject. */
const ADVERBIAL_OPENERS = new Set(["همزمان", "پس", "پیش", "ضمن", "طی", "هنگام", "بعد", "قبل", "روز", "دیروز", "امروز"]);
/** A manner cue that introduces a clause (`با بیان اینکه`), not a noun (`با اشاره به`). */
const STATES = /(که|اینکه|این که)$/u;
/** `سخنان X`: the words of X, which an outlet reports. */
const WORDS_OF = new Set(["سخنان", "اظهارات", "گفته‌های", "گفتههای", "صحبتهای", "صحبت‌های", "گفتار", "بیانات"].map((w) => w.replace(/\u200c/gu, "")));
const SPEAK_FOR = new Set(["دولت", "مقامات", "مقامهای", "مقام‌های", "مرزبانان", "حکومت", "نیروهای", "مسئولان", "مسوولان"].map((w) => w.replace(/\u200c/gu, "")));

interface Cue {
  match: GazetteerMatch;
  tags: string[];
}

/**
 * Quoted statements, direct and indirect, with the speaker and the channel:
 * - a reporting verb with its complement: `گفت که …`, `تاکید کرد …`, `افزود: …`,
 *   `گفت: «…»`, `خواست تا …`; a passive one (`تاکید شد که …`) has no speaker;
 * - `به گفته X، …` and `با بیان اینکه …`;
 * - a headline `X: …` whose X is a person, a title or a group;
 * - `X را «Y» توصیف کرد` (only with Y in quotation marks);
 * - `«…»، X گفت` (the quotation before its speaker).
 * After a colon the statement runs to the end of the paragraph, in the speaker's voice;
 * after `که` to the end of the sentence. The speaker is the clause's subject (a pronoun
 * or a title resolves later, through coreference); `به گزارش X`, `به نقل از X`,
 * `در گفتگو با X` and an outlet that `نوشت` give the channel.
 */
export const quotesExtractor: Extractor = {
  name: "quotes",
  run(ctx) {
    const idx = docIndex(ctx);
    const q = new QuoteFinder(ctx, idx);
    q.headlines();
    q.verbCues();
    q.accordingTo();
    q.namings();
    q.quotationBeforeSpeaker();
    q.emit();
  },
};

class QuoteFinder {
  private readonly found: (QuoteProposal & { tokenStart: number })[] = [];
  private readonly cues: Cue[];
  private readonly mentions: readonly Mention[];
  private lastSpeaker: Range | null = null;
  private lastSpeakerLine = -1;

  private readonly cueAt = new Map<number, Cue[]>();
  private readonly mentionsAt: MentionIndex;

  constructor(
    private readonly ctx: ExtractorContext,
    private readonly idx: DocIndex,
  ) {
    this.cues = idx.ofKind("cue").map((m) => ({ match: m, tags: m.entry.tags ?? [] }));
    for (const c of this.cues) {
      const list = this.cueAt.get(c.match.tokenStart);
      if (list) list.push(c);
      else this.cueAt.set(c.match.tokenStart, [c]);
    }
    this.mentions = ctx.mentions();
    this.mentionsAt = mentionIndex(this.mentions);
  }

  /** The cue starting at token i that has this tag. */
  private cueWith(i: number, tag: string): Cue | undefined {
    return this.cueAt.get(i)?.find((c) => c.tags.includes(tag));
  }

  emit(): void {
    for (const f of this.found) {
      const { tokenStart: _t, ...p } = f;
      this.ctx.proposeQuote(p);
    }
  }

  private add(p: QuoteProposal, tokenStart: number): void {
    const c = p.content;
    if (c.end <= c.start) return;
    if (this.insideFoundRange(c.start, c.end)) return;
    this.sorted.splice(firstEndingAfter(this.sorted, c.start), 0, c);
    this.found.push({ ...p, tokenStart });
    const s = this.idx.sentenceOf(tokenStart).index;
    const list = this.bySentence.get(s);
    if (list) list.push(this.found[this.found.length - 1]);
    else this.bySentence.set(s, [this.found[this.found.length - 1]]);
  }

  private readonly bySentence = new Map<number, (QuoteProposal & { tokenStart: number })[]>();
  private foundInSentence(s: number): (QuoteProposal & { tokenStart: number })[] {
    return this.bySentence.get(s) ?? [];
  }

  // ---- the shapes of a quote -------------------------------------------------------------

  /** `X: …` on a headline or paragraph start, X a person, a title phrase or a group. */
  headlines(): void {
    const { idx } = this;
    const n = idx.tokens.length;
    for (let i = 0; i < n; i++) {
      if (!idx.startsLine(i)) continue;
      let colon = -1;
      for (let k = i; k < Math.min(n, i + 8); k++) {
        if (k > i && idx.breakBefore(k)) break;
        if (idx.isPunct(k, ":")) {
          colon = k;
          break;
        }
        if (idx.isPunct(k) && !idx.isPunct(k, "«»")) break;
      }
      if (colon <= i) continue;
      const speaker = this.wholeSpeaker(i, colon);
      if (!speaker) continue;
      // the statement runs to the end of its line: this one, or the next when `X:` ends a line
      const contentStart = colon + 1;
      if (contentStart >= n) continue;
      const contentEnd = this.lineEnd(contentStart);
      if (speaker.kind === "organization" && speaker.media) {
        // `خبرگزاری اسپوتنیک: …` names the channel of the quotes on that line
        this.channelLines.set(this.lineOf(contentStart), speaker.range);
        continue;
      }
      this.add(
        { content: this.trim(contentStart, contentEnd), direct: true, cue: rangeOf(idx, colon, colon + 1), speaker: speaker.range, via: null, rule: "headline", confidence: 0.8 },
        contentStart,
      );
    }
  }

  private readonly channelLines = new Map<number, Range>();

  /** Reporting verbs and their complements. */
  verbCues(): void {
    const { idx } = this;
    for (const cue of this.cues) {
      const tags = cue.tags;
      const nounOnly = tags.includes("noun-only");
      if (!(tags.includes("verb") || tags.includes("passive") || tags.includes("manner") || nounOnly)) continue;
      if (tags.includes("planned")) continue;
      const m = cue.match;
      // `اظهار نگرانی کرد` states no words; with a `که` clause (`ابراز امیدواری کرد که …`) it
      // does. `خواست`, `گفته` and their like need the clause too.
      if ((nounOnly || tags.includes("needs-that") || tags.includes("passive")) && !this.clauseIntroduced(m, cue))
        continue;
      if (this.insideFound(m.start)) continue;
      const after = m.tokenEnd;
      // `با بیان اینکه …` introduces a statement; `با اشاره به …` only a noun
      const manner = tags.includes("manner");
      if (manner && !STATES.test(m.alias)) continue;
      let content: { a: number; b: number; direct: boolean } | undefined;
      if (idx.isPunct(after, "،,") && (tags.includes("needs-that") || nounOnly) && idx.isPunct(after + 1, OPEN)) {
        const close = this.closing(after + 1);
        if (close) content = { a: after + 2, b: close, direct: true };
      } else if (idx.isPunct(after, ":")) {
        const a = after + 1;
        if (idx.isPunct(a, OPEN)) {
          const close = this.closing(a);
          content = close ? { a: a + 1, b: close, direct: true } : { a, b: this.lineEnd(a), direct: true };
        } else content = { a, b: this.voiceEnd(a, this.lineEnd(a)), direct: true };
      } else if (idx.isPunct(after, OPEN)) {
        const close = this.closing(after);
        if (close) content = { a: after + 1, b: close, direct: true };
      } else {
        let a = after;
        if (manner) {
          // `با بیان اینکه …`: the statement starts right after the cue
        } else if (this.isComplementizer(a) || (REQUEST_LINK.has(idx.key(a)) && /خواست/u.test(m.alias))) a = this.skipComplementizer(a);
        else if (idx.isPunct(a, "،,؛")) a++;
        else if (!this.clauseFollows(a)) continue;
        const end = manner ? this.mannerEnd(a) : this.sentenceEnd(a);
        if (idx.isPunct(a, OPEN) && this.closing(a) === end - 1) content = { a: a + 1, b: end - 1, direct: false };
        else content = { a, b: end, direct: false };
      }
      if (!content || content.b - content.a < 2) continue;
      // an inner colon quote (`… اظهار نگرانی کرد و افزود: …`) is a quote of its own
      let inner: Cue | undefined;
      for (let k = content.a; k < content.b && !inner; k++) inner = this.cueAt.get(k)?.find((c) => c !== cue && c.match.tokenEnd < content!.b && idx.isPunct(c.match.tokenEnd, ":"));
      if (inner && !content.direct) continue;
      // stop an indirect statement before `و افزود …`, the next reporting clause
      if (!content.direct) content.b = this.beforeNextCue(content.a, content.b);
      const passive = tags.includes("passive");
      const subject = passive ? { speaker: null, via: null } : this.subjectOf(m.tokenStart, cue);
      this.add(
        {
          content: this.trim(content.a, content.b, content.direct && !idx.isPunct(content.a - 1, OPEN)),
          direct: content.direct,
          cue: { start: m.start, end: m.end },
          speaker: subject.speaker,
          via: subject.via ?? this.channelLines.get(this.lineOf(m.tokenStart)) ?? null,
          rule: passive ? "passive-cue" : manner ? "manner-cue" : content.direct ? "verb-colon" : "verb-complement",
          confidence: passive ? 0.6 : 0.8,
        },
        content.a,
      );
      if (subject.speaker) {
        this.lastSpeaker = subject.speaker;
        this.lastSpeakerLine = this.lineOf(m.tokenStart);
      }
    }
  }

  /** `به گفته X، …`, and `به نقل از X، …` when no reporting verb follows in the sentence. */
  accordingTo(): void {
    const { idx } = this;
    for (const cue of this.cues) {
      const m = cue.match;
      const quoting = cue.tags.includes("channel") && /نقل/u.test(m.alias);
      if (!cue.tags.includes("according") && !quoting) continue;
      if (quoting) {
        const s = idx.sentenceOf(m.tokenStart);
        // `به گزارش A به نقل از B، …` is a chain of channels for the narration, not a quote
        let chained = false;
        for (let k = s.start; k < m.tokenStart && !chained; k++) chained = this.cueAt.get(k)?.some((c) => c !== cue && c.tags.includes("channel")) ?? false;
        if (chained) continue;
        let verbAfter = false;
        for (let k = m.tokenEnd + 1; k < s.end && !verbAfter; k++) verbAfter = this.cueAt.get(k)?.some((c) => c.tags.includes("verb") || c.tags.includes("naming")) ?? false;
        if (verbAfter) continue;
      }
      let who = this.mentionOrAnaphorAt(m.tokenEnd);
      if (!who && cue.tags.includes("according")) {
        // `به گفته منابع تاجیکستان، …`, `به گفته یک مقام آگاه، …`: an unnamed source; a country
        // or organization it speaks for is the speaker
        let c = m.tokenEnd;
        while (c < idx.tokens.length && c - m.tokenEnd < 6 && !idx.isPunct(c)) c++;
        if (!idx.isPunct(c, "،,") || c === m.tokenEnd) continue;
        let forWhom: Range | null = null;
        for (let j = m.tokenEnd; j < c && !forWhom; j++) {
          const x = SPEAK_FOR.has(idx.key(j)) ? this.mentionStartingAt(j + 1) : undefined;
          if (x && (x.kind === "country" || x.kind === "organization")) forWhom = { start: x.start, end: x.end };
        }
        const b = this.beforeNextCue(c + 1, this.sentenceEnd(c + 1));
        if (b - (c + 1) >= 2)
          this.add({ content: this.trim(c + 1, b), direct: false, cue: { start: m.start, end: m.end }, speaker: forWhom, via: null, rule: "according-to-source", confidence: 0.6 }, c + 1);
        continue;
      }
      if (!who) continue;
      let a = who.tokenEnd;
      // `به گفته X، وزیر خارجه Y،`: the title after the speaker
      const phrase = titlePhraseAt(this.ctx, a) ?? titlePhraseAt(this.ctx, a + 1);
      if (phrase && idx.isPunct(phrase.start - 1, "،,")) a = phrase.end;
      if (!idx.isPunct(a, "،,")) continue;
      a++;
      const b = this.beforeNextCue(a, this.sentenceEnd(a));
      if (b - a < 2) continue;
      this.add({ content: this.trim(a, b), direct: false, cue: { start: m.start, end: m.end }, speaker: who.range, via: null, rule: "according-to", confidence: 0.75 }, a);
    }
  }

  /** `X را «Y» توصیف کرد`: a quote only when Y stands in quotation marks. */
  namings(): void {
    const { idx } = this;
    for (const cue of this.cues) {
      if (!cue.tags.includes("naming")) continue;
      const m = cue.match;
      const close = m.tokenStart - 1;
      if (!idx.isPunct(close, CLOSE)) continue;
      let open = close - 1;
      while (open > 0 && close - open < 40 && !idx.isPunct(open, OPEN)) open--;
      if (!idx.isPunct(open, OPEN) || open + 1 >= close) continue;
      const subject = this.subjectOf(open, cue);
      this.add({ content: this.trim(open + 1, close, false), direct: true, cue: { start: m.start, end: m.end }, speaker: subject.speaker, via: subject.via, rule: "naming", confidence: 0.7 }, open + 1);
    }
  }

  /** `«…»، X گفت.` */
  quotationBeforeSpeaker(): void {
    const { idx } = this;
    for (const cue of this.cues) {
      if (!cue.tags.includes("verb")) continue;
      const m = cue.match;
      const end = this.sentenceEnd(m.tokenEnd);
      if (end > m.tokenEnd + 1) continue; // the verb ends its sentence
      const s = idx.sentenceOf(m.tokenStart).start;
      if (!idx.isPunct(s, OPEN)) continue;
      const close = this.closing(s);
      if (!close || close >= m.tokenStart) continue;
      // a name in quotation marks (`«ذبیح‌الله مجاهد» … گفت`) is the speaker, not a statement
      if (close - s <= 4 || this.mentions.some((x) => x.tokenStart === s + 1 && x.tokenEnd === close)) continue;
      const subject = this.subjectOf(m.tokenStart, cue, close + 1);
      if (!subject.speaker) continue;
      this.add({ content: this.trim(s + 1, close, false), direct: true, cue: { start: m.start, end: m.end }, speaker: subject.speaker, via: subject.via, rule: "quotation-first", confidence: 0.75 }, s + 1);
    }
  }

  // ---- speakers and channels ---------------------------------------------------------------

  /**
   * The subject of the clause whose verb starts at token `verb`: the first mention (or
   * pronoun, or title phrase) of the sentence that follows no preposition and lies in no
   * title phrase's complement; `به گزارش X` / `به نقل از X` / `در گفتگو با X` give the
   * channel, and an outlet subject of `نوشت` is a channel too.
   */
  private subjectOf(verb: number, cue: Cue, from?: number): { speaker: Range | null; via: Range | null } {
    // a clause after `… verb و` with no subject of its own shares the sentence's subject
    // (`… اظهار نگرانی کرد و افزود: …`)
    const own = this.subjectIn(verb, cue, from, true);
    return own.speaker || !own.split ? own : this.subjectIn(verb, cue, from, false);
  }

  private subjectIn(verb: number, cue: Cue, from: number | undefined, splitAtAnd: boolean): { speaker: Range | null; via: Range | null; split: boolean } {
    const { idx } = this;
    let split = false;
    const sentence = idx.sentenceOf(verb);
    let start = from ?? sentence.start;
    // a headline's `X:` or an earlier colon quote in the sentence is not this clause
    for (let k = verb - 1; k > start; k--) if (idx.isPunct(k, ":؛;")) {
      start = k + 1;
      break;
    }
    // `همزمان با …، X گفت`, `پس از …، X گفت`: an opening adverbial ends at its comma
    // (a channel, `به گزارش X،`, is read below, not skipped)
    const opensWithCue = this.cueWith(start, "channel") !== undefined || this.cueWith(start, "according") !== undefined;
    if (!opensWithCue && (ADVERBIAL_OPENERS.has(idx.key(start)) || this.ctx.resources.words.prepositions.has(idx.key(start)))) {
      for (let k = start + 1; k < verb; k++) if (idx.isPunct(k, "،,")) {
        if (this.mentionOrAnaphorAt(k + 1)) start = k + 1;
        break;
      }
    }
    // `… می‌رود و سرمربی تیم گفت`: after a verb, `و` opens a new clause with its own subject
    if (splitAtAnd)
      for (let k = verb - 1; k > start; k--)
        if (idx.key(k) === "و" && this.isVerbLike(k - 1)) {
          start = k + 1;
          split = true;
          break;
        }
    // `X نوشته است که Y … افزود`: a reporting verb with its `که` opens a new clause
    for (let k = start; k < verb; k++) {
      const c = this.cueWith(k, "verb");
      if (c && c.match.tokenEnd < verb && this.isComplementizer(c.match.tokenEnd)) start = this.skipComplementizer(c.match.tokenEnd);
    }
    // a clause boundary: a previous quote's content in this sentence ends the search
    for (const f of this.foundInSentence(sentence.index)) if (f.content.end <= idx.tokens[verb].start && f.tokenStart >= start && f.tokenStart < verb) start = Math.max(start, f.tokenStart);
    let via: Range | null = null;
    let quotedSource: Range | null = null;
    let subject: { range: Range; kind: string; media: boolean } | null = null;
    for (let i = start; i < verb; i++) {
      // `با بیان اینکه …،` holds a statement of its own, not the subject
      const manner = this.cueAt.get(i)?.find((c) => c.tags.includes("manner") && STATES.test(c.match.alias));
      if (manner) {
        i = Math.max(i, this.mannerEnd(manner.match.tokenEnd) - 1);
        continue;
      }
      const channel = this.cueWith(i, "channel");
      if (channel) {
        const who = this.mentionOrAnaphorAt(channel.match.tokenEnd) ?? this.mentionOrAnaphorAt(channel.match.tokenEnd + 1);
        if (who) {
          if (who.kind === "person") quotedSource = who.range;
          else via = who.range;
          i = who.tokenEnd - 1;
        } else i = channel.match.tokenEnd - 1;
        continue;
      }
      // `سخنان X`, `اظهارات X`: whose words an outlet passes on
      if (WORDS_OF.has(idx.key(i - 1)) && !quotedSource) {
        const src = this.mentionStartingAt(i);
        if (src?.kind === "person") {
          quotedSource = { start: src.start, end: src.end };
          i = src.tokenEnd - 1;
          continue;
        }
      }
      if (subject) continue;
      if (NOT_SUBJECT_AFTER.has(idx.key(i - 1)) && i > start) continue;
      // a country or organization right after a noun complements it (`تیم ملی فوتبال ایران`):
      // the subject is the noun phrase, not the name inside it
      if (i > start && this.complementOfNoun(i)) continue;
      const phrase = titlePhraseAt(this.ctx, i);
      const who = this.mentionOrAnaphorAt(i);
      if (who && (!phrase || who.tokenEnd >= phrase.end)) {
        // `دولت افغانستان`: skip over the leading word handled in mentionOrAnaphorAt
        subject = { range: who.range, kind: who.kind, media: who.media };
        i = Math.max(i, appositionEnd(this.ctx, this.idx, who.tokenEnd) - 1);
        continue;
      }
      if (phrase) {
        // a bare title phrase (`رئیس جمهور تاجیکستان`) speaks; coreference resolves it
        const holder = this.mentionOrAnaphorAt(phrase.end) ?? this.mentionOrAnaphorAt(phrase.end + 1);
        if (holder && holder.kind === "person") {
          subject = { range: holder.range, kind: "person", media: false };
          i = appositionEnd(this.ctx, this.idx, holder.tokenEnd) - 1;
        } else {
          subject = { range: phrase.range, kind: "title", media: false };
          i = phrase.end - 1;
        }
      }
    }
    // `X به خبرگزاری Y گفت`: the outlet spoken to is the channel
    const spokenTo = this.mentionsAt.endingAt(verb, ["organization"]);
    if (!via && spokenTo && idx.key(spokenTo.tokenStart - 1) === "به") via = { start: spokenTo.start, end: spokenTo.end };
    const writes = cue.tags.includes("writes");
    if (subject && (subject.kind === "organization" || subject.kind === "anaphor") && subject.media && (writes || quotedSource)) {
      via = subject.range;
      subject = quotedSource ? { range: quotedSource, kind: "person", media: false } : null;
    }
    if (!subject && quotedSource) subject = { range: quotedSource, kind: "person", media: false };
    let speaker = subject?.range ?? null;
    if (!speaker && this.lastSpeaker && this.lineOf(verb) - this.lastSpeakerLine <= 1) speaker = this.lastSpeaker;
    return { speaker: split && !subject ? null : speaker, via, split };
  }

  /** A mention, `دولت X`, or a pronoun or `این X` at token i. */
  private mentionOrAnaphorAt(i: number): { range: Range; kind: string; tokenEnd: number; media: boolean } | undefined {
    const { idx } = this;
    const words = this.ctx.resources.words;
    if (i < 0 || i >= idx.tokens.length) return undefined;
    const m = this.mentionStartingAt(i);
    if (m) return { range: { start: m.start, end: m.end }, kind: m.kind, tokenEnd: m.tokenEnd, media: isOutlet(m) };
    if (SPEAK_FOR.has(idx.key(i))) {
      const x = this.mentionStartingAt(i + 1);
      if (x && (x.kind === "country" || x.kind === "organization")) return { range: { start: x.start, end: x.end }, kind: x.kind, tokenEnd: x.tokenEnd, media: false };
    }
    if (words.anaphors.has(idx.key(i)) && idx.key(i) !== PLURAL_THEY) return { range: rangeOf(idx, i, i + 1), kind: "pronoun", tokenEnd: i + 1, media: false };
    if (idx.key(i) === "این" && words.anaphorNouns.has(idx.key(i + 1))) {
      const media = isOutletNoun(idx.text(i + 1));
      return { range: rangeOf(idx, i, i + 2), kind: "anaphor", tokenEnd: i + 2, media };
    }
    return undefined;
  }

  private mentionStartingAt(i: number): Mention | undefined {
    return this.mentionsAt.startingAt(i);
  }

  /** The speaker of a headline `X:`: all of X must be one mention, a title phrase or `title + name`. */
  private wholeSpeaker(a: number, b: number): { range: Range; kind: string; media: boolean } | undefined {
    const m = this.mentionStartingAt(a);
    if (m && m.tokenEnd === b && m.kind !== "location" && m.kind !== "country") return { range: { start: m.start, end: m.end }, kind: m.kind, media: isOutlet(m) };
    const p = titlePhraseAt(this.ctx, a);
    if (p && p.end === b) return { range: p.range, kind: "title", media: false };
    if (p) {
      const holder = this.mentionStartingAt(p.end);
      if (holder && holder.tokenEnd === b && holder.kind === "person") return { range: { start: holder.start, end: holder.end }, kind: "person", media: false };
    }
    return undefined;
  }

  // ---- token geometry -----------------------------------------------------------------------

  /** A finite verb form: `می‌…`/`نمی‌…`, a light or auxiliary verb, or the end of a cue or meeting verb. */
  private isVerbLike(i: number): boolean {
    const { idx } = this;
    const k = idx.key(i);
    if (idx.isPrefixedVerb(i) || this.ctx.resources.words.auxiliaries.has(k)) return true;
    return idx.endingBefore(i + 1, "cue").some((c) => c.entry.tags?.includes("verb")) || idx.endingBefore(i + 1, "meeting").length > 0;
  }

  /** Whether the country or organization at token i stands after a noun it complements. */
  private complementOfNoun(i: number): boolean {
    const { idx } = this;
    const m = this.mentionStartingAt(i);
    if (!m || (m.kind !== "country" && m.kind !== "organization")) return false;
    const p = i - 1;
    if (!idx.isWord(p) || this.ctx.resources.words.closed.has(idx.key(p))) return false;
    // a head the name belongs to (`دولت X`), an honorific, a title or a cue before it leaves it free
    // (and a demonym before an outlet describes it: `خبرگزاری روسی اسپوتنیک`)
    if (SPEAK_FOR.has(idx.key(p)) || idx.endingBefore(i).some((x) => x.kind === "honorific" || x.kind === "title" || x.kind === "cue" || x.kind === "demonym")) return false;
    return !this.mentionsAt.endingAt(i);
  }

  /**
   * Whether a cue that cannot stand alone (`خواست` also means "wanted", `گفته` is a bare
   * participle, `اظهار نگرانی کرد` names no words) introduces a statement: `که`, a colon, a
   * quotation; `،` after a participle (`گفته، …`); `تا` or a clause after a request made of
   * someone (`از X خواست …`).
   */
  private clauseIntroduced(m: GazetteerMatch, cue: Cue): boolean {
    const { idx } = this;
    const k = m.tokenEnd;
    if (this.isComplementizer(k) || idx.isPunct(k, ":") || (idx.isPunct(k, OPEN) && !cue.tags.includes("noun-only"))) return true;
    const request = /خواست/u.test(m.alias);
    if (request) {
      if (REQUEST_LINK.has(idx.key(k))) return true;
      for (let j = m.tokenStart - 1; j >= Math.max(0, m.tokenStart - 5); j--) if (idx.key(j) === "از") return this.clauseFollows(k);
      return false;
    }
    return cue.tags.includes("needs-that") && idx.isPunct(k, "،,") && this.clauseFollows(k + 1);
  }

  private isComplementizer(i: number): boolean {
    return this.cueWith(i, "complementizer") !== undefined;
  }
  private skipComplementizer(i: number): number {
    const c = this.cueWith(i, "complementizer");
    return c ? c.match.tokenEnd : i + 1;
  }

  /** Whether a clause follows a verb directly (`گفت مناسبات دو کشور …`), not the sentence's end. */
  private clauseFollows(i: number): boolean {
    const { idx } = this;
    if (i >= idx.tokens.length || idx.breakBefore(i)) return false;
    const end = this.sentenceEnd(i);
    if (end - i < 4) return false;
    const k = idx.key(i);
    return idx.isWord(i) && !this.ctx.resources.words.conjunctions.has(k) && !this.ctx.resources.words.prepositions.has(k);
  }

  /**
   * Where a colon quote's voice ends: the paragraph's end, or the end of the sentence before
   * the next one that has a reporting verb of its own (`… گفت: A. Y افزود: B.`).
   */
  private voiceEnd(a: number, b: number): number {
    const { idx } = this;
    let s = idx.sentenceOf(a);
    while (s.end < b) {
      const next = idx.sentenceOf(s.end);
      if (next.start >= b || next.index === s.index) break;
      for (let k = next.start; k < Math.min(next.end, b); k++)
        if (this.cueWith(k, "verb") || this.cueWith(k, "according")) {
          let e = next.start;
          while (e > a && idx.isPunct(e - 1, ".!؟?…")) e--;
          return e;
        }
      s = next;
    }
    return b;
  }

  /** The end of a `با بیان اینکه …` clause: the comma before the main clause's subject, or the verb. */
  private mannerEnd(a: number): number {
    const { idx } = this;
    const end = this.sentenceEnd(a);
    for (let k = a; k < end; k++) {
      if (idx.isPunct(k, "،,")) return k;
      if (this.cueAt.get(k)?.some((c) => c.tags.includes("verb") && idx.isPunct(c.match.tokenEnd, ":"))) return k;
    }
    return end;
  }

  /** The token after the last of the sentence containing i, without its final stop. */
  private sentenceEnd(i: number): number {
    const { idx } = this;
    const s = idx.sentenceOf(Math.min(i, idx.tokens.length - 1));
    let e = s.end;
    while (e > i && idx.isPunct(e - 1, ".!؟?…")) e--;
    return e;
  }

  /** The end of the line (paragraph) that token i is on, without its final stop. */
  private lineEnd(i: number): number {
    const { idx } = this;
    let e = i + 1;
    while (e < idx.tokens.length && !idx.breakBefore(e)) e++;
    while (e > i && idx.isPunct(e - 1, ".!؟?…")) e--;
    return e;
  }

  private lineOf(i: number): number {
    return this.idx.lineOf(i);
  }

  /** The closing mark of the quotation opening at token a, on the same paragraph. */
  private closing(a: number): number | undefined {
    const { idx } = this;
    for (let k = a + 1; k < idx.tokens.length; k++) {
      if (idx.breakBefore(k)) return undefined;
      if (idx.isPunct(k, CLOSE)) return k;
      if (idx.isPunct(k, "«“")) return undefined;
    }
    return undefined;
  }

  /** Cut an indirect statement before a following `و + reporting verb` clause. */
  private beforeNextCue(a: number, b: number): number {
    const { idx } = this;
    for (let k = a + 1; k < b; k++) if (idx.key(k - 1) === "و" && this.cueWith(k, "verb")) return k - 1;
    return b;
  }

  private insideFound(offset: number): boolean {
    return this.insideFoundRange(offset, offset + 1);
  }

  /** The contents found so far, sorted by start; they never overlap. */
  private readonly sorted: Range[] = [];

  /** Whether [start, end) overlaps a quote found so far (binary search in `sorted`). */
  private insideFoundRange(start: number, end: number): boolean {
    const i = firstEndingAfter(this.sorted, start);
    return i < this.sorted.length && this.sorted[i].start < end;
  }

  /** The original range of tokens [a, b), without a final stop (unless kept) and enclosing marks. */
  private trim(a: number, b: number, dropFinalStop = true): Range {
    const { idx } = this;
    while (b > a && dropFinalStop && idx.isPunct(b - 1, ".")) b--;
    while (b > a && idx.isPunct(b - 1, "،,:")) b--;
    if (idx.isPunct(a, OPEN) && idx.isPunct(b - 1, CLOSE) && b - a > 2) {
      a++;
      b--;
    }
    return rangeOf(idx, a, Math.max(a + 1, b));
  }
}

function rangeOf(idx: DocIndex, a: number, b: number): Range {
  return { start: idx.tokens[a].start, end: idx.tokens[b - 1].end };
}


