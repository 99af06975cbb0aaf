/**
 * The result of normalize(): the normalized text and a monotonic map between its
 * offsets and the offsets of the original input (UTF-16 code units, end exclusive).
 */
export interface NormalizedText {
  /** The input exactly as given. */
  readonly original: string;
  /** The normalized text. */
  readonly text: string;
  /**
   * Maps an offset of `text` (0…text.length) to an offset of `original`.
   * Monotonic: i ≤ j ⇒ toOriginal(i) ≤ toOriginal(j). Use it for span starts.
   */
  toOriginal(i: number): number;
  /**
   * Maps an END offset of `text` to the end, in `original`, of the character before it,
   * so that a span never takes in whitespace or half-spaces the normalizer removed after it.
   */
  toOriginalEnd(i: number): number;
  /** Maps an offset of `original` (0…original.length) to an offset of `text`; monotonic. */
  toNormalized(i: number): number;
  /** The original span `[start, end)` that the normalized span `[nStart, nEnd)` came from. */
  originalSpan(nStart: number, nEnd: number): { start: number; end: number };
}

export type TokenKind = "word" | "number" | "punct" | "url" | "email" | "latin" | "abbr" | "symbol";

export interface Token {
  /** Position in the token array. */
  readonly index: number;
  readonly kind: TokenKind;
  /** The normalized form. */
  readonly text: string;
  /** The matching key: fold(text). */
  readonly key: string;
  /** Span in the ORIGINAL input. */
  readonly start: number;
  readonly end: number;
  /** Span in the normalized text. */
  readonly nStart: number;
  readonly nEnd: number;
}

export interface Sentence {
  readonly index: number;
  /** Span in the ORIGINAL input. */
  readonly start: number;
  readonly end: number;
  /** Span in the normalized text. */
  readonly nStart: number;
  readonly nEnd: number;
  /** Tokens [tokenStart, tokenEnd) of the token array. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** The normalized text of the sentence. */
  readonly text: string;
}
