import { describe, expect, it } from "vitest";
import { normalize } from "../src/text/normalize.js";
import { fold } from "../src/text/fold.js";

const Z = "\u200c";

/** Messy inputs written for parsigraph: Arabic letters, marks, kashida, lost and extra half-spaces, mixed digits. */
const inputs = [
  "رييس جمهور   افغانستان گفت كه ما مي كنيم",
  "وزیرِ خارجهٔ ایران، محمّد جواد ظریف، در تـــهران گفت: \"ما آماده‌ایم\"",
  "شرکتهای بزرگ   کتاب ها و دیوار ها را میخرند",
  `نیروهای${Z}${Z} امنیتی ${Z}در ولایت  هرات`,
  "قیمت 1,250,000 افغانی در 1402/05/12 اعلام شد ; رشد 12.5 درصد",
  "ملا عبدالغنی برادر، معاون نخست وزیر طالبان , امروز به کابل رفت .",
  "سازمان ملل متحد ” گزارش ” داد که ۹متر باران بارید...",
  "\r\n\r\n\r\n  خبرگزاری  فارس  \r\n گزارش   داد\n",
  "ﷲ اکبر، ﻻ ﺍﻟﻪ، خانۀ ملت، صد ﷼",
  "رئیس‌جمهور 😀 دیدار کرد و رییسجمهور  🇦🇫 رفت",
  "ایمیل ali.rezaei@gmail.com و سایت https://tolonews.com/fa/afghanistan-12345 را ببینید",
  "اَلْحَمْدُ لِلّٰهِ رَبِّ الْعالَمینَ",
];

/** Every word-like run of the normalized text (letters, digits, ZWNJ, hamza above). */
function words(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[\p{L}\p{N}\u200c\u0654]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

const letters = (s: string) => fold(s).replace(/[^\p{L}\p{N}]/gu, "");
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

describe("normalize: offset map", () => {
  it.each(inputs)("every word maps back to original characters that fold alike: %j", (input) => {
    const r = normalize(input);
    const ws = words(r.text);
    expect(ws.length).toBeGreaterThan(0);
    for (const [s, e] of ws) {
      const span = r.originalSpan(s, e);
      const orig = input.slice(span.start, span.end);
      expect(fold(orig)).toBe(fold(r.text.slice(s, e)));
      // the original span neither starts nor ends with whitespace or a half-space
      expect(/^[\s\u200c]/u.test(orig)).toBe(false);
      expect(/[\s\u200c]$/u.test(orig)).toBe(false);
    }
  });

  it.each(inputs)("every span of whole words maps back exactly: %j", (input) => {
    const r = normalize(input);
    const ws = words(r.text);
    for (let i = 0; i < ws.length; i++) {
      for (let j = i; j < Math.min(ws.length, i + 4); j++) {
        const span = r.originalSpan(ws[i][0], ws[j][1]);
        // punctuation between the words may have been converted (, → ،): compare letters and digits
        const orig = input.slice(span.start, span.end);
        expect(letters(orig)).toBe(letters(r.text.slice(ws[i][0], ws[j][1])));
        expect(letters(orig.slice(0, 1))).not.toBe(""); // starts at a letter or digit
      }
    }
  });

  it("a removed diacritic or kashida inside or after a word belongs to its letter", () => {
    const input = "کتابَ  تـــهران";
    const r = normalize(input);
    expect(r.text).toBe("کتاب تهران");
    expect(r.originalSpan(0, 4)).toEqual({ start: 0, end: 5 }); // کتابَ with its fatha
    expect(input.slice(r.originalSpan(5, 10).start, r.originalSpan(5, 10).end)).toBe("تـــهران");
  });

  it("removed spaces and half-spaces around a word are not part of it", () => {
    const input = `  ${Z}کتاب${Z}  خوب `;
    const r = normalize(input);
    expect(r.text).toBe("کتاب خوب");
    const a = r.originalSpan(0, 4);
    expect(input.slice(a.start, a.end)).toBe("کتاب");
    const b = r.originalSpan(5, 8);
    expect(input.slice(b.start, b.end)).toBe("خوب");
  });

  it("an inserted half-space maps inside the word it joins", () => {
    const input = "آنها میکنند";
    const r = normalize(input);
    expect(r.text).toBe(`آنها می${Z}کنند`);
    const s = r.originalSpan(5, r.text.length);
    expect(input.slice(s.start, s.end)).toBe("میکنند");
    expect(r.toOriginal(8)).toBe(7); // ک after the inserted ZWNJ
  });

  it("an expansion maps every unit to its one source character", () => {
    const input = "ﷲ اکبر";
    const r = normalize(input);
    expect(r.text).toBe("الله اکبر");
    expect(r.originalSpan(0, 4)).toEqual({ start: 0, end: 1 });
    expect(r.originalSpan(1, 3)).toEqual({ start: 0, end: 1 });
  });

  it.each(inputs)("toOriginal is monotonic and toNormalized inverse-consistent: %j", (input) => {
    const r = normalize(input);
    let last = 0;
    for (let i = 0; i <= r.text.length; i++) {
      const o = r.toOriginal(i);
      expect(o).toBeGreaterThanOrEqual(last);
      last = o;
      // mapping to the original and back lands at or before i, never after
      expect(r.toNormalized(o)).toBeLessThanOrEqual(i);
    }
    for (let i = 0; i <= input.length; i++) {
      const j = r.toNormalized(i);
      expect(r.toOriginal(j)).toBeGreaterThanOrEqual(Math.min(i, r.toOriginal(r.text.length)));
    }
    expect(r.toOriginal(0)).toBeGreaterThanOrEqual(0);
    expect(r.toOriginal(r.text.length)).toBeLessThanOrEqual(input.length);
  });

  it.each(inputs)("no span starts or ends inside a surrogate pair: %j", (input) => {
    const r = normalize(input);
    for (let i = 0; i < r.text.length; i++) {
      if (isLow(r.text.charCodeAt(i))) continue; // not a span start in the normalized text
      const o = r.toOriginal(i);
      expect(isLow(input.charCodeAt(o))).toBe(false);
      const e = r.toOriginalEnd(i + 1 < r.text.length && isLow(r.text.charCodeAt(i + 1)) ? i + 2 : i + 1);
      expect(isLow(input.charCodeAt(e))).toBe(false);
    }
  });

  it("unchanged text maps one to one", () => {
    const input = "رئیس‌جمهور افغانستان امروز به کابل رفت.";
    const r = normalize(input);
    expect(r.text).toBe(input);
    for (let i = 0; i <= input.length; i++) {
      expect(r.toOriginal(i)).toBe(i);
      expect(r.toNormalized(i)).toBe(i);
    }
  });
});
