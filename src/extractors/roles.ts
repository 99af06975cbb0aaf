import type { Extractor, Mention } from "../pipeline/extractor.js";
import { docIndex } from "./doc-index.js";
import { titlePhrases } from "./title-phrases.js";

/**
 * holds_role from a title phrase next to a named person, in either order:
 * `امامعلی رحمان، رئیس جمهور تاجیکستان`, `سخنگوی حکومت طالبان ذبیح الله مجاهد`,
 * `رشید مرداف وزیر امور خارجه ترکمنستان`. The object is the most specific country or
 * organization of the title (`سرپرست وزارت خارجه طالبان` → the ministry); `role` is the
 * title as written. A title with no named holder (`سفیر چین`) gives no edge.
 */
export const rolesExtractor: Extractor = {
  name: "roles",
  run(ctx) {
    const idx = docIndex(ctx);
    const persons = ctx.mentions().filter((m) => m.kind === "person");
    const endingAt = new Map<number, Mention>();
    const startingAt = new Map<number, Mention>();
    for (const p of persons) {
      endingAt.set(p.tokenEnd, p);
      startingAt.set(p.tokenStart, p);
    }
    for (const t of titlePhrases(ctx)) {
      if (!t.of) continue;
      // the holder before the title, past a comma or closing quotation mark (`«X»، TITLE`)
      let b = t.start;
      while (b > t.start - 2 && idx.isPunct(b - 1, "،,»”\"")) b--;
      let holder = endingAt.get(b) ?? endingAt.get(t.start);
      // or after it: `TITLE X`, `TITLE، X`, `TITLE «X»`
      let a = t.end;
      while (a < t.end + 2 && idx.isPunct(a, "،,«“\"")) a++;
      // past honorifics: `وزیر دفاع این گروه، ملا یعقوب`
      while (idx.startingAt(a, "honorific").length > 0 && !startingAt.has(a)) a = idx.startingAt(a, "honorific")[0].tokenEnd;
      if (!holder) holder = startingAt.get(a);
      if (!holder) continue;
      ctx.proposeRelation({
        kind: "holds_role",
        subject: { start: holder.start, end: holder.end },
        object: { start: t.of.start, end: t.of.end },
        role: ctx.doc.original.slice(t.role.start, t.role.end),
        evidence: [t.range],
        confidence: 0.85,
        rule: holder.tokenEnd <= t.start ? "name-title" : "title-name",
      });
    }
  },
};
