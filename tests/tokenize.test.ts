import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { tokenize } from "../src/text/tokenize.js";
import { fold } from "../src/text/fold.js";
import { identityText, OffsetMapBuilder } from "../src/text/offset-map.js";
import { normalize } from "../src/text/normalize.js";
import type { Token } from "../src/text/types.js";
import { textArb } from "./text-arbitraries.js";

const texts = (s: string) => tokenize(s).map((t) => t.text);
const kinds = (s: string) => tokenize(s).map((t) => t.kind);
/** The original slices of the tokens: what a user sees highlighted. */
const slices = (s: string) => tokenize(s).map((t) => s.slice(t.start, t.end));
const find = (toks: Token[], original: string, input: string) => toks.find((t) => input.slice(t.start, t.end) === original);

/** Every token's original slice folds to its key (the words here survive normalization). */
function expectSpansFold(input: string, kindsToCheck = ["word", "number", "latin", "abbr", "url", "email"]) {
  const toks = tokenize(input);
  expect(toks.length).toBeGreaterThan(0);
  for (const t of toks) {
    expect(t.key).toBe(fold(t.text));
    const slice = input.slice(t.start, t.end);
    expect(slice.length).toBeGreaterThan(0);
    expect(slice.trim()).toBe(slice);
    if (kindsToCheck.includes(t.kind)) expect(fold(slice)).toBe(t.key);
  }
  return toks;
}

describe("words", () => {
  it("keeps internal ZWNJ inside a word", () => {
    const s = "این شرکت‌ها می‌گویند که شرکت‌های بزرگ‌تر همکاری نمی‌کنند.";
    expect(slices(s)).toEqual(["این", "شرکت‌ها", "می‌گویند", "که", "شرکت‌های", "بزرگ‌تر", "همکاری", "نمی‌کنند", "."]);
    expect(kinds(s).slice(0, 8).every((k) => k === "word")).toBe(true);
  });

  it("drops a ZWNJ that ends a word, and splits glued scripts", () => {
    const s = "کتاب‌ خوب NATOپیمان";
    const toks = tokenize(identityText(s));
    expect(toks.map((t) => s.slice(t.start, t.end))).toEqual(["کتاب", "خوب", "NATO", "پیمان"]);
    expect(toks.map((t) => t.kind)).toEqual(["word", "word", "latin", "word"]);
  });

  it("tokenizes the normalized form and spans the original spelling", () => {
    // normalize() joins the prefix می with a half-space; the token covers the spaced original
    const s = "او مي كند و شركت ها را مي بيند";
    const toks = expectSpansFold(s);
    const verb = toks[1];
    expect(verb.text).toBe("می‌کند");
    expect(s.slice(verb.start, verb.end)).toBe("مي كند");
    expect(verb.key).toBe(fold("میکند"));
    expect(toks.map((t) => t.text)).toContain("شرکت‌ها");
  });

  it("keeps diacritics and kashida inside the word", () => {
    const s = "کِتابِ بـــزرگ";
    const toks = expectSpansFold(s);
    expect(toks).toHaveLength(2);
    expect(toks[0].key).toBe("کتاب");
    expect(toks[1].key).toBe("بزرگ");
  });

  it("maps Arabic yeh and kaf input back to the original characters", () => {
    const s = "علي كريمي، وزير";
    const toks = expectSpansFold(s);
    expect(toks.map((t) => s.slice(t.start, t.end))).toEqual(["علي", "كريمي", "،", "وزير"]);
    expect(texts(s)).toEqual(["علی", "کریمی", "،", "وزیر"]);
    expect(toks[0].key).toBe(fold("علی"));
    expect(toks[1].key).toBe(fold("کریمی"));
  });

  it("tokenizes Latin words, hyphenated Latin with digits and alphanumerics", () => {
    const s = "ویروس COVID-19 و شبکه 5G و خبرگزاری Reuters و Su-57";
    const toks = tokenize(s);
    expect(find(toks, "COVID-19", s)?.kind).toBe("latin");
    expect(find(toks, "5G", s)?.kind).toBe("latin");
    expect(find(toks, "Reuters", s)?.kind).toBe("latin");
    expect(find(toks, "Su-57", s)?.kind).toBe("latin");
    expect(find(toks, "COVID-19", s)?.key).toBe("covid-19");
  });
});

describe("numbers", () => {
  const cases = ["12.5", "۱۲٫۵", "1,250,000", "۱٬۲۵۰٬۰۰۰", "1402/05/12", "۱۴۰۲/۰۵/۱۲", "26.01.2022", "۱۴:۳۰", "٣٤٥", "۲۰۲۴"];
  for (const num of cases) {
    it(`keeps ${num} as one number token`, () => {
      const s = `رقم ${num} اعلام شد.`;
      const toks = tokenize(s);
      expect(toks.map((t) => t.kind)).toEqual(["word", "number", "word", "word", "punct"]);
      expect(s.slice(toks[1].start, toks[1].end)).toBe(num);
      expect(toks[1].key).toBe(fold(num));
    });
  }

  it("separates the percent sign and a final dot", () => {
    const s = "تورم به ۴۵٪ و سپس 12.5% رسید. سال ۱۴۰۲.";
    expect(slices(s)).toEqual(["تورم", "به", "۴۵", "٪", "و", "سپس", "12.5", "%", "رسید", ".", "سال", "۱۴۰۲", "."]);
    expect(kinds(s)[3]).toBe("punct");
  });

  it("reads a leading minus as a sign only after a space, not between operands", () => {
    const s = "دما به -5 درجه رسید و ۱۰-۱۵ نفر (−۳) آمدند";
    const toks = tokenize(s);
    expect(find(toks, "-5", s)?.kind).toBe("number");
    expect(find(toks, "−۳", s)?.kind).toBe("number");
    expect(slices(s)).toContain("۱۰");
    expect(slices(s)).toContain("۱۵");
    expect(slices(s)).not.toContain("۱۰-۱۵");
  });

  it("keeps the dateline apart from the place name and dash", () => {
    const s = "کابل، ۱۴۰۲/۰۵/۱۲ — سخنگوی وزارت خارجه گفت";
    const toks = expectSpansFold(s);
    expect(toks.slice(0, 4).map((t) => [t.kind, s.slice(t.start, t.end)])).toEqual([
      ["word", "کابل"],
      ["punct", "،"],
      ["number", "۱۴۰۲/۰۵/۱۲"],
      ["punct", "—"],
    ]);
    expect(toks[2].key).toBe("1402/05/12");
  });
});

describe("URLs and e-mails", () => {
  it("stops a URL before sentence punctuation and closing marks", () => {
    const s = "متن کامل در https://www.example.ir/fa/news/12345. آمده است (www.test.com) و «http://a.b.org/x?q=1&r=2»";
    const toks = tokenize(s);
    const urls = toks.filter((t) => t.kind === "url").map((t) => s.slice(t.start, t.end));
    expect(urls).toEqual(["https://www.example.ir/fa/news/12345", "www.test.com", "http://a.b.org/x?q=1&r=2"]);
    expect(slices(s)).toContain("»");
  });

  it("keeps balanced parentheses inside a URL", () => {
    const s = "ببینید https://fa.wikipedia.org/wiki/کابل_(شهر) را";
    const url = tokenize(s).find((t) => t.kind === "url");
    expect(url && s.slice(url.start, url.end)).toBe("https://fa.wikipedia.org/wiki/کابل_(شهر)");
  });

  it("does not glue Persian letters after a host to the URL", () => {
    const s = "سایت www.khabar.afگزارش داد و https://example.com/خبر/۱ را ببینید";
    const toks = tokenize(identityText(s));
    expect(toks.filter((t) => t.kind === "url").map((t) => t.text)).toEqual(["www.khabar.af", "https://example.com/خبر/۱"]);
    expect(toks.map((t) => t.text)).toContain("گزارش");
  });

  it("finds scheme-less domains with a known top-level domain", () => {
    const s = "به نقل از پایگاه khabar.af/news و سایت bbc.co.uk گزارش شد";
    const toks = tokenize(s);
    expect(toks.filter((t) => t.kind === "url").map((t) => s.slice(t.start, t.end))).toEqual(["khabar.af/news", "bbc.co.uk"]);
  });

  it("keeps e-mails whole and leaves the final dot out", () => {
    const s = "نامه را به news.desk@example.co.uk یا info123@khabar.af. بفرستید";
    const toks = tokenize(s);
    expect(toks.filter((t) => t.kind === "email").map((t) => s.slice(t.start, t.end))).toEqual(["news.desk@example.co.uk", "info123@khabar.af"]);
    expect(slices(s)).toContain(".");
  });

  it("does not take a plain dotted word for a URL", () => {
    const s = "فایل report.final را ببینید";
    expect(tokenize(s).some((t) => t.kind === "url")).toBe(false);
  });
});

describe("abbreviations", () => {
  it("keeps Persian era and other abbreviations whole", () => {
    const s = "در سال ۱۳۵۷ ه.ش. و ۶۲۲ م. و ۳۰۰ ق.م. و سال ۱۴۴۵ ه. ق. نوشته شد؛ ر.ک. ص. ۴۵ ج.ا.ا.";
    const abbrs = tokenize(s).filter((t) => t.kind === "abbr").map((t) => s.slice(t.start, t.end));
    expect(abbrs).toEqual(["ه.ش.", "م.", "ق.م.", "ه. ق.", "ر.ک.", "ص.", "ج.ا.ا."]);
  });

  it("does not read a lone letter and dot as an abbreviation without its context", () => {
    const s = "نام او با حرف م. آغاز می‌شد";
    const toks = tokenize(s);
    expect(toks.some((t) => t.kind === "abbr")).toBe(false);
    expect(slices(s)).toEqual(["نام", "او", "با", "حرف", "م", ".", "آغاز", "می‌شد"]);
  });

  it("keeps Latin initialisms and listed abbreviations whole", () => {
    const s = "مقام‌های U.S. و نیز e.g. و Mr. Smith و U.S.A گفتند";
    const abbrs = tokenize(s).filter((t) => t.kind === "abbr").map((t) => s.slice(t.start, t.end));
    expect(abbrs).toEqual(["U.S.", "e.g.", "Mr.", "U.S.A"]);
  });
});

describe("punctuation and symbols", () => {
  it("makes every punctuation mark its own token", () => {
    const s = "«سلام»، (خوب)؛ چرا؟ آری! الف: ب – ج — د - ه";
    const toks = tokenize(s);
    expect(toks.filter((t) => t.kind === "punct").map((t) => s.slice(t.start, t.end))).toEqual(["«", "»", "،", "(", ")", "؛", "؟", "!", ":", "–", "—", "-"]);
  });

  it("keeps an ellipsis whole", () => {
    expect(slices("صبر کنید… و ... باز")).toEqual(["صبر", "کنید", "…", "و", "...", "باز"]);
    expect(kinds("صبر کنید… و ... باز")).toEqual(["word", "word", "punct", "word", "punct", "word"]);
  });

  it("keeps emoji sequences whole and never splits a surrogate pair", () => {
    const s = "عالی 👍🏽 خانواده 👨‍👩‍👧 پرچم 🇮🇷 ❤️";
    const toks = tokenize(identityText(s));
    expect(toks.filter((t) => t.kind === "symbol").map((t) => s.slice(t.start, t.end))).toEqual(["👍🏽", "👨‍👩‍👧", "🇮🇷", "❤️"]);
  });

  it("makes a lone surrogate a symbol of its own", () => {
    const s = "الف\ud800ب \udc00";
    const toks = tokenize(s);
    expect(toks.map((t) => t.kind)).toEqual(["word", "symbol", "word", "symbol"]);
    expect(toks[1].end - toks[1].start).toBe(1);
  });
});

describe("spans", () => {
  it("point into the original text of a news paragraph", () => {
    const s =
      "تهران، ۱۴۰۳/۰۲/۲۰ — به گزارش خبرگزاری ایرنا، رئیس‌جمهور در دیدار با وزیر خارجه گفت: «روابط دو کشور ۲۵٪ رشد کرده است.» " +
      "متن کامل در www.irna.ir آمده و پرسش‌ها به press@irna.ir ارسال می‌شود.";
    const toks = expectSpansFold(s);
    for (let k = 0; k < toks.length; k++) expect(toks[k].index).toBe(k);
  });

  it("point into the original text of messy input (Arabic letters, diacritics, spaced affixes, Latin digits)", () => {
    const s =
      "هرات، 1403/02/20 - به گزارش خبرگزاري بخدي، وزيرِ خارجه مي گويد كه كتابها و شركت هاي   بزرگ‌تر " +
      "تا ساعت 14:30 با 1,250,000 دلار \"همكاري\" خواهند كرد... نامه ها به info@example.af ارسال شد.";
    const toks = expectSpansFold(s);
    const bySlice = (x: string) => toks.find((t) => s.slice(t.start, t.end) === x);
    expect(bySlice("1403/02/20")?.kind).toBe("number");
    expect(bySlice("14:30")?.kind).toBe("number");
    expect(bySlice("1,250,000")?.key).toBe("1,250,000");
    expect(bySlice("info@example.af")?.kind).toBe("email");
    expect(bySlice("وزيرِ")?.text).toBe("وزیر");
    // no token text carries Arabic yeh or kaf
    for (const t of toks) expect(/[يك]/.test(t.text)).toBe(false);
  });

  it("uses a given NormalizedText as it is and maps spans back through it", () => {
    // a hand-made normalization: Arabic yeh → Persian yeh, kashida dropped
    const original = "علـي رفت";
    const b = new OffsetMapBuilder(original);
    b.copy(0, 2); // عل
    b.extendLast(3); // the kashida belongs to ل
    b.emit("ی", 3, 4);
    b.copy(4, original.length);
    const nt = b.finish();
    expect(nt.text).toBe("علی رفت");
    const toks = tokenize(nt);
    expect(toks.map((t) => t.text)).toEqual(["علی", "رفت"]);
    expect(toks.map((t) => [t.start, t.end])).toEqual([[0, 4], [5, 8]]);
    expect(toks.map((t) => [t.nStart, t.nEnd])).toEqual([[0, 3], [4, 7]]);
    expect(fold(original.slice(toks[0].start, toks[0].end))).toBe(toks[0].key);
  });

  it("agrees between a string and its identity NormalizedText when nothing changes", () => {
    const s = "کابل، ۱۴۰۲/۰۵/۱۲ — طالبان اعلام کرد.";
    expect(tokenize(identityText(s)).map((t) => [t.start, t.end])).toEqual(tokenize(s).map((t) => [t.start, t.end]));
  });
});

describe("properties", () => {
  it("never throws and yields ordered, non-overlapping, in-bounds tokens", () => {
    fc.assert(
      fc.property(textArb, (s) => {
        for (const nt of [identityText(s), normalize(s)]) {
          const toks = tokenize(nt);
          let prevEnd = 0;
          let prevNEnd = 0;
          toks.forEach((t, k) => {
            expect(t.index).toBe(k);
            expect(t.nStart).toBeGreaterThanOrEqual(prevNEnd);
            expect(t.nEnd).toBeGreaterThan(t.nStart);
            expect(t.nEnd).toBeLessThanOrEqual(nt.text.length);
            expect(t.text).toBe(nt.text.slice(t.nStart, t.nEnd));
            expect(t.start).toBeGreaterThanOrEqual(prevEnd);
            expect(t.end).toBeGreaterThanOrEqual(t.start);
            expect(t.end).toBeLessThanOrEqual(s.length);
            expect(t.key).toBe(fold(t.text));
            expect(/^\s|\s$/u.test(t.text)).toBe(false);
            prevEnd = t.end;
            prevNEnd = t.nEnd;
          });
        }
        // a string is normalized first
        expect(tokenize(s)).toEqual(tokenize(normalize(s)));
      }),
      { numRuns: 2000 },
    );
  });

  it("never splits a valid surrogate pair", () => {
    fc.assert(
      fc.property(textArb, (s) => {
        for (const t of tokenize(s)) {
          const first = s.charCodeAt(t.start);
          const before = t.start > 0 ? s.charCodeAt(t.start - 1) : 0;
          expect(first >= 0xdc00 && first <= 0xdfff && before >= 0xd800 && before <= 0xdbff).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  // Inputs that make a backtracking scanner quadratic. No timing assertion (speed is a
  // benchmark); the test's timeout only turns a hang into a failure.
  it("handles pathological input: tokens in order, within bounds, covering every letter", { timeout: 60_000 }, () => {
    const parts = ["ab.".repeat(40000), "a.".repeat(40000), "x-".repeat(40000), "a@".repeat(40000), "۱.".repeat(40000), "http://" + "a".repeat(100000) + ")".repeat(40000), "«".repeat(50000)];
    for (const p of parts) {
      const tokens = tokenize(identityText(p));
      let last = 0;
      for (const t of tokens) {
        expect(t.start).toBeGreaterThanOrEqual(last);
        expect(t.end).toBeLessThanOrEqual(p.length);
        last = t.end;
      }
      expect(tokens.reduce((n, t) => n + (t.end - t.start), 0)).toBe(p.length);
    }
  });
});
