import type { NormalizedText, Token, Sentence } from "../text/types.js";

/** What every extractor reads: the input, its normalized view, tokens and sentences. Read-only. */
export interface Doc {
  readonly original: string;
  readonly normalized: NormalizedText;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

/** An original-text range, end exclusive. */
export interface Range {
  start: number;
  end: number;
}
