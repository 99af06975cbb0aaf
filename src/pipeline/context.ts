import type { Doc } from "./types.js";
import type { EntityKind } from "../models/gazetteer.js";
import type { Provenance } from "../models/graph.js";
import type {
  CorefProposal,
  Extractor,
  ExtractorContext,
  Mention,
  MentionProposal,
  Proposed,
  QuoteProposal,
  RelationProposal,
} from "./extractor.js";
import type { Resources } from "./resources.js";
import type { GazetteerMatch } from "../gazetteer/match.js";
import { resolveMentions } from "./resolve.js";
import { fold } from "../text/fold.js";
import { firstEndingAfter } from "./ranges.js";

/** The state of one document as it flows through the stages. */
export class DocumentState implements ExtractorContext {
  private candidates: Mention[] = [];
  private resolved: Mention[] | undefined;
  private matches: readonly GazetteerMatch[] | undefined;
  private readonly quoteList: Proposed<QuoteProposal>[] = [];
  private readonly relationList: Proposed<RelationProposal>[] = [];
  private readonly corefList: Proposed<CorefProposal>[] = [];
  private current = "pipeline";

  constructor(
    readonly doc: Doc,
    readonly resources: Resources,
  ) {}

  /** Runs one extractor with its name recorded in the provenance of what it proposes. */
  runExtractor(extractor: Extractor): void {
    this.current = extractor.name;
    try {
      extractor.run(this);
    } finally {
      this.current = "pipeline";
    }
  }

  gazetteerMatches(): readonly GazetteerMatch[] {
    return (this.matches ??= this.resources.gazetteer.match(this.doc));
  }

  mentions(): readonly Mention[] {
    return (this.resolved ??= resolveMentions(this.candidates));
  }

  mentionAt(start: number, end: number, kind?: EntityKind): Mention | undefined {
    return this.mentions().find((m) => m.start === start && m.end === end && (!kind || m.kind === kind));
  }

  quotes(): readonly Proposed<QuoteProposal>[] {
    return this.quoteList;
  }
  relations(): readonly Proposed<RelationProposal>[] {
    return this.relationList;
  }
  corefs(): readonly Proposed<CorefProposal>[] {
    return this.corefList;
  }

  proposeMention(p: MentionProposal): void {
    const { original, normalized, tokens } = this.doc;
    let { start, end } = p;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= original.length))
      throw new RangeError(`${this.current}: mention range [${p.start}, ${p.end}) is not inside the text`);
    const nStart = normalized.toNormalized(start);
    const nEnd = Math.max(nStart, normalized.toNormalized(end));
    const norm = normalized.text.slice(nStart, nEnd);
    const { tokenStart, tokenEnd } = tokenRange(tokens, start, end);
    this.candidates.push({
      kind: p.kind,
      start,
      end,
      text: original.slice(start, end),
      norm,
      key: fold(norm),
      tokenStart,
      tokenEnd,
      entry: p.entry,
      name: p.name ?? p.entry?.name ?? norm,
      priority: p.priority ?? 0,
      confidence: p.confidence ?? 0.8,
      provenance: this.provenance(p.rule, p.entry?.id),
    });
    this.resolved = undefined;
  }

  retractMentions(start: number, end: number, kind?: EntityKind): void {
    const before = this.candidates.length;
    this.candidates = this.candidates.filter((m) => !(start <= m.start && m.end <= end && (!kind || m.kind === kind)));
    if (this.candidates.length !== before) this.resolved = undefined;
  }

  proposeQuote(p: QuoteProposal): void {
    this.checkRange(p.content.start, p.content.end, "quote content");
    this.quoteList.push({ value: p, provenance: this.provenance(p.rule) });
  }
  proposeRelation(p: RelationProposal): void {
    this.relationList.push({ value: p, provenance: this.provenance(p.rule) });
  }
  proposeCoref(p: CorefProposal): void {
    this.corefList.push({ value: p, provenance: this.provenance(p.rule) });
  }

  private provenance(rule: string, entry?: string): Provenance {
    return entry ? { extractor: this.current, rule, entry } : { extractor: this.current, rule };
  }

  private checkRange(start: number, end: number, what: string): void {
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= this.doc.original.length))
      throw new RangeError(`${this.current}: ${what} range [${start}, ${end}) is not inside the text`);
  }
}

/** The tokens [tokenStart, tokenEnd) that an original range covers (binary search). */
export function tokenRange(tokens: Doc["tokens"], start: number, end: number): { tokenStart: number; tokenEnd: number } {
  const lo = firstEndingAfter(tokens, start);
  let j = lo;
  while (j < tokens.length && tokens[j].start < end) j++;
  return { tokenStart: lo, tokenEnd: j };
}
