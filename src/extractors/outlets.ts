import type { Mention } from "../pipeline/extractor.js";

/** Heads that make a name an outlet's: a news agency, a paper, a station, a weekly. */
const OUTLET_HEAD = /^(خبرگزاری|روزنامه|رادیو|تلویزیون|شبکه|هفته‌نامه)/u;
/** Nouns for an outlet in `این خبرگزاری`, `این روزنامه`. */
const OUTLET_NOUN = /خبرگزاری|روزنامه|رسانه|شبکه/u;

/**
 * Whether a mention names a news outlet: an organization the gazetteer tags `media`, or one
 * named with an outlet's head. An outlet that `نوشت` or passes on someone's words is the
 * channel of a quote, and `این خبرگزاری` refers back to it.
 */
export function isOutlet(m: Mention): boolean {
  return m.kind === "organization" && (m.entry?.tags?.includes("media") === true || OUTLET_HEAD.test(m.norm));
}

/** Whether a noun (`خبرگزاری`, `رسانه`…) stands for an outlet. */
export function isOutletNoun(word: string): boolean {
  return OUTLET_NOUN.test(word);
}
