import type { NormalizedText, Token, TokenKind } from "./types.js";
import { normalize } from "./normalize.js";
import { fold } from "./fold.js";
import { CharClass, charClass, isAsciiAlnum, isAsciiLetter, isAstralLetter } from "./char-class.js";
import { ABBR_AFTER_NUMBER, ABBR_ANYWHERE, ABBR_BEFORE_NUMBER, matchAbbreviation } from "./abbreviations.js";

/**
 * tokenize(): words, numbers, URLs, e-mails, abbreviations, punctuation and symbols of a
 * text, each with its normalized form, its key and its spans in the original and the
 * normalized text.
 *
 * One left-to-right pass over char codes; every look-ahead is either bounded or consumed,
 * and the two unbounded ones that may fail (e-mail local parts, dotted domains) remember
 * where they failed so that no stretch is rescanned. No regex runs on the text.
 *
 * Decisions worth knowing:
 * - A word keeps internal ZWNJs (`می‌کند`) and diacritics; a ZWNJ not followed by a letter is dropped.
 * - A number is digits of any script joined by `. , ٫ ٬ / :` when a digit follows, so
 *   decimals, thousands, dates (`1402/05/12`, `26.01.2022`) and times (`۱۴:۳۰`) are one token.
 *   A `-`, `−` or `+` directly before a digit is the number's sign only when it stands after
 *   whitespace, an opening bracket or at the start (`به -5 درجه`), never between two operands
 *   (`۱۰-۱۵` is three tokens). `%` and `٪` are separate punct tokens. A hyphen never joins digits.
 * - ASCII digits glued to Latin letters (`5G`, `19th`) form one `latin` token; `COVID-19` too.
 * - `latin` is every non-Arabic-script word (Latin, Cyrillic, Greek, CJK …).
 * - `...` and `..` are one punct token, like `…`; every other punctuation mark is one token.
 * - An emoji keeps its modifiers, variation selectors, ZWJ sequences and flag pairs.
 */
export function tokenize(input: string | NormalizedText): Token[] {
  return tokenizeNormalized(asNormalizedText(input));
}

/** The NormalizedText of an input: a string is normalized, a NormalizedText is used as it is. */
export function asNormalizedText(input: string | NormalizedText): NormalizedText {
  return typeof input === "string" ? normalize(input) : input;
}

// class codes as module constants: read in the hot loop without a property lookup
const K_ARABIC = CharClass.Arabic;
const K_DIGIT = CharClass.Digit;
const K_FORMAT = CharClass.Format;
const K_HIGH_SURROGATE = CharClass.HighSurrogate;
const K_LETTER = CharClass.Letter;
const K_LOW_SURROGATE = CharClass.LowSurrogate;
const K_MARK = CharClass.Mark;
const K_PUNCT = CharClass.Punct;
const K_SPACE = CharClass.Space;
const K_SYMBOL = CharClass.Symbol;

const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const DOT = 0x2e;

/** Top-level domains a scheme-less `name.tld` must end with to count as a URL. */
const TLDS = new Set([
  "com", "org", "net", "edu", "gov", "int", "mil", "info", "biz", "name", "io", "co", "me", "tv", "news", "app", "dev",
  "ir", "af", "tj", "uz", "tm", "az", "iq", "pk", "in", "tr", "ru", "ua", "uk", "us", "de", "fr", "it", "es", "nl",
  "ch", "se", "no", "at", "be", "ca", "au", "cn", "jp", "kr", "ae", "sa", "qa", "eu", "online", "site", "xyz",
]);

function isUrlStop(c: number): boolean {
  // characters that end a URL written in running text
  return (
    c === 0xab || c === 0xbb || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60 || c === 0x7b || c === 0x7d ||
    c === 0x7c || c === 0x5c || c === 0x5e || c === 0x060c || c === 0x061b || c === 0x061f || c === 0x201c ||
    c === 0x201d || c === 0x2018 || c === 0x2019
  );
}

function isUrlTrailing(c: number): boolean {
  // punctuation that may end a sentence after a URL rather than belong to it
  return c === DOT || c === 0x2c || c === 0x3a || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x27 || c === 0x2026;
}

function isNumberJoiner(c: number): boolean {
  return c === DOT || c === 0x2c || c === 0x066b || c === 0x066c || c === 0x2f || c === 0x3a;
}

function isSign(c: number): boolean {
  return c === 0x2d || c === 0x2212 || c === 0x2b;
}

function isOpeningBracket(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x7b || c === 0xab || c === 0x201c;
}

function isEmailLocal(c: number): boolean {
  return isAsciiAlnum(c) || c === DOT || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

/** A code unit that continues a word (so an abbreviation must not be followed by it). */
function isWordChar(c: number): boolean {
  const k = charClass(c);
  return k === K_ARABIC || k === K_LETTER || k === K_DIGIT || k === K_MARK;
}

function startsWithAsciiCI(t: string, i: number, prefix: string): boolean {
  if (i + prefix.length > t.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    let c = t.charCodeAt(i + k);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (c !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

function tokenizeNormalized(nt: NormalizedText): Token[] {
  const t = nt.text;
  const n = t.length;
  const tokens: Token[] = [];
  // failed e-mail and domain scans: no start before these offsets can succeed
  let emailFailUntil = -1;
  let domainFailUntil = -1;

  const push = (kind: TokenKind, s: number, e: number): void => {
    const text = t.slice(s, e);
    const o = nt.originalSpan(s, e);
    tokens.push({ index: tokens.length, kind, text, key: fold(text), start: o.start, end: o.end, nStart: s, nEnd: e });
  };

  /** End of an Arabic-script word starting at i. */
  const scanWord = (i: number): number => {
    let j = i + 1;
    while (j < n) {
      const k = charClass(t.charCodeAt(j));
      if (k === K_ARABIC || k === K_MARK) {
        j++;
        continue;
      }
      const c = t.charCodeAt(j);
      if (c === ZWNJ || c === ZWJ) {
        let m = j + 1;
        while (m < n && (t.charCodeAt(m) === ZWNJ || t.charCodeAt(m) === ZWJ)) m++;
        if (m < n && charClass(t.charCodeAt(m)) === K_ARABIC) {
          j = m;
          continue;
        }
      }
      break;
    }
    return j;
  };

  /** End of a non-Arabic word (letters, digits, marks; `-_'’` between two of them). */
  const scanLatin = (i: number): number => {
    let j = i;
    while (j < n) {
      const c = t.charCodeAt(j);
      const k = charClass(c);
      if (k === K_LETTER || k === K_DIGIT || k === K_MARK) {
        j++;
        continue;
      }
      if (k === K_HIGH_SURROGATE && j + 1 < n && charClass(t.charCodeAt(j + 1)) === K_LOW_SURROGATE) {
        if (isAstralLetter(t.codePointAt(j)!)) {
          j += 2;
          continue;
        }
        break;
      }
      if ((c === 0x2d || c === 0x5f || c === 0x27 || c === 0x2019 || c === 0x2010) && j > i && j + 1 < n) {
        const k2 = charClass(t.charCodeAt(j + 1));
        if (k2 === K_LETTER || k2 === K_DIGIT) {
          j += 2;
          continue;
        }
      }
      break;
    }
    return j;
  };

  /** End of a number whose first digit is at i. */
  const scanNumber = (i: number): number => {
    let j = i;
    while (j < n) {
      if (charClass(t.charCodeAt(j)) === K_DIGIT) {
        j++;
        continue;
      }
      if (isNumberJoiner(t.charCodeAt(j)) && j + 1 < n && charClass(t.charCodeAt(j + 1)) === K_DIGIT) {
        j += 2;
        continue;
      }
      break;
    }
    return j;
  };

  /** The URL body from i: up to whitespace or a stop character, less trailing punctuation. */
  const scanUrlBody = (i: number, minEnd: number): number => {
    let j = i;
    let open = 0;
    let openSq = 0;
    // Persian letters may stand in a path (wiki titles) but not glued to a host (`www.x.irگزارش`)
    let inPath = i > 0 && t.charCodeAt(i - 1) === 0x2f;
    while (j < n) {
      const c = t.charCodeAt(j);
      const k = charClass(c);
      if (k === K_SPACE || k === K_FORMAT || k === K_HIGH_SURROGATE || k === K_LOW_SURROGATE) break;
      if (isUrlStop(c) || (k === K_ARABIC && !inPath)) break;
      if (c === 0x2f) inPath = true;
      else if (c === 0x28) open++;
      else if (c === 0x29) open--;
      else if (c === 0x5b) openSq++;
      else if (c === 0x5d) openSq--;
      j++;
    }
    // give back what ends the sentence rather than the URL: `.`, `)` of an enclosing pair …
    while (j > minEnd) {
      const c = t.charCodeAt(j - 1);
      if (isUrlTrailing(c)) j--;
      else if (c === 0x29 && open < 0) {
        open++;
        j--;
      } else if (c === 0x5d && openSq < 0) {
        openSq++;
        j--;
      } else break;
    }
    return j;
  };

  /** Dotted labels from i: returns [end, label count, start of last label]. */
  const scanLabels = (i: number): [number, number, number] => {
    let j = i;
    let labels = 0;
    let last = i;
    while (j < n) {
      const s = j;
      while (j < n && (isAsciiAlnum(t.charCodeAt(j)) || t.charCodeAt(j) === 0x2d)) j++;
      if (j === s) break;
      labels++;
      last = s;
      if (j + 1 < n && t.charCodeAt(j) === DOT && isAsciiAlnum(t.charCodeAt(j + 1))) j++;
      else break;
    }
    return [j, labels, last];
  };

  const isAlphaLabel = (s: number, e: number): boolean => {
    if (e - s < 2) return false;
    for (let k = s; k < e; k++) if (!isAsciiLetter(t.charCodeAt(k))) return false;
    return true;
  };

  /** End of an e-mail starting at i, or -1. */
  const tryEmail = (i: number): number => {
    if (i < emailFailUntil) return -1;
    let j = i;
    while (j < n && isEmailLocal(t.charCodeAt(j))) j++;
    if (j < n && t.charCodeAt(j) === 0x40 && t.charCodeAt(j - 1) !== DOT) {
      const [end, labels, last] = scanLabels(j + 1);
      if (labels >= 2 && isAlphaLabel(last, end)) return end;
    }
    emailFailUntil = j;
    return -1;
  };

  /** End of a scheme-less `name.tld[/path]` starting at i, or -1. */
  const tryDomain = (i: number): number => {
    if (i < domainFailUntil) return -1;
    const [end, labels, last] = scanLabels(i);
    if (labels >= 2 && isAlphaLabel(last, end) && TLDS.has(t.slice(last, end).toLowerCase())) {
      if (end < n && t.charCodeAt(end) === 0x2f) return scanUrlBody(end, end + 1);
      return end;
    }
    domainFailUntil = end;
    return -1;
  };

  /** End of a URL with a scheme or `www.` at i, or -1. */
  const tryUrl = (i: number): number => {
    let p = -1;
    if (startsWithAsciiCI(t, i, "https://")) p = i + 8;
    else if (startsWithAsciiCI(t, i, "http://")) p = i + 7;
    else if (startsWithAsciiCI(t, i, "ftp://")) p = i + 6;
    else if (startsWithAsciiCI(t, i, "www.")) p = i + 4;
    if (p < 0) return -1;
    const e = scanUrlBody(p, p);
    return e > p ? e : -1;
  };

  /** End of two or more single letters each followed by a dot (`U.S.`, `ج.ا.ا.`), or -1. */
  const tryInitialism = (i: number): number => {
    if (i > 0 && (t.charCodeAt(i - 1) === DOT || isWordChar(t.charCodeAt(i - 1)))) return -1; // `ab.c.d`
    let j = i;
    let count = 0;
    while (j + 1 < n) {
      const k = charClass(t.charCodeAt(j));
      if ((k !== K_ARABIC && k !== K_LETTER) || t.charCodeAt(j + 1) !== DOT) break;
      if (j + 2 < n && isWordChar(t.charCodeAt(j + 2)) && !(j + 3 < n && t.charCodeAt(j + 3) === DOT)) {
        // `U.S.A` without a last dot: the final letter belongs to the initialism
        if (count >= 1 && (j + 3 >= n || !isWordChar(t.charCodeAt(j + 3)))) return j + 3;
        break;
      }
      count++;
      j += 2;
    }
    return count >= 2 ? j : -1;
  };

  /** End of a listed abbreviation at i whose context is met, or -1. */
  const tryListedAbbreviation = (i: number): number => {
    const m = matchAbbreviation(t, i, isWordChar);
    if (!m) return -1;
    if (m.contexts & ABBR_ANYWHERE) return m.end;
    if (m.contexts & ABBR_AFTER_NUMBER) {
      const prev = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
      if (prev && prev.kind === "number") {
        let ok = true;
        for (let k = prev.nEnd; k < i && ok; k++) if (charClass(t.charCodeAt(k)) !== K_SPACE) ok = false;
        if (ok) return m.end;
      }
    }
    if (m.contexts & ABBR_BEFORE_NUMBER) {
      let k = m.end;
      while (k < n && k < m.end + 3 && charClass(t.charCodeAt(k)) === K_SPACE) k++;
      if (k < n && charClass(t.charCodeAt(k)) === K_DIGIT) return m.end;
    }
    return -1;
  };

  /** End of an emoji or other symbol starting at i (with its modifiers and ZWJ sequence). */
  const scanSymbol = (i: number): number => {
    const c = t.charCodeAt(i);
    let j = i + 1;
    let regional = false;
    if (c >= 0xd800 && c <= 0xdbff) {
      if (j < n && charClass(t.charCodeAt(j)) === K_LOW_SURROGATE) {
        const cp = t.codePointAt(i)!;
        regional = cp >= 0x1f1e6 && cp <= 0x1f1ff;
        j++;
      } else return j; // a lone high surrogate stands alone
    } else if (c >= 0xdc00 && c <= 0xdfff) return j; // a lone low surrogate
    while (j < n) {
      const d = t.charCodeAt(j);
      if (charClass(d) === K_MARK) {
        j++; // variation selectors, keycap, combining marks
        continue;
      }
      if (d >= 0xd800 && d <= 0xdbff && j + 1 < n && charClass(t.charCodeAt(j + 1)) === K_LOW_SURROGATE) {
        const cp = t.codePointAt(j)!;
        if ((cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)) {
          j += 2; // skin tones, tag sequences (subdivision flags)
          continue;
        }
        if (regional && cp >= 0x1f1e6 && cp <= 0x1f1ff) {
          regional = false; // a flag is a pair of regional indicators
          j += 2;
          continue;
        }
        break;
      }
      if (d === ZWJ && j + 1 < n) {
        const e = t.charCodeAt(j + 1);
        if (e >= 0xd800 && e <= 0xdbff && j + 2 < n && charClass(t.charCodeAt(j + 2)) === K_LOW_SURROGATE && !isAstralLetter(t.codePointAt(j + 1)!)) {
          j += 3;
          continue;
        }
        if (charClass(e) === K_SYMBOL) {
          j += 2;
          continue;
        }
      }
      break;
    }
    return j;
  };

  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    const k = charClass(c);
    let e: number;
    switch (k) {
      case K_SPACE:
      case K_FORMAT:
        i++;
        continue;
      case K_ARABIC: {
        const w = scanWord(i);
        // every abbreviation's first part is a word followed by a dot: check only then
        if (w < n && t.charCodeAt(w) === DOT && ((e = tryListedAbbreviation(i)) > 0 || (e = tryInitialism(i)) > 0)) push("abbr", i, e);
        else push("word", i, (e = w));
        i = e;
        continue;
      }
      case K_LETTER: {
        if (isAsciiLetter(c)) {
          if ((e = tryUrl(i)) > 0 || (e = tryDomain(i)) > 0) {
            push("url", i, e);
            i = e;
            continue;
          }
          if ((e = tryEmail(i)) > 0) {
            push("email", i, e);
            i = e;
            continue;
          }
        }
        const w = scanLatin(i);
        if (w < n && t.charCodeAt(w) === DOT && ((e = tryListedAbbreviation(i)) > 0 || (e = tryInitialism(i)) > 0)) push("abbr", i, e);
        else push("latin", i, (e = w));
        i = e;
        continue;
      }
      case K_DIGIT: {
        if (c >= 0x30 && c <= 0x39 && (e = tryEmail(i)) > 0) {
          push("email", i, e);
          i = e;
          continue;
        }
        e = scanNumber(i);
        if (e < n && isAsciiLetter(t.charCodeAt(e))) {
          // `5G`, `19th`: plain ASCII digits glued to Latin letters make one Latin token
          let plain = true;
          for (let m = i; m < e && plain; m++) if (!(t.charCodeAt(m) >= 0x30 && t.charCodeAt(m) <= 0x39)) plain = false;
          if (plain) {
            push("latin", i, (e = scanLatin(i)));
            i = e;
            continue;
          }
        }
        push("number", i, e);
        i = e;
        continue;
      }
      case K_PUNCT:
      case K_SYMBOL: {
        if (isSign(c) && i + 1 < n && charClass(t.charCodeAt(i + 1)) === K_DIGIT) {
          const before = i === 0 ? -1 : t.charCodeAt(i - 1);
          if (before < 0 || charClass(before) === K_SPACE || charClass(before) === K_FORMAT || isOpeningBracket(before)) {
            push("number", i, (e = scanNumber(i + 1)));
            i = e;
            continue;
          }
        }
        if (k === K_SYMBOL) {
          push("symbol", i, (e = scanSymbol(i)));
          i = e;
          continue;
        }
        e = i + 1;
        if (c === DOT) while (e < n && t.charCodeAt(e) === DOT) e++; // `..`, `...` as one ellipsis
        push("punct", i, e);
        i = e;
        continue;
      }
      case K_MARK:
      default:
        // lone surrogates, stray marks and astral characters
        if (k === K_HIGH_SURROGATE && i + 1 < n && charClass(t.charCodeAt(i + 1)) === K_LOW_SURROGATE && isAstralLetter(t.codePointAt(i)!)) {
          push("latin", i, (e = scanLatin(i)));
        } else push("symbol", i, (e = scanSymbol(i)));
        i = e;
        continue;
    }
  }
  return tokens;
}
