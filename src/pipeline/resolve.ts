import type { Mention } from "./extractor.js";

/**
 * Resolves overlapping mention candidates, as GATE's and spaCy's rule engines do: the
 * longest candidate wins, then the higher priority, then the earliest. A candidate that
 * overlaps an accepted one of the same kind is dropped; candidates of different kinds may
 * nest (a country inside an organization's name), but never cross or share a span.
 *
 * Accepted mentions are registered on every token they cover, so a candidate is checked
 * only against the mentions on its own tokens: linear in the text for mentions of bounded
 * length.
 */
export function resolveMentions(candidates: readonly Mention[]): Mention[] {
  const order = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const onToken = new Map<number, Mention[]>();
  const accepted: Mention[] = [];
  for (const c of order) {
    let ok = true;
    for (let t = c.tokenStart; ok && t < Math.max(c.tokenEnd, c.tokenStart + 1); t++) {
      const list = onToken.get(t);
      if (list) for (const m of list) if (!compatible(m, c)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    accepted.push(c);
    for (let t = c.tokenStart; t < Math.max(c.tokenEnd, c.tokenStart + 1); t++) {
      const list = onToken.get(t);
      if (list) list.push(c);
      else onToken.set(t, [c]);
    }
  }
  return accepted.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether the accepted mention `a` leaves room for the candidate `b` (never longer than `a`). */
function compatible(a: Mention, b: Mention): boolean {
  if (b.end <= a.start || a.end <= b.start) return true;
  if (a.start === b.start && a.end === b.end) return false;
  const nested = a.start <= b.start && b.end <= a.end;
  if (!nested) return false;
  // an organization named inside another's name is a mention of its own
  // (`وزارت خارجه طالبان`, `شورای امنیت سازمان ملل`), unless both are one entry
  // (`خبرگزاری تاس` around `تاس`)
  if (a.kind === b.kind) return a.kind === "organization" && a.start < b.start && (!a.entry || !b.entry || a.entry.id !== b.entry.id);
  // inside an organization's or a place's name only a country is a mention of its own
  // (`بانک مرکزی عربستان سعودی`, `وزارت امور خارجه تاجیکستان`); `شانگهای` in
  // `سازمان همکاری شانگهای` names no place the text talks about.
  return b.kind === "country" && (a.kind === "organization" || a.kind === "location");
}
