import { describe, expect, it } from "vitest";
import { normalize } from "../src/text/normalize.js";

const Z = "\u200c"; // ZWNJ (half-space)

/** [input, expected normalized text] — written for parsigraph; `// hazm:` marks cases hazm gets wrong. */
const table: [string, string][] = [
  // --- letters
  ["رييس جمهور ايران", "رئیس جمهور ایران"],
  ["كتاب كوچك", "کتاب کوچک"],
  ["مصطفى و موسى", "مصطفی و موسی"],
  ["ﻛﺘﺎﺏ ﺧﻮﺏ", "کتاب خوب"],
  ["ﻻ ﺍﻟﻪ", "لا اله"],
  ["ﷲ اکبر", "الله اکبر"],
  ["صد ﷼", "صد ریال"],
  ["ﯾﮏ ﯽ", "یک ی"],
  ["خانۀ من", "خانهٔ من"],
  ["خانهٔ من", "خانهٔ من"],
  ["نامۀ او و نامهٔ او", "نامهٔ او و نامهٔ او"],
  ["دولة", "دوله"],
  ["رییسه و رییس‌جمهور و رییسجمهور", "رئیسه و رئیس‌جمهور و رئیسجمهور"],
  ["مسوول و مسوولیت و مسوولان", "مسئول و مسئولیت و مسئولان"],
  ["مساله و مسایل", "مسئله و مسائل"],
  ["هیات دولت و جزییات", "هیئت دولت و جزئیات"],
  ["سوال کرد", "سؤال کرد"],
  ["تاکید و تایید و تامین", "تأکید و تأیید و تأمین"],
  ["رئیس مسئول", "رئیس مسئول"],
  // --- diacritics and kashida
  ["کِتابٌ", "کتاب"],
  ["مُحَمَّد", "محمد"],
  ["علیٰ", "علی"],
  ["تـــهران", "تهران"],
  ["اُ", "ا"],
  ["ا\u0653مد", "آمد"],
  // --- digits
  ["سال 1402", "سال ۱۴۰۲"],
  ["سال ١٤٠٢", "سال ۱۴۰۲"],
  ["قیمت 1,250,000 تومان", "قیمت ۱,۲۵۰,۰۰۰ تومان"], // hazm: its punctuation rules treat the separators as punctuation and can split the number
  ["رشد 12.5 درصد", "رشد ۱۲.۵ درصد"], // hazm: persian_style rewrites the separator (12٫5) instead of keeping it as written
  ["تاریخ 1402/05/12", "تاریخ ۱۴۰۲/۰۵/۱۲"],
  ["تاریخ 26.01.2022", "تاریخ ۲۶.۰۱.۲۰۲۲"], // hazm: turns the dots of a date into decimal separators (۲۶٫۰۱٫۲۰۲۲)
  ["ساعت 10:30 صبح", "ساعت ۱۰:۳۰ صبح"],
  ["نرخ ۳٫۵ درصد", "نرخ ۳٫۵ درصد"],
  ["ویروس COVID-19 شیوع یافت", "ویروس COVID-19 شیوع یافت"], // hazm: converts the 19 to Persian digits
  ["هواپیمای A320 نشست", "هواپیمای A320 نشست"], // hazm: A۳۲۰
  ["فایل mp3 را", "فایل mp3 را"],
  ["گوشی iPhone 15 عرضه شد", "گوشی iPhone 15 عرضه شد"],
  ["۹متر", "۹ متر"],
  ["2022میلادی", "۲۰۲۲ میلادی"],
  ["ماده۱۲ قانون", "ماده ۱۲ قانون"],
  ["۲۰ام", "۲۰ام"],
  ["نشانی ۵a@b.ir", "نشانی ۵a@b.ir"],
  ["دهه ۶۰ها", "دهه ۶۰ها"],
  // --- URLs, e-mail, Latin
  ["سایت https://example.com/news/2022?id=15 را ببینید", "سایت https://example.com/news/2022?id=15 را ببینید"], // hazm: converts the digits and puts a space after : and . (https: //example. com)
  ["نشانی www.bbc.co.uk/persian است", "نشانی www.bbc.co.uk/persian است"],
  ["ایمیل ali.rezaei2@gmail.com است", "ایمیل ali.rezaei2@gmail.com است"], // hazm: converts the digit and spaces the dots (ali. rezaei۲@gmail. com)
  ["Hello, world? yes; 12.5", "Hello, world? yes; 12.5"],
  ["گزارش (Reuters) منتشر شد", "گزارش (Reuters) منتشر شد"],
  // --- spaces and lines
  ["سلام    دنیا", "سلام دنیا"],
  ["سلام\t\u00a0دنیا", "سلام دنیا"],
  ["  سلام  ", "سلام"],
  ["خط یک  \r\n  خط دو", "خط یک\nخط دو"],
  ["بند یک\n\n\n\nبند دو", "بند یک\n\nبند دو"],
  ["بند یک\n\nبند دو", "بند یک\n\nبند دو"],
  ["سلام\u200fدنیا\u200e", "سلامدنیا"],
  // --- half-space clean-up
  [`کتاب${Z}${Z}ها`, `کتاب${Z}ها`],
  [`${Z}کتاب${Z} خوب`, "کتاب خوب"],
  [`دیوار${Z}ها`, "دیوارها"],
  [`کتاب ${Z} ها`, `کتاب${Z}ها`],
  // --- verbal prefix
  ["می کند", `می${Z}کند`],
  ["میکند", `می${Z}کند`],
  ["نمیشود", `نمی${Z}شود`],
  ["نمی شود", `نمی${Z}شود`],
  ["میخواهم بروم", `می${Z}خواهم بروم`],
  ["میگویند", `می${Z}گویند`],
  ["میتوان گفت", `می${Z}توان گفت`],
  ["میرفتهاند", `می${Z}رفته${Z}اند`],
  ["ماه می سال گذشته", "ماه می سال گذشته"], // hazm: joins any spaced می to the next word (ماه می‌سال)
  ["ماه می گذشته", "ماه می گذشته"],
  ["میز و میلیون و میدان", "میز و میلیون و میدان"],
  ["میراث میان میهمان", "میراث میان میهمان"],
  ["تحقیقات میدانی", "تحقیقات میدانی"],
  ["نمین", "نمین"],
  [`می${Z}کند`, `می${Z}کند`],
  // --- suffixes
  ["شرکتهای بزرگ", `شرکت${Z}های بزرگ`],
  ["کتاب ها", `کتاب${Z}ها`],
  ["کتابها", `کتاب${Z}ها`],
  ["بزرگ تر", `بزرگ${Z}تر`],
  ["بزرگترین", `بزرگ${Z}ترین`],
  ["دیوار ها", "دیوارها"], // hazm: دیوار‌ها (a ZWNJ after a non-joining letter)
  ["دیوارها", "دیوارها"],
  ["تنها آمد", "تنها آمد"], // hazm: a suffix rule that splits glued ها would give تن‌ها
  ["بهتر و بیشتر و کمتر", "بهتر و بیشتر و کمتر"], // hazm: a suffix rule that splits glued تر would give به‌تر
  ["دفتر و کبوتر و دختر", "دفتر و کبوتر و دختر"], // hazm: a suffix rule that splits glued تر would give دف‌تر
  ["ترس و انترناسیونال", "ترس و انترناسیونال"],
  ["بیش تر", "بیشتر"],
  ["خانه ی من", `خانه${Z}ی من`],
  ["خانهها", `خانه${Z}ها`],
  ["نامه ای نوشت", `نامه${Z}ای نوشت`],
  ["رفته اند", `رفته${Z}اند`],
  ["گفتهام", `گفته${Z}ام`],
  ["الهام و سهام", "الهام و سهام"],
  ["شکستهای تیم", `شکست${Z}های تیم`],
  ["دهها نفر", `ده${Z}ها نفر`],
  ["مسالهها", `مسئله${Z}ها`],
  ["رییسةها", `رئیسه${Z}ها`],
  ["۹ها ها", "۹ها ها"],
  ["سخت ترین روز", `سخت${Z}ترین روز`],
  ["لباس تر را", "لباس تر را"], // hazm: joins every spaced تر as a suffix (لباس‌تر), though here تر is the adjective "wet"
  // --- punctuation
  ["سلام , خوبی ?", "سلام، خوبی؟"],
  ["اول ; دوم", "اول؛ دوم"],
  ["سلام .", "سلام."],
  ["سلام،خوبی", "سلام، خوبی"],
  ["گفت :سلام", "گفت: سلام"],
  ["چه ؟!", "چه؟!"],
  ["صبر کن...", "صبر کن…"],
  ["صبر کن . . . بعد", "صبر کن… بعد"],
  ["( سلام )", "(سلام)"],
  ["کلمه(توضیح)", "کلمه (توضیح)"],
  ["سال ۱۴۰۲.در این سال", "سال ۱۴۰۲. در این سال"],
  ["۱۴۰۲ ه.ش", "۱۴۰۲ ه.ش"],
  ["شهرهای تهران, Paris", "شهرهای تهران, Paris"],
  // --- quotes
  ["”خاور”", "«خاور»"],
  ['"خاور"', "«خاور»"],
  ["“خاور” و “باختر”", "«خاور» و «باختر»"],
  ["„خاور‟", "«خاور»"],
  ["« سلام »", "«سلام»"],
  ["گفت«سلام»و رفت", "گفت «سلام» و رفت"],
  ['گفت: "ما آمدیم', "گفت: «ما آمدیم"],
  ['یک "دو\nسه" چهار', "یک «دو\nسه» چهار"], // hazm: its quote pattern stops at a line break and leaves both straight quotes
  ['He said "hi"', 'He said "hi"'],
  // --- never throws, odd input
  ["", ""],
  ["   \n\n  ", ""],
  ["\ud800", "\ufffd"],
  ["😀 سلام", "😀 سلام"],
  ["سلام\u0000دنیا", "سلامدنیا"],
];

describe("normalize: input → output table", () => {
  it("has at least 80 cases", () => {
    expect(table.length).toBeGreaterThanOrEqual(80);
  });
  it.each(table)("%j", (input, expected) => {
    const out = normalize(input).text;
    expect(out).toBe(expected);
    // every expected output is a fixed point
    expect(normalize(out).text).toBe(out);
  });
});

describe("normalize: options", () => {
  it("digits: latin writes Latin digits", () => {
    expect(normalize("سال ۱۴۰۲ و ١٤٠٢", { digits: "latin" }).text).toBe("سال 1402 و 1402");
  });
  it("digits: keep leaves digits as written", () => {
    expect(normalize("سال ۱۴۰۲ و 1402", { digits: "keep" }).text).toBe("سال ۱۴۰۲ و 1402");
  });
  it("letters: false keeps Arabic letters", () => {
    expect(normalize("كتاب علي", { letters: false }).text).toBe("كتاب علي");
  });
  it("diacritics: false keeps harakat", () => {
    expect(normalize("کِتاب", { diacritics: false }).text).toBe("کِتاب");
  });
  it("halfSpace: false leaves می and suffixes alone", () => {
    expect(normalize("میکند کتاب ها", { halfSpace: false }).text).toBe("میکند کتاب ها");
  });
  it("quotes: false keeps straight quotes", () => {
    expect(normalize('گفت "سلام"', { quotes: false }).text).toBe('گفت "سلام"');
  });
  it("punctuation: false keeps Latin commas", () => {
    expect(normalize("سلام , خوبی", { punctuation: false }).text).toBe("سلام , خوبی");
  });
  it("spacing: false keeps whitespace as written", () => {
    expect(normalize("سلام   دنیا\r\n", { spacing: false }).text).toBe("سلام   دنیا\r\n");
  });
});
