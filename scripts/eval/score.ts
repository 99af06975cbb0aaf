/**
 * Scoring of predicted DocumentGraphs against gold documents, exactly as section 5 of
 * the annotation guide describes it. Pure functions: scripts/eval.ts does the I/O.
 */
import type { DocumentGraph, EntityNode, QuoteNode } from "../../src/models/graph.js";

export interface GoldSpan { start: number; end: number; text: string }
export interface GoldDoc {
  id: string;
  text: string;
  entities: { key: string; kind: string; name: string; mentions: GoldSpan[] }[];
  quotes: { speaker: string | null; direct: boolean; cue: string; via: string | null; content: GoldSpan }[];
  relations: { type: string; subject: string; object: string; role?: string }[];
}

export interface Counts { tp: number; fp: number; fn: number }
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export function prf(c: Counts) {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}

export const KINDS = ["person", "country", "organization", "location"] as const;
export const REL_TYPES = ["holds_role", "met_with", "based_in", "member_of"] as const;

export interface Score {
  strict: Record<string, Counts>;
  lenient: Record<string, Counts>;
  quotes: Counts;
  attribution: { correct: number; total: number };
  relations: Record<string, Counts>;
  errors: string[];
}

export function emptyScore(): Score {
  const byKind = () => Object.fromEntries([...KINDS, "all"].map((k) => [k, zero()]));
  return {
    strict: byKind(),
    lenient: byKind(),
    quotes: zero(),
    attribution: { correct: 0, total: 0 },
    relations: Object.fromEntries([...REL_TYPES, "all"].map((k) => [k, zero()])),
    errors: [],
  };
}

const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function add(c: Counts, d: Counts) {
  c.tp += d.tp;
  c.fp += d.fp;
  c.fn += d.fn;
}

/** One-to-one matching of predicted to gold items, greedy in gold order. */
function matchOneToOne<G, P>(gold: G[], pred: P[], ok: (g: G, p: P) => boolean): { pairs: [G, P][]; fp: P[]; fn: G[] } {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  const fn: G[] = [];
  for (const g of gold) {
    let hit = -1;
    for (let i = 0; i < pred.length; i++) if (!used.has(i) && ok(g, pred[i])) { hit = i; break; }
    if (hit < 0) fn.push(g);
    else { used.add(hit); pairs.push([g, pred[hit]]); }
  }
  return { pairs, fp: pred.filter((_, i) => !used.has(i)), fn };
}

export function scoreDoc(gold: GoldDoc, graph: DocumentGraph, score: Score): void {
  const entities = graph.nodes.filter((n): n is EntityNode & { kind: (typeof KINDS)[number] } => n.kind !== "quote");
  const quotes = graph.nodes.filter((n): n is QuoteNode => n.kind === "quote");
  const byId = new Map(entities.map((e) => [e.id, e]));
  const goldByKey = new Map(gold.entities.map((e) => [e.key, e]));

  // entities: mentions, strict and lenient, per kind
  for (const kind of KINDS) {
    const g = gold.entities.filter((e) => e.kind === kind).flatMap((e) => e.mentions);
    const p = entities.filter((e) => e.kind === kind).flatMap((e) => e.mentions);
    const strict = matchOneToOne(g, p, (a, b) => a.start === b.start && a.end === b.end);
    const lenient = matchOneToOne(g, p, (a, b) => overlap(a, b) > 0);
    const s = { tp: strict.pairs.length, fp: strict.fp.length, fn: strict.fn.length };
    const l = { tp: lenient.pairs.length, fp: lenient.fp.length, fn: lenient.fn.length };
    add(score.strict[kind], s);
    add(score.strict.all, s);
    add(score.lenient[kind], l);
    add(score.lenient.all, l);
    for (const m of strict.fn) score.errors.push(`${gold.id}\tmiss\t${kind}\t${m.text}@${m.start}`);
    for (const m of strict.fp) score.errors.push(`${gold.id}\tspurious\t${kind}\t${m.text}@${m.start}`);
  }

  // quotes: content overlap ≥ half of the longer span; attribution by shared speaker mention
  const speakerOf = new Map<string, string>();
  const viaOf = new Map<string, string>();
  for (const e of graph.edges) {
    if (e.kind === "said") speakerOf.set(e.target, e.source);
    if (e.kind === "reported") viaOf.set(e.target, e.source);
  }
  const qm = matchOneToOne(gold.quotes, quotes, (g, p) => {
    const o = overlap(g.content, p.content);
    return o > 0 && o * 2 >= Math.max(g.content.end - g.content.start, p.content.end - p.content.start);
  });
  add(score.quotes, { tp: qm.pairs.length, fp: qm.fp.length, fn: qm.fn.length });
  for (const [g, p] of qm.pairs) {
    score.attribution.total++;
    const pred = speakerOf.has(p.id) ? byId.get(speakerOf.get(p.id)!) : undefined;
    const goldSpeaker = g.speaker ? goldByKey.get(g.speaker) : undefined;
    let ok: boolean;
    if (!goldSpeaker) ok = !pred;
    else ok = !!pred && pred.mentions.some((m) => goldSpeaker.mentions.some((gm) => gm.start === m.start && gm.end === m.end));
    if (ok) score.attribution.correct++;
    else score.errors.push(`${gold.id}\tspeaker\t${goldSpeaker?.name ?? "null"} ≠ ${pred?.name ?? "null"}\t${g.content.text.slice(0, 50)}`);
  }
  for (const g of qm.fn) score.errors.push(`${gold.id}\tmiss\tquote\t${g.cue}\t${g.content.text.slice(0, 60)}`);
  for (const p of qm.fp) score.errors.push(`${gold.id}\tspurious\tquote\t${p.content.text.slice(0, 60)}`);

  // relations: type, and subject/object sharing a mention span (either order for met_with)
  const shares = (goldKey: string, nodeId: string) => {
    const g = goldByKey.get(goldKey);
    const n = byId.get(nodeId);
    if (!g || !n) return false;
    const spans = new Set(g.mentions.map(key));
    return n.mentions.some((m) => spans.has(key(m)));
  };
  for (const type of REL_TYPES) {
    const g = gold.relations.filter((r) => r.type === type);
    const p = graph.edges.filter((e) => e.kind === type);
    const m = matchOneToOne(g, p, (a, b) =>
      (shares(a.subject, b.source) && shares(a.object, b.target)) ||
      (type === "met_with" && shares(a.subject, b.target) && shares(a.object, b.source)),
    );
    const c = { tp: m.pairs.length, fp: m.fp.length, fn: m.fn.length };
    add(score.relations[type], c);
    add(score.relations.all, c);
    const name = (k: string) => goldByKey.get(k)?.name ?? k;
    const pname = (id: string) => byId.get(id)?.name ?? id;
    for (const r of m.fn) score.errors.push(`${gold.id}\tmiss\t${type}\t${name(r.subject)} → ${name(r.object)}`);
    for (const r of m.fp) score.errors.push(`${gold.id}\tspurious\t${type}\t${pname(r.source)} → ${pname(r.target)}`);
  }
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function formatScore(name: string, s: Score): string {
  const lines: string[] = [];
  lines.push(`== ${name}`);
  lines.push("entities (mentions)   strict P     R     F1  | lenient P     R     F1  |  gold  pred");
  for (const k of [...KINDS, "all"]) {
    const a = prf(s.strict[k]);
    const b = prf(s.lenient[k]);
    const c = s.strict[k];
    lines.push(
      `  ${k.padEnd(20)} ${pct(a.p)} ${pct(a.r)} ${pct(a.f)}  |       ${pct(b.p)} ${pct(b.r)} ${pct(b.f)}  | ${String(c.tp + c.fn).padStart(5)} ${String(c.tp + c.fp).padStart(5)}`,
    );
  }
  const q = prf(s.quotes);
  const att = s.attribution.total ? s.attribution.correct / s.attribution.total : 1;
  lines.push(`quotes                P ${pct(q.p)}  R ${pct(q.r)}  F1 ${pct(q.f)}   attribution ${pct(att)} (${s.attribution.correct}/${s.attribution.total})`);
  lines.push("relations             P     R     F1  |  gold  pred");
  for (const t of [...REL_TYPES, "all"]) {
    const r = prf(s.relations[t]);
    const c = s.relations[t];
    lines.push(`  ${t.padEnd(18)} ${pct(r.p)} ${pct(r.r)} ${pct(r.f)}  | ${String(c.tp + c.fn).padStart(5)} ${String(c.tp + c.fp).padStart(5)}`);
  }
  return lines.join("\n");
}
