import type { Doc, Range } from "./types.js";
import type { EntityKind, GazetteerEntry } from "../models/gazetteer.js";
import type { Provenance } from "../models/graph.js";
import type { Resources } from "./resources.js";
import type { GazetteerMatch } from "../gazetteer/match.js";

/**
 * The extractor interface. Built-in extractors use nothing that a user's extractor cannot:
 * each is an object with a name and a run() that reads the Doc and what earlier stages found
 * (through the context) and proposes candidates. The pipeline resolves them.
 */
export interface Extractor {
  /** Names the extractor in every item's provenance. */
  readonly name: string;
  run(ctx: ExtractorContext): void;
}

/** A proposed entity mention. Offsets are ORIGINAL-text offsets (UTF-16, end exclusive). */
export interface MentionProposal {
  kind: EntityKind;
  start: number;
  end: number;
  /** The gazetteer entry it is a mention of, when known: mentions of one entry merge into one node. */
  entry?: GazetteerEntry;
  /** A canonical name; defaults to the entry's name or the mention's normalized text. */
  name?: string;
  /** Among candidates of equal length, the higher priority wins (default 0). */
  priority?: number;
  confidence?: number;
  /** The rule inside the extractor that fired. */
  rule: string;
}

/** A resolved mention, as later stages see it. */
export interface Mention {
  readonly kind: EntityKind;
  readonly start: number;
  readonly end: number;
  /** input.slice(start, end) */
  readonly text: string;
  /** The normalized form. */
  readonly norm: string;
  /** fold(norm): the matching key. */
  readonly key: string;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly entry?: GazetteerEntry;
  readonly name: string;
  readonly priority: number;
  readonly confidence: number;
  readonly provenance: Provenance;
}

export interface QuoteProposal {
  content: Range;
  direct: boolean;
  cue: Range | null;
  /**
   * Who said it: the range of a mention, or of an expression (a pronoun, a title) that a
   * coreference link resolves to a mention; null when the text gives no speaker.
   */
  speaker: Range | null;
  /** The channel: the range of an organization mention, or of an expression resolved by coreference. */
  via: Range | null;
  confidence?: number;
  rule: string;
}

export type RelationKind = "holds_role" | "met_with" | "based_in" | "member_of";

export interface RelationProposal {
  kind: RelationKind;
  /** Ranges of mentions, or of expressions that coreference resolves to mentions. */
  subject: Range;
  object: Range;
  role?: string;
  evidence: Range[];
  confidence?: number;
  rule: string;
}

/** Links an expression (`وی`, `این کشور`, `رئیس جمهور تاجیکستان`) to the mention it refers to. */
export interface CorefProposal {
  anaphor: Range;
  antecedent: Range;
  confidence?: number;
  rule: string;
}

export interface Proposed<T> {
  readonly value: T;
  readonly provenance: Provenance;
}

export interface ExtractorContext {
  readonly doc: Doc;
  readonly resources: Resources;
  /** Every gazetteer match in the document (entities and lexicons), computed once per document. */
  gazetteerMatches(): readonly GazetteerMatch[];
  /** The mentions accepted so far, overlaps resolved, in text order. */
  mentions(): readonly Mention[];
  /** The accepted mention with exactly this range (and kind, if given). */
  mentionAt(start: number, end: number, kind?: EntityKind): Mention | undefined;
  quotes(): readonly Proposed<QuoteProposal>[];
  relations(): readonly Proposed<RelationProposal>[];
  corefs(): readonly Proposed<CorefProposal>[];
  proposeMention(p: MentionProposal): void;
  proposeQuote(p: QuoteProposal): void;
  proposeRelation(p: RelationProposal): void;
  proposeCoref(p: CorefProposal): void;
  /** Withdraws accepted or proposed mentions inside a range (for rules that know better, e.g. a weekday). */
  retractMentions(start: number, end: number, kind?: EntityKind): void;
}
