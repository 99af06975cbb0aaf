import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sentences } from "../src/text/sentences.js";
import { tokenize } from "../src/text/tokenize.js";
import { createDoc } from "../src/text/doc.js";
import { identityText } from "../src/text/offset-map.js";
import { normalize } from "../src/text/normalize.js";
import { textArb } from "./text-arbitraries.js";

/** The original text of each sentence. */
const split = (s: string) => sentences(s).map((x) => s.slice(x.start, x.end));

describe("sentence boundaries", () => {
  it("splits at . ؟ ? ! and keeps the terminator", () => {
    const s = "هیئت ایرانی وارد مسکو شد. آیا مذاکرات ادامه می‌یابد؟ بله! Is it over? Not yet.";
    expect(split(s)).toEqual(["هیئت ایرانی وارد مسکو شد.", "آیا مذاکرات ادامه می‌یابد؟", "بله!", "Is it over?", "Not yet."]);
  });

  it("splits at an ellipsis and keeps repeated terminators together", () => {
    const s = "منتظر ماندیم… خبری نشد. واقعاً؟! عجیب است...";
    expect(split(s)).toEqual(["منتظر ماندیم…", "خبری نشد.", "واقعاً؟!", "عجیب است..."]);
  });

  it("does not split inside numbers, abbreviations or URLs", () => {
    const s = "نرخ تورم ۱۲.۵ درصد و رشد 3.2 درصد اعلام شد. این بنا در ۶۲۲ م. ساخته شد و در ۱۴۰۲ ه.ش. مرمت شد. متن در https://example.ir/a.b.html است.";
    expect(split(s)).toEqual([
      "نرخ تورم ۱۲.۵ درصد و رشد 3.2 درصد اعلام شد.",
      "این بنا در ۶۲۲ م. ساخته شد و در ۱۴۰۲ ه.ش. مرمت شد.",
      "متن در https://example.ir/a.b.html است.",
    ]);
  });

  it("keeps a quotation with inner sentences in one sentence", () => {
    const s = "او گفت: «ما آماده‌ایم. همکاری ادامه دارد.» سخنگو این را تأیید کرد.";
    expect(split(s)).toEqual(["او گفت: «ما آماده‌ایم. همکاری ادامه دارد.»", "سخنگو این را تأیید کرد."]);
  });

  it("gives a closing mark right after the terminator to the sentence", () => {
    const s = "این تصمیم نهایی است. (طبق بیانیه) سپس وزیر گفت «پایان.» بعد رفت.) و";
    expect(split(s)).toEqual(["این تصمیم نهایی است.", "(طبق بیانیه) سپس وزیر گفت «پایان.»", "بعد رفت.)", "و"]);
  });

  it("does not split at a terminator inside parentheses", () => {
    const s = "وزیر (که دیروز گفته بود: آیا این درست است؟ نه!) امروز سکوت کرد. پایان.";
    expect(split(s)).toEqual(["وزیر (که دیروز گفته بود: آیا این درست است؟ نه!) امروز سکوت کرد.", "پایان."]);
  });

  it("ends a sentence that is wholly in parentheses", () => {
    const s = "نشست پایان یافت. (این گزارش به‌روز می‌شود.) خبرهای دیگر را ببینید.";
    expect(split(s)).toEqual(["نشست پایان یافت.", "(این گزارش به‌روز می‌شود.)", "خبرهای دیگر را ببینید."]);
  });

  it("does not let an unclosed « swallow the rest of the text", () => {
    const s = "او گفت: «ما آماده‌ایم. همکاری ادامه دارد.\nخبر دوم آمد. خبر سوم.";
    expect(split(s)).toEqual(["او گفت: «ما آماده‌ایم.", "همکاری ادامه دارد.", "خبر دوم آمد.", "خبر سوم."]);
  });

  it("reads a number and dot at the start of a sentence as a list number", () => {
    const s = "۱. نشست امروز برگزار شد.\n2. وزیران شرکت کردند. سال ۱۴۰۲. پایان";
    expect(split(s)).toEqual(["۱. نشست امروز برگزار شد.", "2. وزیران شرکت کردند.", "سال ۱۴۰۲.", "پایان"]);
  });

  it("pairs ASCII double quotes", () => {
    const s = 'او گفت: "این پایان نیست. ادامه دارد." سپس رفت.';
    expect(split(s)).toEqual(['او گفت: "این پایان نیست. ادامه دارد."', "سپس رفت."]);
  });

  it("splits normalized text and spans the original, messy input", () => {
    const s = 'سخنگوي وزارت خارجه گفت: "ما آماده‌ايم. همكاري ادامه دارد."  سپس نشست در 14:30 پايان يافت... خبر بعدي';
    const sents = sentences(s);
    expect(sents.map((x) => s.slice(x.start, x.end))).toEqual([
      'سخنگوي وزارت خارجه گفت: "ما آماده‌ايم. همكاري ادامه دارد."',
      "سپس نشست در 14:30 پايان يافت...",
      "خبر بعدي",
    ]);
    expect(sents[0].text).toBe("سخنگوی وزارت خارجه گفت: «ما آماده‌ایم. همکاری ادامه دارد.»");
    expect(sents[1].text).toBe("سپس نشست در ۱۴:۳۰ پایان یافت…");
  });

  it("splits at line breaks and makes nothing of empty lines", () => {
    const s = "کابل، ۱۴۰۲/۰۵/۱۲ — طالبان اعلام کرد\n\n\n  \nکه نشست برگزار می‌شود\r\nپایان";
    expect(split(s)).toEqual(["کابل، ۱۴۰۲/۰۵/۱۲ — طالبان اعلام کرد", "که نشست برگزار می‌شود", "پایان"]);
  });

  it("makes no sentence of an empty or blank text", () => {
    expect(sentences("")).toEqual([]);
    expect(sentences(" \n\n\u200c \t")).toEqual([]);
  });
});

describe("sentence records", () => {
  it("carry token ranges, spans and normalized text", () => {
    const s = "  تهران، ۱۴۰۳/۰۲/۲۰ — سفیر روسیه وارد شد. او با وزیر دیدار کرد.  ";
    const toks = tokenize(s);
    const sents = sentences(s, toks);
    expect(sents).toHaveLength(2);
    expect(sents.map((x) => x.index)).toEqual([0, 1]);
    expect(sents[0].tokenStart).toBe(0);
    expect(sents[0].tokenEnd).toBe(sents[1].tokenStart);
    expect(sents[1].tokenEnd).toBe(toks.length);
    expect(s.slice(sents[1].start, sents[1].end)).toBe("او با وزیر دیدار کرد.");
    expect(sents[1].text).toBe("او با وزیر دیدار کرد.");
    expect(toks[sents[1].tokenStart].text).toBe("او");
    expect(sentences(s)).toEqual(sents);
  });

  it("createDoc normalizes once and shares it between tokens and sentences", () => {
    const s = "مقام‌ها گفتند: «توافق نزدیک است.» www.example.ir را ببینید.";
    const doc = createDoc(s);
    expect(doc.original).toBe(s);
    expect(doc.tokens).toEqual(tokenize(doc.normalized));
    expect(doc.sentences).toEqual(sentences(doc.normalized, doc.tokens));
    expect(doc.sentences).toHaveLength(2);
  });
});

describe("properties", () => {
  it("sentences are ordered, non-overlapping and cover every token exactly once", () => {
    fc.assert(
      fc.property(textArb, (s) => {
        for (const nt of [identityText(s), normalize(s)]) {
          const toks = tokenize(nt);
          const sents = sentences(nt, toks);
          let next = 0;
          let prevEnd = 0;
          sents.forEach((x, k) => {
            expect(x.index).toBe(k);
            expect(x.tokenStart).toBe(next);
            expect(x.tokenEnd).toBeGreaterThan(x.tokenStart);
            expect(x.start).toBeGreaterThanOrEqual(prevEnd);
            expect(x.end).toBeGreaterThanOrEqual(x.start);
            expect(x.start).toBe(toks[x.tokenStart].start);
            expect(x.end).toBe(toks[x.tokenEnd - 1].end);
            expect(x.text).toBe(nt.text.slice(x.nStart, x.nEnd));
            expect(/[\n\r\u2028\u2029]/.test(x.text)).toBe(false);
            next = x.tokenEnd;
            prevEnd = x.end;
          });
          expect(next).toBe(toks.length);
          expect(sentences(nt)).toEqual(sents);
        }
        expect(sentences(s)).toEqual(sentences(normalize(s)));
      }),
      { numRuns: 2000 },
    );
  });

  // No timing assertion (speed is a benchmark); the timeout only turns a hang into a failure.
  it("handles deeply nested and unclosed marks: sentences cover the text in order", { timeout: 60_000 }, () => {
    const p = ("«(" + "الف. ").repeat(30000) + "\n" + "»)".repeat(30000) + '"'.repeat(30000);
    const ss = sentences(p);
    expect(ss.length).toBeGreaterThan(1);
    for (let i = 1; i < ss.length; i++) expect(ss[i].start).toBeGreaterThanOrEqual(ss[i - 1].end);
    expect(ss[ss.length - 1].end).toBeLessThanOrEqual(p.length);
  });
});
