import { z } from "zod";

/**
 * Options of normalize(). Every rule group is on by default; turn a group off with `false`.
 * Unknown keys are rejected so that a misspelt option is an error, not a silent no-op.
 */
export const NormalizeOptionsSchema = z
  .object({
    /** Script of digits in Persian text: Persian ۰–۹ (default), Latin 0–9, or as written. */
    digits: z.enum(["persian", "latin", "keep"]).default("persian"),
    /** Arabic letters and presentation forms → standard Persian letters; variant spellings unified. */
    letters: z.boolean().default(true),
    /** Remove harakat, tanwin, shadda, sukun, superscript alef and kashida. */
    diacritics: z.boolean().default(true),
    /** Half-space (ZWNJ) rules: clean-up, the prefix می/نمی and the suffixes ها/تر/ترین/ام/ای/اند. */
    halfSpace: z.boolean().default(true),
    /** Persian punctuation (، ؛ ؟), spacing around punctuation, `...` → `…`. */
    punctuation: z.boolean().default(true),
    /** Double quotes of every kind → paired « ». */
    quotes: z.boolean().default(true),
    /** Collapse spaces, trim lines, at most one blank line, a space between a number and a glued word. */
    spacing: z.boolean().default(true),
  })
  .strict();

/** What the caller passes (every field optional). */
export type NormalizeOptions = z.input<typeof NormalizeOptionsSchema>;
/** The options after defaults are applied. */
export type ResolvedNormalizeOptions = z.output<typeof NormalizeOptionsSchema>;

let defaults: ResolvedNormalizeOptions | undefined;
const cache = new WeakMap<object, { input: Record<string, unknown>; output: ResolvedNormalizeOptions }>();

function sameFields(a: Record<string, unknown>, b: object): boolean {
  const rb = b as Record<string, unknown>;
  let n = 0;
  for (const k in rb) {
    if (a[k] !== rb[k]) return false;
    n++;
  }
  return n === Object.keys(a).length;
}

/**
 * Validates options once per call (not per character); the parsed default is cached.
 * Throws a TypeError naming the bad option, e.g. `digits must be one of persian|latin|keep`.
 */
export function resolveNormalizeOptions(options?: NormalizeOptions): ResolvedNormalizeOptions {
  if (options === undefined) return (defaults ??= NormalizeOptionsSchema.parse({}));
  // one call per line with the same options object: parse it once, and again only if one of
  // its fields changed since
  if (typeof options === "object" && options !== null) {
    const hit = cache.get(options);
    if (hit !== undefined && sameFields(hit.input, options)) return hit.output;
  }
  const r = NormalizeOptionsSchema.safeParse(options);
  if (r.success) {
    cache.set(options, { input: { ...options }, output: r.data });
    return r.data;
  }
  const issue = r.error.issues[0];
  const field = issue.path.length > 0 ? issue.path.join(".") : issue.code === "unrecognized_keys" ? (issue as { keys?: string[] }).keys?.join(", ") ?? "options" : "options";
  let detail = issue.message;
  if (issue.code === "invalid_value" && issue.path[0] === "digits") detail = "must be one of persian|latin|keep";
  else if (issue.code === "unrecognized_keys") detail = "is not a normalize() option (known: digits, letters, diacritics, halfSpace, punctuation, quotes, spacing)";
  throw new TypeError(`normalize(): option ${field} ${detail}`);
}
