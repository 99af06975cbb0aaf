import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fold } from "../src/text/fold.js";
import { textArb } from "./text-arbitraries.js";

describe("fold(): the key that spellings of one name share", () => {
  const same: [string, string][] = [
    ["رئیسجمهور", "رئیس جمهور"], // glued and spaced
    ["رئیس‌جمهور", "رئیس جمهور"], // half-space and space
    ["رییس جمهور", "رئیس جمهور"], // yeh for the hamza seat
    ["رئيس جمهور", "رئیس جمهور"], // Arabic yeh
    ["كابل", "کابل"], // Arabic kaf
    ["آمریکا", "امریکا"], // alef madda and bare alef
    ["مسئول", "مسیول"], // hamza on a yeh seat folds to yeh
    ["مؤسسه", "موسسه"], // hamza on a waw seat folds to waw
    ["مدرسة", "مدرسه"], // teh marbuta
    ["خانۀ ملت", "خانه ملت"], // heh with yeh above
    ["مُحَمَّد", "محمد"], // diacritics
    ["ایـــران", "ایران"], // kashida
    ["گروه ۲۰", "گروه 20"], // digits of any script
    ["گروه ٢٠", "گروه 20"],
    ["ﻻﻫﻮﺭ", "لاهور"], // presentation forms
    ["NATO", "nato"], // Latin case
    ["سازمان ملل متحد", "سازمان‌مللمتحد"],
  ];
  it.each(same)("%s folds like %s", (a, b) => {
    expect(fold(a)).toBe(fold(b));
  });

  const different: [string, string][] = [
    ["روسیه", "روسی"], // a country and its demonym
    ["ایران", "ایرانی"],
    ["پاکستان", "پاکستون"], // a different spelling is a different key (listed as an alias instead)
    ["مهر", "مهرداد"],
  ];
  it.each(different)("%s does not fold like %s", (a, b) => {
    expect(fold(a)).not.toBe(fold(b));
  });

  it("drops separators and marks, and keeps letters in order", () => {
    expect(fold("وزارت امور خارجه")).toBe("وزارتامورخارجه");
    expect(fold("  ")).toBe("");
    expect(fold("")).toBe("");
  });

  it("is idempotent and never keeps a space, a half-space or a diacritic", () => {
    fc.assert(
      fc.property(textArb, (s) => {
        const k = fold(s);
        expect(fold(k)).toBe(k);
        expect(/[\s\u200c\u064b-\u065f\u0640]/u.test(k)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
