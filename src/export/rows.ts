// Flat tables for dataframes (pandas, polars, Danfo, Arquero, spreadsheets): one record per
// mention, entity, quote and relation, each with a `doc` column so that many documents fit in one
// table. Values are scalars only; offsets are UTF-16 indices into the original text, like spans.
import type { DocumentGraph } from "../models/graph.js";
import { indexGraph, nodeLabel } from "./graph-index.js";

export type Cell = string | number | boolean | null;

export const MENTION_COLUMNS = ["doc", "entity", "kind", "name", "start", "end", "text", "wikidata", "entry"] as const;
export const ENTITY_COLUMNS = ["doc", "id", "kind", "name", "mentions", "first_start", "first_end", "wikidata", "entry", "confidence", "extractor", "rule"] as const;
export const QUOTE_COLUMNS = [
  "doc", "id", "start", "end", "text", "direct", "cue", "cue_start", "cue_end",
  "speaker", "speaker_name", "speaker_kind", "channel", "channel_name", "confidence", "extractor", "rule",
] as const;
export const RELATION_COLUMNS = [
  "doc", "id", "kind", "source", "source_kind", "source_name", "target", "target_kind", "target_name",
  "role", "evidence", "evidence_start", "evidence_end", "confidence", "extractor", "rule",
] as const;

export type MentionRow = Record<(typeof MENTION_COLUMNS)[number], Cell>;
export type EntityRow = Record<(typeof ENTITY_COLUMNS)[number], Cell>;
export type QuoteRow = Record<(typeof QUOTE_COLUMNS)[number], Cell>;
export type RelationRow = Record<(typeof RELATION_COLUMNS)[number], Cell>;

export interface Rows {
  mentions: MentionRow[];
  entities: EntityRow[];
  quotes: QuoteRow[];
  relations: RelationRow[];
}
export type TableName = keyof Rows;

/** The column order of each table (CSV headers use it, so an empty table still has its header). */
export const ROW_COLUMNS: { [K in TableName]: readonly string[] } = {
  mentions: MENTION_COLUMNS,
  entities: ENTITY_COLUMNS,
  quotes: QUOTE_COLUMNS,
  relations: RELATION_COLUMNS,
};

export interface RowsOptions {
  /** One id per graph, in order; default: the graph's index as a string ("0", "1", …). */
  docIds?: readonly string[];
}

/** Flattens one graph or many into the four tables. */
export function toRows(graphs: DocumentGraph | readonly DocumentGraph[], options: RowsOptions = {}): Rows {
  const list: readonly DocumentGraph[] = Array.isArray(graphs) ? graphs : [graphs as DocumentGraph];
  if (options.docIds && options.docIds.length !== list.length)
    throw new RangeError(`toRows: ${options.docIds.length} doc ids for ${list.length} graphs`);
  const rows: Rows = { mentions: [], entities: [], quotes: [], relations: [] };
  list.forEach((graph, i) => {
    const doc = options.docIds ? options.docIds[i] : String(i);
    const { byId, speakerOf, channelOf } = indexGraph(graph);
    const mentions: MentionRow[] = [];
    for (const n of graph.nodes) {
      if (n.kind === "quote") {
        const speaker = speakerOf.get(n.id);
        const channel = channelOf.get(n.id);
        rows.quotes.push({
          doc, id: n.id, start: n.content.start, end: n.content.end, text: n.content.text, direct: n.direct,
          cue: n.cue?.text ?? null, cue_start: n.cue?.start ?? null, cue_end: n.cue?.end ?? null,
          speaker: speaker?.id ?? null, speaker_name: speaker ? nodeLabel(speaker) : null, speaker_kind: speaker?.kind ?? null,
          channel: channel?.id ?? null, channel_name: channel ? nodeLabel(channel) : null,
          confidence: n.confidence, extractor: n.provenance.extractor, rule: n.provenance.rule ?? null,
        });
        continue;
      }
      const wikidata = n.kb?.wikidata ?? null;
      const entry = n.entry ?? null;
      rows.entities.push({
        doc, id: n.id, kind: n.kind, name: n.name, mentions: n.mentions.length,
        first_start: n.mentions[0]?.start ?? null, first_end: n.mentions[0]?.end ?? null,
        wikidata, entry, confidence: n.confidence, extractor: n.provenance.extractor, rule: n.provenance.rule ?? null,
      });
      for (const m of n.mentions)
        mentions.push({ doc, entity: n.id, kind: n.kind, name: n.name, start: m.start, end: m.end, text: m.text, wikidata, entry });
    }
    // Mentions in text order (entities list theirs per entity), ties by end then entity order.
    mentions.sort((a, b) => (a.start as number) - (b.start as number) || (a.end as number) - (b.end as number));
    for (const m of mentions) rows.mentions.push(m);
    for (const e of graph.edges) {
      const s = byId.get(e.source);
      const t = byId.get(e.target);
      rows.relations.push({
        doc, id: e.id, kind: e.kind,
        source: e.source, source_kind: s?.kind ?? null, source_name: s ? nodeLabel(s) : null,
        target: e.target, target_kind: t?.kind ?? null, target_name: t ? nodeLabel(t) : null,
        role: e.role ?? null,
        evidence: e.evidence.length ? e.evidence.map((x) => x.text).join(" | ") : null,
        evidence_start: e.evidence[0]?.start ?? null, evidence_end: e.evidence[0]?.end ?? null,
        confidence: e.confidence, extractor: e.provenance.extractor, rule: e.provenance.rule ?? null,
      });
    }
  });
  return rows;
}
