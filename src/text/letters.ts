/**
 * Character tables shared by normalize() and fold(). Built once, on first use, as flat
 * arrays indexed by UTF-16 code unit so the hot loops do one array read per character.
 */

/** Persian letters in their standard code points. */
export const YEH = 0x06cc; // ی
export const KEHEH = 0x06a9; // ک
export const HEH = 0x0647; // ه
export const ALEF = 0x0627; // ا
export const ZWNJ = 0x200c;

/** Harakat, tanwin, shadda, sukun, superscript alef and the other Arabic combining marks. */
export function isDiacritic(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06dc) || (c >= 0x06df && c <= 0x06e4) || c === 0x06e7 || c === 0x06e8 || (c >= 0x06ea && c <= 0x06ed) || (c >= 0x0610 && c <= 0x061a);
}

export const KASHIDA = 0x0640;

/** Arabic-script letters (the base Arabic block and its supplements), not digits or punctuation. */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x066f) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ef) ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff)
  );
}

/**
 * Letters that do not join to the following letter: after them a ZWNJ changes nothing
 * and is never needed.
 */
export function isNonJoining(c: number): boolean {
  return (
    c === 0x0627 || c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671 || // alefs
    c === 0x062f || c === 0x0630 || // د ذ
    c === 0x0631 || c === 0x0632 || c === 0x0698 || // ر ز ژ
    c === 0x0648 || c === 0x0624 || // و ؤ
    c === 0x0621 || // ء
    c === 0x0629 || c === 0x06c0 || c === 0x06d5 // ة ۀ ە
  );
}

export function isPersianDigit(c: number): boolean {
  return c >= 0x06f0 && c <= 0x06f9;
}
export function isArabicIndicDigit(c: number): boolean {
  return c >= 0x0660 && c <= 0x0669;
}
export function isLatinDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
export function isAnyDigit(c: number): boolean {
  return isLatinDigit(c) || isPersianDigit(c) || isArabicIndicDigit(c);
}
/** The value 0–9 of a digit in any of the three scripts, or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  return -1;
}

/**
 * The standard Persian form of a letter, as a string, or undefined when the character is
 * already standard. Covers Arabic yeh/kaf/alef maksura, Arabic heh goal/ae variants and
 * every Arabic presentation form (U+FB50–U+FDFF, U+FE70–U+FEFF), ligatures expanded
 * (ﻻ → لا, ﷲ → الله, ﷼ → ریال).
 */
export function standardLetter(c: number): string | undefined {
  return (standardTable ??= buildStandardTable())[c];
}

let standardTable: (string | undefined)[] | undefined;

function buildStandardTable(): (string | undefined)[] {
  const t: (string | undefined)[] = new Array(0x10000);
  const base: Record<number, string> = {
    0x064a: "ی", // ي Arabic yeh
    0x0649: "ی", // ى alef maksura
    0x06cd: "ی", // ۍ yeh with tail
    0x06d0: "ی", // ې e
    0x06d2: "ی", // ے yeh barree
    0x0643: "ک", // ك Arabic kaf
    0x06aa: "ک", // ڪ swash kaf
    0x06d5: "ه", // ە ae
    0x06c1: "ه", // ہ heh goal
    0x06be: "ه", // ھ heh doachashmee
    0x0629: "ه", // ة teh marbuta — standard Persian writes ه (and the gazetteer fold agrees)
  };
  for (const k in base) t[Number(k)] = base[Number(k)];
  const special: Record<number, string> = { 0xfdf2: "الله", 0xfdfc: "ریال" };
  for (let c = 0xfb50; c <= 0xfeff; c++) {
    if (c > 0xfdff && c < 0xfe70) continue;
    let s = special[c] ?? String.fromCharCode(c).normalize("NFKC");
    if (s === String.fromCharCode(c)) continue; // unassigned or not decomposable
    // map the decomposition through the base table (ﻱ → ي → ی), drop its marks; keep the
    // spaces between the words of a phrase ligature (ﷺ), not those around an isolated mark
    let out = "";
    for (let i = 0; i < s.length; i++) {
      const d = s.charCodeAt(i);
      if (isDiacritic(d)) continue;
      out += base[d] ?? s[i];
    }
    out = out.trim();
    if (out.length > 0) t[c] = out;
  }
  return t;
}
