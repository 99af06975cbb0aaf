import { isDiacritic, KASHIDA, standardLetter, digitValue } from "./letters.js";

/**
 * fold(): the matching key that two spellings of the same name share.
 *
 * It ignores space, ZWNJ and no separator inside a name (`رئیسجمهور`, `رئیس جمهور` and
 * `رئیس‌جمهور` fold alike), hamza and alef variants (`رئیس`/`رییس`, `آ`/`ا`), diacritics and
 * kashida, teh marbuta and heh variants, Arabic letters and presentation forms, the script
 * of digits, and the case of Latin letters. Separators are dropped entirely, so keys of
 * multi-word names are compared as one string; the matcher keeps word boundaries itself.
 */
export function fold(text: string): string {
  const table = (foldTable ??= buildFoldTable());
  const parts: string[] = [];
  let runStart = 0; // start of a run of characters that fold to themselves
  for (let i = 0; i < text.length; i++) {
    const mapped = table[text.charCodeAt(i)];
    if (mapped === undefined) continue;
    if (i > runStart) parts.push(text.slice(runStart, i));
    if (mapped !== "") parts.push(mapped);
    runStart = i + 1;
  }
  if (runStart === 0) return text;
  if (runStart < text.length) parts.push(text.slice(runStart));
  return parts.join("");
}

/**
 * The folded form of one UTF-16 code unit: "" when fold() drops it, the character itself
 * when fold() keeps it. Exposed so that the matcher can fold as it scans.
 */
export function foldChar(c: number): string {
  const mapped = (foldTable ??= buildFoldTable())[c];
  return mapped === undefined ? String.fromCharCode(c) : mapped;
}

let foldTable: (string | undefined)[] | undefined;

function buildFoldTable(): (string | undefined)[] {
  const t: (string | undefined)[] = new Array(0x10000);
  const set = (c: number, s: string) => {
    t[c] = s;
  };
  // letters: standard Persian forms first (presentation forms, Arabic yeh/kaf, heh variants)
  for (let c = 0; c < 0x10000; c++) {
    const s = standardLetter(c);
    if (s !== undefined) set(c, s);
  }
  // hamza and alef variants
  for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) set(c, "ا"); // آ أ إ ٱ
  set(0x0624, "و"); // ؤ
  set(0x0626, "ی"); // ئ
  set(0x0621, ""); // ء standalone hamza
  set(0x06c0, "ه"); // ۀ heh with yeh above
  set(0x06c2, "ه"); // ۂ
  set(0x06c3, "ه"); // ۃ
  // diacritics, kashida and separators vanish
  for (let c = 0; c < 0x10000; c++) if (isDiacritic(c)) set(c, "");
  set(KASHIDA, "");
  // every Unicode space and line separator (what /\s/ matches), and the invisible formatting
  // characters (ZWNJ, ZWJ, direction marks, soft hyphen)
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x00ad])
    set(c, "");
  for (let c = 0x2000; c <= 0x200f; c++) set(c, "");
  // digits of every script fold to Latin digits
  for (let c = 0; c < 0x10000; c++) {
    const v = digitValue(c);
    if (v >= 0 && !(c >= 0x30 && c <= 0x39)) set(c, String(v));
  }
  // Latin letters fold to lower case
  for (let c = 0x41; c <= 0x5a; c++) set(c, String.fromCharCode(c + 32));
  // expansions produced above must themselves be folded (ﺋ → ئ → ی)
  for (let c = 0; c < 0x10000; c++) {
    const s = t[c];
    if (s === undefined || s.length === 0) continue;
    let out = "";
    for (let i = 0; i < s.length; i++) {
      const d = s.charCodeAt(i);
      const m = d === c ? undefined : t[d];
      out += m === undefined ? s[i] : m;
    }
    t[c] = out === String.fromCharCode(c) ? undefined : out;
  }
  return t;
}
