// brat standoff (.ann) for the graph's text saved as the matching .txt. brat counts offsets in
// characters of the text as Python reads it, i.e. Unicode code points, not the UTF-16 units our
// spans use: every offset is converted (an emoji before a mention shifts them by one per emoji).
//
// T lines: entity mentions (Person, Country, Organization, Location), quote contents (Quote) and
// cues (Cue); a span crossing a line break becomes a discontinuous `start end;start end` span, as
// brat itself writes multi-line annotations. R lines: relations between the first mentions of the
// two nodes, plus Has_cue (quote → its cue). `*` lines: the mentions of one entity (Same). A lines: the
// Direct flag of quotes. N lines: Wikidata normalizations. # lines: roles, as AnnotatorNotes.
// Limitation: brat versions that read the .txt with universal newlines see CRLF as one character;
// write the .txt with the same line ends brat will count, or normalize CRLF to LF before extracting.
import type { DocumentGraph, GraphEdge, GraphNode } from "../models/graph.js";
import type { Span } from "../models/span.js";

const ENTITY_TYPES: Record<Exclude<GraphNode["kind"], "quote">, string> = {
  person: "Person",
  country: "Country",
  organization: "Organization",
  location: "Location",
};
const RELATION_TYPES: Record<GraphEdge["kind"], string> = {
  said: "Said",
  reported: "Reported",
  holds_role: "Holds_role",
  met_with: "Met_with",
  based_in: "Based_in",
  member_of: "Member_of",
};

/** For each UTF-16 index 0..length, the code-point index (a low surrogate maps like its high one). */
export function codePointOffsets(text: string): Uint32Array {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) map[++i] = cp;
    cp++;
  }
  map[text.length] = cp;
  return map;
}

/** brat's text fields are single-line and tab-free. */
function oneLine(s: string): string {
  return s.replace(/[\t\r\n]+/g, " ");
}

export function toBrat(graph: DocumentGraph): string {
  const cp = codePointOffsets(graph.text);
  const lines: string[] = [];
  let t = 0, r = 0, a = 0, n = 0, note = 0;
  /** Writes a T line; returns its id, or undefined for a span with no visible text. */
  const textBound = (type: string, span: Span): string | undefined => {
    const fragments: [number, number][] = [];
    let from = span.start;
    for (let i = span.start; i <= span.end; i++) {
      const c = i < span.end ? graph.text.charCodeAt(i) : 0x0a;
      if (c === 0x0a || c === 0x0d) {
        if (i > from) fragments.push([from, i]);
        from = i + 1;
      }
    }
    if (fragments.length === 0) return undefined;
    const id = `T${++t}`;
    const offsets = fragments.map(([s, e]) => `${cp[s]} ${cp[e]}`).join(";");
    const text = fragments.map(([s, e]) => graph.text.slice(s, e)).join(" ");
    lines.push(`${id}\t${type} ${offsets}\t${oneLine(text)}`);
    return id;
  };

  const firstOf = new Map<string, string>();
  for (const node of graph.nodes) {
    if (node.kind === "quote") {
      const q = textBound("Quote", node.content);
      if (!q) continue;
      firstOf.set(node.id, q);
      if (node.direct) lines.push(`A${++a}\tDirect ${q}`);
      const cue = node.cue ? textBound("Cue", node.cue) : undefined;
      if (cue) lines.push(`R${++r}\tHas_cue Arg1:${q} Arg2:${cue}`);
      continue;
    }
    const ids: string[] = [];
    const ordered = [...node.mentions].sort((x, y) => x.start - y.start || x.end - y.end);
    for (const m of ordered) {
      const id = textBound(ENTITY_TYPES[node.kind], m);
      if (!id) continue;
      ids.push(id);
      if (node.kb?.wikidata) lines.push(`N${++n}\tReference ${id} Wikidata:${node.kb.wikidata}\t${oneLine(node.name)}`);
    }
    if (ids.length === 0) continue;
    firstOf.set(node.id, ids[0]);
    if (ids.length > 1) lines.push(`*\tSame ${ids.join(" ")}`);
  }
  for (const e of graph.edges) {
    const s = firstOf.get(e.source);
    const o = firstOf.get(e.target);
    if (!s || !o) continue;
    const id = `R${++r}`;
    lines.push(`${id}\t${RELATION_TYPES[e.kind]} Arg1:${s} Arg2:${o}`);
    if (e.role) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${oneLine(e.role)}`);
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}

/** An annotation.conf declaring the types `toBrat` writes. */
export function toBratConfig(): string {
  const entity = "Person|Country|Organization|Location";
  return [
    "[entities]",
    "Person",
    "Country",
    "Organization",
    "Location",
    "Quote",
    "Cue",
    "",
    "[relations]",
    `Said\tArg1:${entity}, Arg2:Quote`,
    `Reported\tArg1:${entity}, Arg2:Quote`,
    `Holds_role\tArg1:Person, Arg2:${entity}`,
    `Met_with\tArg1:${entity}, Arg2:${entity}, <REL-TYPE>:symmetric`,
    `Based_in\tArg1:${entity}, Arg2:${entity}`,
    `Member_of\tArg1:${entity}, Arg2:${entity}`,
    "Has_cue\tArg1:Quote, Arg2:Cue",
    `Same\tArg1:${entity}, Arg2:${entity}, <REL-TYPE>:symmetric-transitive`,
    "<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>",
    "",
    "[events]",
    "",
    "[attributes]",
    "Direct\tArg:Quote",
    "",
  ].join("\n");
}
