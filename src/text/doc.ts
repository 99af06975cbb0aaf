import type { Doc } from "../pipeline/types.js";
import { normalize, type NormalizeOptions } from "./normalize.js";
import { tokenize } from "./tokenize.js";
import { sentences } from "./sentences.js";

/**
 * createDoc(): the read-only view every extractor works on. The text is normalized once;
 * tokens and sentences are computed over that one NormalizedText, so their normalized
 * offsets agree and their original spans come from the same offset map.
 */
export function createDoc(text: string, options?: NormalizeOptions): Doc {
  const normalized = normalize(text, options);
  const tokens = tokenize(normalized);
  return { original: text, normalized, tokens, sentences: sentences(normalized, tokens) };
}
