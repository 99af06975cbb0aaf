import verbData from "../../data/lexicons/verb-stems.json";
import affixData from "../../data/lexicons/affix-words.json";
import variantData from "../../data/lexicons/variant-spellings.json";

/**
 * The word lists normalize() consults for half-spaces and variant spellings, compiled into
 * sets once, on first use (not at import, to keep the cold start short).
 */
export interface Lexicon {
  /** Verb forms that may follow a spaced prefix: `می کند`. */
  verbSpaced: Set<string>;
  /** Verb forms that may follow a glued prefix: `میکند`, also past participles `میکرده`. */
  verbGlued: Set<string>;
  pastStems: Set<string>;
  nouns: Set<string>;
  adjectives: Set<string>;
  /** Adjectives whose comparative is written solid: بیشتر. */
  tarGlued: Set<string>;
  /** Whole words that are never split. */
  exceptions: Set<string>;
  /** Words starting with می/نمی that are not prefixed verbs. */
  prefixExceptions: Set<string>;
  variants: Map<string, string>;
  variantLengths: number[];
  /** (first code << 16 | second code) of every variant key: a cheap filter before slicing. */
  variantHeads: Set<number>;
  variantEndings: Set<string>;
}

let lexicon: Lexicon | undefined;

export function getLexicon(): Lexicon {
  return (lexicon ??= buildLexicon());
}

const PRESENT_ENDINGS = ["م", "ی", "د", "یم", "ید", "ند"];
const PAST_ENDINGS = ["", "م", "ی", "یم", "ید", "ند"];

function buildLexicon(): Lexicon {
  const verbSpaced = new Set<string>();
  const verbGlued = new Set<string>();
  const pastStems = new Set<string>();
  for (const [past, present] of verbData.stems as [string, string][]) {
    pastStems.add(past);
    // a present stem ending in alef takes a glide yeh before its endings: نما → نماید
    const pres = present.endsWith("ا") ? present + "ی" : present;
    for (const e of PRESENT_ENDINGS) verbSpaced.add(pres + e);
    for (const e of PAST_ENDINGS) verbSpaced.add(past + e);
    verbGlued.add(past + "ه");
  }
  for (const p of verbData.presentWithoutEnding) verbSpaced.add(p);
  for (const f of verbSpaced) verbGlued.add(f);
  const variants = new Map<string, string>();
  const lengths = new Set<number>();
  const heads = new Set<number>();
  for (const [k, v] of Object.entries(variantData.words as Record<string, string>)) {
    if (k.length !== v.length || k.length < 2) continue; // letter-for-letter replacements only
    variants.set(k, v);
    lengths.add(k.length);
    heads.add((k.charCodeAt(0) << 16) | k.charCodeAt(1));
  }
  return {
    verbSpaced,
    verbGlued,
    pastStems,
    nouns: new Set(affixData.nouns),
    adjectives: new Set(affixData.adjectives),
    tarGlued: new Set(affixData.tarGlued),
    exceptions: new Set(affixData.exceptions),
    prefixExceptions: new Set(affixData.prefixExceptions),
    variants,
    variantLengths: [...lengths].sort((a, b) => b - a),
    variantHeads: heads,
    variantEndings: new Set(variantData.endings),
  };
}
