import type { ExtractorContext, Mention } from "../pipeline/extractor.js";
import type { GazetteerMatch } from "../gazetteer/match.js";
import type { Range } from "../pipeline/types.js";
import { docIndex, type DocIndex } from "./doc-index.js";

/**
 * A title phrase: a role as written (`رئیس جمهور`, `معاون سخنگوی`, `وزیر امور خارجه حکومت
 * سرپرستی`) with the country or organization it is a role of (`تاجیکستان`, `وزارت خارجه
 * طالبان`, `این گروه`), and a posting place after `در` (`سفیر چین در تاجیکستان`).
 */
export interface TitlePhrase {
  /** Tokens [start, end) of the whole phrase. */
  start: number;
  end: number;
  /** Original range of the role words, e.g. `رئیس جمهور`. */
  role: Range;
  /** The title lexicon match the phrase starts with. */
  title: GazetteerMatch;
  /** The country or organization the role belongs to: a mention, or an expression such as `این گروه`. */
  of?: Range & { mention?: Mention };
  /** Original range of the whole phrase. */
  range: Range;
}

/** Words that continue a role without ending it: `اول`, `ارشد`, `سابق`, `حکومت سرپرستی`. */
const ROLE_WORDS = new Set(
  ["جدید", "اول", "دوم", "سوم", "ارشد", "سابق", "پیشین", "فعلی", "کنونی", "کل", "ویژه", "رسمی", "دائم", "دایم", "موقت", "سرپرستی", "سرپرست", "عالی", "اسبق", "منتخب", "وقت", "ارشد", "ارشدِ", "دولت", "حکومت", "روابط", "عامه", "عمومی", "امور", "ارتباطات"].map((w) => w),
);

const cache = new WeakMap<ExtractorContext, { basis: readonly Mention[]; phrases: TitlePhrase[]; byStart: Map<number, TitlePhrase> }>();

/**
 * The title phrases of a document, in text order. Cached per document for as long as the
 * accepted mentions they rest on stay the same.
 */
export function titlePhrases(ctx: ExtractorContext): TitlePhrase[] {
  return current(ctx).phrases;
}

/** The title phrase starting at token i, if any. */
export function titlePhraseAt(ctx: ExtractorContext, i: number): TitlePhrase | undefined {
  return current(ctx).byStart.get(i);
}

/**
 * Where an apposition after a name ends: `X، TITLE …،` past the title phrase and its closing
 * comma, `X TITLE …` past the phrase; k itself when no title phrase follows the name ending at k.
 */
export function appositionEnd(ctx: ExtractorContext, idx: DocIndex, k: number): number {
  const phrase = titlePhraseAt(ctx, idx.isPunct(k, "،,") ? k + 1 : k);
  if (!phrase) return k;
  return idx.isPunct(phrase.end, "،,") ? phrase.end + 1 : phrase.end;
}

function current(ctx: ExtractorContext) {
  const basis = ctx.mentions();
  let hit = cache.get(ctx);
  if (!hit || hit.basis !== basis) {
    const phrases = findTitlePhrases(ctx, docIndex(ctx));
    const byStart = new Map<number, TitlePhrase>();
    for (const p of phrases) if (!byStart.has(p.start)) byStart.set(p.start, p);
    hit = { basis, phrases, byStart };
    cache.set(ctx, hit);
  }
  return hit;
}

/** The end of [start, end) without trailing spaces and half-spaces. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start + 1 && /[\s\u200c]/u.test(text[end - 1])) end--;
  return end;
}

function findTitlePhrases(ctx: ExtractorContext, idx: DocIndex): TitlePhrase[] {
  const tokens = idx.tokens;
  const out: TitlePhrase[] = [];
  const mentionStarting = new Map<number, Mention>();
  for (const m of ctx.mentions()) {
    if (m.kind !== "country" && m.kind !== "organization") continue;
    const prev = mentionStarting.get(m.tokenStart);
    if (!prev || m.end - m.start > prev.end - prev.start) mentionStarting.set(m.tokenStart, m);
  }
  const anaphorNouns = ctx.resources.words.anaphorNouns;
  const government = ctx.resources.words.government;
  let i = 0;
  while (i < tokens.length) {
    const title = idx.startingAt(i, "title")[0];
    if (!title) {
      i++;
      continue;
    }
    const sentenceEnd = idx.sentenceOf(i).end;
    let k = title.tokenEnd;
    // a title that takes in an organization's name (`سخنگوی وزارت امور خارجه`) ends where the
    // organization begins: the role is of the organization, the most specific holder
    // likewise a country's long form that starts in the title's last word (`رئیس جمهوری
    // ازبکستان`: the title `رئیس جمهور` and the country `جمهوری ازبکستان` share a word)
    let inner: Mention | undefined;
    for (let j = title.tokenStart + 1; j < title.tokenEnd; j++) {
      const m = mentionStarting.get(j);
      if (m?.kind === "organization" || (m?.kind === "country" && m.tokenEnd > title.tokenEnd)) {
        k = j;
        inner = m;
        break;
      }
    }
    let roleEnd = k;
    // chained titles and role words: `معاون اول رئیس`, `وزیر امور خارجه حکومت سرپرستی`
    for (;;) {
      if (k >= sentenceEnd) break;
      if (inner) break;
      // coordinated titles share their complement: `وزیر خارجه و معاون صدر اعظم پاکستان`
      if (idx.key(k) === "و" && idx.startingAt(k + 1, "title").length > 0 && !mentionStarting.has(k + 1)) {
        k = idx.startingAt(k + 1, "title")[0].tokenEnd;
        roleEnd = k;
        continue;
      }
      const next = idx.startingAt(k, "title")[0];
      if (next && !mentionStarting.has(k)) {
        // a chained title that takes in an organization's name ends where the organization begins
        let cut = -1;
        for (let j = next.tokenStart + 1; j < next.tokenEnd; j++)
          if (mentionStarting.get(j)?.kind === "organization") {
            cut = j;
            break;
          }
        k = cut > 0 ? cut : next.tokenEnd;
        roleEnd = k;
        if (cut > 0) break;
        continue;
      }
      if (ROLE_WORDS.has(idx.key(k)) && !mentionStarting.has(k)) {
        // a government word belongs to the role only when an entity follows (`سخنگوی حکومت طالبان`)
        if (government.has(idx.key(k)) && !mentionStarting.has(k + 1) && !ROLE_WORDS.has(idx.key(k + 1))) break;
        k++;
        roleEnd = k;
        continue;
      }
      break;
    }
    let of: TitlePhrase["of"];
    const m = inner ?? (k < sentenceEnd ? mentionStarting.get(k) : undefined);
    if (m) {
      of = { start: m.start, end: m.end, mention: m };
      k = m.tokenEnd;
    } else if (idx.key(k) === "این" && anaphorNouns.has(idx.key(k + 1)) && k + 1 < sentenceEnd) {
      of = { start: tokens[k].start, end: tokens[k + 1].end };
      k += 2;
    }
    // a posting place: `سفیر چین در تاجیکستان`
    if (of && idx.key(k) === "در") {
      const place = ctx.mentions().find((x) => x.tokenStart === k + 1 && (x.kind === "country" || x.kind === "location"));
      if (place) k = place.tokenEnd;
    }
    const roleTokenEnd = Math.max(title.tokenStart + 1, roleEnd);
    const roleEndOffset = inner ? Math.min(title.end, inner.start) : Math.max(title.end, tokens[roleTokenEnd - 1].end);
    out.push({
      start: title.tokenStart,
      end: k,
      role: { start: title.start, end: trimEnd(ctx.doc.original, title.start, roleEndOffset) },
      title,
      of,
      range: { start: title.start, end: tokens[k - 1].end },
    });
    i = Math.max(k, i + 1);
  }
  return out;
}
