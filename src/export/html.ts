// A self-contained HTML fragment for notebooks and quick inspection: the text right-to-left with
// mentions highlighted by kind and quotes underlined, then tables of entities, quotes and relations.
// Inline styles only (notebook front-ends may strip <style> and never load external CSS), and
// well-formed XHTML so that it also embeds in XML documents.
import type { DocumentGraph, GraphNode } from "../models/graph.js";
import { indexGraph, nodeLabel } from "./graph-index.js";
import { escapeXmlAttr as attr, escapeXmlText as esc } from "./xml-escape.js";

export const KIND_COLORS: Record<Exclude<GraphNode["kind"], "quote">, string> = {
  person: "#fde68a",
  country: "#bfdbfe",
  organization: "#bbf7d0",
  location: "#fbcfe8",
};
const KIND_NAMES: Record<GraphNode["kind"], string> = {
  person: "شخص",
  country: "کشور",
  organization: "سازمان",
  location: "مکان",
  quote: "نقل قول",
};

export interface HTMLOptions {
  /** Append the entity, quote and relation tables. Default true. */
  tables?: boolean;
  /** Language tag of the text. Default "fa". */
  lang?: string;
}

interface Mark {
  start: number;
  end: number;
  /** Lower first when two marks cover the same range: quote outside, cue, then mentions. */
  rank: number;
  open: string;
}

const QID = /^Q[1-9][0-9]*$/;
const wikidataLink = (q: string) =>
  QID.test(q) ? `<a href="https://www.wikidata.org/wiki/${q}" target="_blank" rel="noopener">${q}</a>` : esc(q);

function marksOf(graph: DocumentGraph): Mark[] {
  const marks: Mark[] = [];
  for (const n of graph.nodes) {
    if (n.kind === "quote") {
      const title = `${KIND_NAMES.quote}${n.direct ? " (مستقیم)" : " (غیرمستقیم)"}`;
      marks.push({
        start: n.content.start,
        end: n.content.end,
        rank: 0,
        open: `<span class="pg-quote" data-node="${attr(n.id)}" title="${attr(title)}" style="text-decoration: underline; text-decoration-color: #b45309; text-underline-offset: 4px; background: #fff7ed">`,
      });
      if (n.cue)
        marks.push({ start: n.cue.start, end: n.cue.end, rank: 1, open: `<span class="pg-cue" title="cue" style="font-weight: bold; color: #b45309">` });
      continue;
    }
    const title = `${KIND_NAMES[n.kind]}: ${n.name}${n.kb?.wikidata ? ` · ${n.kb.wikidata}` : ""}`;
    for (const m of n.mentions)
      marks.push({
        start: m.start,
        end: m.end,
        rank: 2,
        open: `<span class="pg-mention pg-${n.kind}" data-node="${attr(n.id)}" title="${attr(title)}" style="background: ${KIND_COLORS[n.kind]}; border-radius: 3px; padding: 0 2px">`,
      });
  }
  return marks.filter((m) => m.end > m.start);
}

/**
 * The text with marks as properly nested spans. Overlapping marks that cross each other are split:
 * at every boundary the stack of open spans is compared with the marks covering the next segment,
 * spans are closed down to the common prefix and the rest reopened.
 */
function markedText(text: string, marks: Mark[]): string {
  // Outer marks first: earlier start, then longer, then rank.
  const order = [...marks].sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const bounds = new Set<number>([0, text.length]);
  for (const m of order) bounds.add(m.start).add(m.end);
  const cuts = [...bounds].filter((b) => b >= 0 && b <= text.length).sort((a, b) => a - b);
  const out: string[] = [];
  let stack: Mark[] = [];
  let next = 0; // marks in `order` before this index have started
  let active: Mark[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    while (next < order.length && order[next].start <= from) active.push(order[next++]);
    active = active.filter((m) => m.end > from);
    const want = active.filter((m) => m.start <= from && m.end >= to); // already in outer-first order
    let keep = 0;
    while (keep < stack.length && keep < want.length && stack[keep] === want[keep]) keep++;
    for (let k = stack.length; k > keep; k--) out.push("</span>");
    for (let k = keep; k < want.length; k++) out.push(want[k].open);
    stack = want;
    out.push(esc(text.slice(from, to)));
  }
  for (let k = stack.length; k > 0; k--) out.push("</span>");
  return out.join("");
}

const cell = (s: string) => `<td style="border: 1px solid #ddd; padding: 2px 6px; vertical-align: top">${s}</td>`;
const head = (cols: string[]) =>
  `<tr>${cols.map((c) => `<th style="border: 1px solid #ddd; padding: 2px 6px; background: #f3f4f6">${esc(c)}</th>`).join("")}</tr>`;
function table(caption: string, cols: string[], rows: string[][]): string {
  if (rows.length === 0) return "";
  return (
    `<table class="pg-table" style="border-collapse: collapse; margin-top: 8px; font-size: 0.9em">` +
    `<caption style="text-align: start; font-weight: bold">${esc(caption)}</caption>` +
    `<thead>${head(cols)}</thead><tbody>${rows.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("")}</tbody></table>`
  );
}

/** The graph as an HTML fragment (one <div>), all text escaped. */
export function toHTML(graph: DocumentGraph, options: HTMLOptions = {}): string {
  const lang = options.lang ?? "fa";
  const { byId, speakerOf, channelOf } = indexGraph(graph);
  const name = (id: string | undefined) => {
    const n = id === undefined ? undefined : byId.get(id);
    return n ? esc(nodeLabel(n)) : "—";
  };
  const parts: string[] = [
    `<div class="parsigraph" dir="rtl" lang="${attr(lang)}" style="font-family: Vazirmatn, Tahoma, sans-serif; line-height: 2">`,
    `<div class="pg-text" style="white-space: pre-wrap">${markedText(graph.text, marksOf(graph))}</div>`,
  ];
  if (options.tables !== false) {
    const entities = graph.nodes.filter((n) => n.kind !== "quote");
    parts.push(
      table(
        "موجودیت‌ها",
        ["kind", "name", "mentions", "wikidata"],
        entities.map((n) => [
          `<span style="background: ${KIND_COLORS[n.kind]}; padding: 0 2px">${esc(n.kind)}</span>`,
          esc(n.name),
          String(n.mentions.length),
          n.kb?.wikidata ? wikidataLink(n.kb.wikidata) : "",
        ]),
      ),
      table(
        "نقل قول‌ها",
        ["speaker", "channel", "direct", "cue", "text"],
        graph.nodes.flatMap((n) =>
          n.kind === "quote"
            ? [[name(speakerOf.get(n.id)?.id), name(channelOf.get(n.id)?.id), n.direct ? "✓" : "", esc(n.cue?.text ?? ""), esc(n.content.text)]]
            : [],
        ),
      ),
      table(
        "روابط",
        ["source", "kind", "target", "role", "confidence"],
        graph.edges.map((e) => [name(e.source), esc(e.kind), name(e.target), esc(e.role ?? ""), e.confidence.toFixed(2)]),
      ),
    );
  }
  parts.push(`</div>`);
  return parts.join("");
}
