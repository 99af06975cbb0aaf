import type { Mention } from "./extractor.js";
import type { EntityKind } from "../models/gazetteer.js";

/** One real-world entity of a document: the mentions that refer to it. */
export interface EntityGroup {
  kind: EntityKind;
  mentions: Mention[];
  /** The gazetteer entry, when any mention came from one. */
  entryId?: string;
}

/**
 * Merges mentions into entities: mentions of one gazetteer entry are one entity; so are
 * mentions with the same matching key; a person's partial name (`رحمان` after
 * `امامعلی رحمان`) joins the one full name it is part of; an organization's short form
 * (`وزارت خارجه` after `وزارت خارجه طالبان`) joins the one longer name it begins.
 */
export function mergeMentions(mentions: readonly Mention[]): EntityGroup[] {
  const groups: EntityGroup[] = [];
  const byEntry = new Map<string, EntityGroup>();
  const byKey = new Map<string, EntityGroup>();
  for (const m of mentions) {
    const id = m.entry?.id;
    let g = id ? byEntry.get(id) : undefined;
    g ??= byKey.get(m.kind + "\u0000" + m.key);
    if (!g) {
      g = { kind: m.kind, mentions: [], entryId: id };
      groups.push(g);
    }
    g.mentions.push(m);
    if (id && !g.entryId) g.entryId = id;
    if (id) byEntry.set(id, g);
    byKey.set(m.kind + "\u0000" + m.key, g);
  }
  return absorbPartialNames(groups);
}

/** Folded words of a mention's normalized text. */
function words(m: Mention): string[] {
  return m.key.length === 0 ? [] : m.norm.split(/[\s\u200c]+/u).filter(Boolean);
}

function absorbPartialNames(groups: EntityGroup[]): EntityGroup[] {
  const longest = (g: EntityGroup) => g.mentions.reduce((a, b) => (b.key.length > a.key.length ? b : a));
  const absorbed = new Set<EntityGroup>();
  for (const g of groups) {
    if (g.entryId && g.kind !== "organization") continue;
    const short = longest(g);
    const candidates = groups.filter((h) => {
      if (h === g || h.kind !== g.kind || absorbed.has(h)) return false;
      const long = longest(h);
      if (long.key.length <= short.key.length) return false;
      if (g.kind === "person") {
        // every word of the short name is a word of the long one, and the last words agree
        const lw = words(long);
        const sw = words(short);
        return sw.length > 0 && sw.every((w) => lw.includes(w)) && (lw[lw.length - 1] === sw[sw.length - 1] || lw[0] === sw[0]);
      }
      if (g.kind === "organization" && !g.entryId) return long.key.startsWith(short.key);
      return false;
    });
    if (candidates.length === 1) {
      candidates[0].mentions.push(...g.mentions);
      absorbed.add(g);
    }
  }
  const out = groups.filter((g) => !absorbed.has(g));
  for (const g of out) g.mentions.sort((a, b) => a.start - b.start);
  return out;
}
