import type { Extractor, ExtractorContext } from "../pipeline/extractor.js";
import type { GazetteerMatch } from "../gazetteer/match.js";
import { ENTITY_KINDS, type EntityKind } from "../models/gazetteer.js";
import { docIndex, type DocIndex } from "./doc-index.js";
import { fold } from "../text/fold.js";

/**
 * The gazetteer stage: every match of a person, country, organization or location entry is
 * a mention. Entries tagged `ambiguous` (a name that is also a common word: `مهر`, `فارس`)
 * count only where the context marks them as names; `دوشنبه` (tag `ambiguous:weekday`) is
 * the city of Dushanbe only where the annotation guide says so.
 */
export const gazetteerExtractor: Extractor = {
  name: "gazetteer",
  run(ctx) {
    const idx = docIndex(ctx);
    for (const m of idx.ofKind(...ENTITY_KINDS)) {
      const tags = m.entry.tags ?? [];
      const ambiguous = tags.some((t) => t === "ambiguous" || t.startsWith("ambiguous:"));
      if (tags.includes("ambiguous:weekday")) {
        if (!isCityNotWeekday(ctx, idx, m)) continue;
      } else if (ambiguous && !nameContext(idx, m)) continue;
      const start = headlessStart(ctx, idx, m);
      ctx.proposeMention({
        kind: m.kind as EntityKind,
        start,
        end: m.end,
        entry: m.entry,
        priority: 10,
        confidence: ambiguous ? 0.7 : 0.95,
        rule: m.alias === m.entry.name ? "name" : "alias",
      });
    }
  },
};

/**
 * Where a mention starts when the matched form begins with a word the guide leaves out:
 * `شهر` before a city that is named without it too (`شهر کابل` → `کابل`), and `جمهوری`
 * when it belongs to the title before it (`رئیس جمهوری ازبکستان` → `ازبکستان`, while
 * `رئیس جمهور جمهوری تاجیکستان` keeps the long form).
 */
const JOMHURI = fold("جمهوری");
const RAIS = fold("رئیس");
const RIASAT = fold("ریاست");

function headlessStart(ctx: ExtractorContext, idx: DocIndex, m: GazetteerMatch): number {
  if (m.tokenEnd - m.tokenStart < 2 || m.affix === "prefix" || m.affix === "both") return m.start;
  const first = idx.key(m.tokenStart);
  const cityHead = m.kind === "location" && (first === "شهر" || first === "بندر");
  const titleWord = m.kind === "country" && first === JOMHURI && (idx.key(m.tokenStart - 1) === RAIS || idx.key(m.tokenStart - 1) === RIASAT);
  if (!cityHead && !titleWord) return m.start;
  // the rest must itself be a name of the entry
  const rest = fold(ctx.doc.normalized.text.slice(idx.tokens[m.tokenStart + 1].nStart, m.nEnd));
  const isName = fold(m.entry.name) === rest || (m.entry.aliases ?? []).some((a) => fold(a) === rest);
  return isName ? idx.tokens[m.tokenStart + 1].start : m.start;
}

/**
 * Context that makes an ambiguous name a name: a head noun of its kind right before it
 * (`خبرگزاری مهر`, `استان فارس`), a channel cue (`به گزارش مهر`), a dateline, or a
 * coordination with a mention of the same kind (`تسنیم و مهر`).
 */
function nameContext(idx: DocIndex, m: GazetteerMatch): boolean {
  const i = m.tokenStart;
  if (m.kind === "organization") {
    if (idx.endingBefore(i, "org_head").length > 0) return true;
    if (idx.endingBefore(i, "cue").some((c) => c.entry.tags?.includes("channel"))) return true;
  }
  if (m.kind === "location" || m.kind === "country") {
    if (idx.endingBefore(i, "loc_head").length > 0) return true;
    if (m.kind === "country" && !idx.isCommon(i)) return true;
  }
  // a name standing alone in quotation marks or brackets: `/”خاور”/`, `کابل (پژواک):`
  if (idx.isPunct(i - 1, "«“\"”(") && idx.isPunct(m.tokenEnd, "»”\"“)")) return true;
  // a coordination with a safe mention of the same kind
  const neighbours = [...idx.endingBefore(i - 1), ...idx.startingAt(m.tokenEnd + 1)];
  if ((idx.key(i - 1) === "و" || idx.key(m.tokenEnd) === "و") && neighbours.some((o) => o.kind === m.kind && !o.entry.tags?.includes("ambiguous")))
    return true;
  return false;
}

/**
 * `دوشنبه` is Dushanbe in a dateline (`دوشنبه، ۱۲ مهر`), after a preposition of place or
 * motion (`به دوشنبه`, `در دوشنبه`), next to another place (`مسکو و دوشنبه`,
 * `دوشنبه، پایتخت تاجیکستان`); it is Monday after `روز`, `صبح`, `امروز`…, before
 * `گذشته`, `آینده`, `شب`…, or before a date (`دوشنبه ۱۵ ژانویه`).
 */
function isCityNotWeekday(ctx: ExtractorContext, idx: DocIndex, m: GazetteerMatch): boolean {
  const words = ctx.resources.words;
  const i = m.tokenStart;
  const j = m.tokenEnd;
  const prev = idx.key(i - 1);
  const next = idx.key(j);
  const dateAfter = (k: number) => idx.tokens[k]?.kind === "number" || words.months.has(idx.key(k)) || words.months.has(idx.key(k + 1));
  // a dateline: the line starts with the name, then a comma and a date
  if (idx.startsLine(i) && idx.isPunct(j, "،,") && dateAfter(j + 1)) return true;
  if (words.time.has(prev) || words.weekdays.has(prev) || words.time.has(next) || words.weekdays.has(next)) return false;
  if (dateAfter(j)) return false;
  if (["به", "در", "از", "تا", "با", "عازم", "وارد", "مقصد", "راهی", "سوی"].includes(prev)) return true;
  if (next === "پایتخت" || (idx.isPunct(j, "،,") && idx.key(j + 1) === "پایتخت")) return true;
  const place = (o: GazetteerMatch) => o.kind === "location" || o.kind === "country";
  if (prev === "و" && idx.endingBefore(i - 1).some(place)) return true;
  if (next === "و" && idx.startingAt(j + 1).some(place)) return true;
  return false;
}
