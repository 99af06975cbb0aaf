import { describe, expect, it } from "vitest";
import { at, entityAt, expectMention, expectNoMention, mentions, run } from "./extract-helpers.js";

// Entity mentions, rule by rule, against the annotation guide (section 1 and the conventions).
// Every sentence is written for these tests; spans are asserted as exact (kind, start, end).

describe("gazetteer: countries", () => {
  it("finds short and long forms, the long form as one span", () => {
    const t = "جمهوری تاجیکستان و روسیه و ایالات متحده آمریکا و عربستان سعودی بیانیه مشترک دادند.";
    const g = run(t);
    expectMention(g, "country", "جمهوری تاجیکستان");
    expectMention(g, "country", "روسیه");
    expectMention(g, "country", "ایالات متحده آمریکا");
    expectMention(g, "country", "عربستان سعودی");
    // no shorter country inside the long form
    expect(mentions(g, "country").filter((m) => m.start > 0 && m.end <= "جمهوری تاجیکستان".length)).toEqual([]);
  });

  it("the short and the long form of one country are one entity", () => {
    const t = "جمهوری تاجیکستان عضو سازمان ملل است و تاجیکستان از این سازمان حمایت می‌کند.";
    const g = run(t);
    const long = entityAt(g, at(t, "جمهوری تاجیکستان"), "country");
    const short = entityAt(g, at(t, "تاجیکستان", 1), "country");
    expect(long).toBeDefined();
    expect(short).toBe(long);
  });

  it("matches Arabic yeh and kaf in the input, with offsets into the input as written", () => {
    const t = "هیئتی از قرقيزستان به تركمنستان و كابل رفت.";
    const g = run(t);
    expectMention(g, "country", "قرقيزستان");
    expectMention(g, "country", "تركمنستان");
    expectMention(g, "location", "كابل");
  });

  it("finds names next to quotation marks and punctuation, the marks left out", () => {
    const t = "«تاجیکستان»، ازبکستان. قزاقستان: ترکمنستان؛ (قرقیزستان) افغانستان!";
    const g = run(t);
    for (const c of ["تاجیکستان", "ازبکستان", "قزاقستان", "ترکمنستان", "قرقیزستان", "افغانستان"]) expectMention(g, "country", c);
    expect(mentions(g)).toHaveLength(6);
  });

  it("matches a name whatever its spacing or half-space", () => {
    const t = "هبت الله آخوندزاده و هبت‌الله آخوندزاده و هبتالله آخوندزاده در قندهار بودند.";
    const g = run(t);
    const a = expectMention(g, "person", "هبت الله آخوندزاده");
    const b = expectMention(g, "person", "هبت‌الله آخوندزاده");
    const c = expectMention(g, "person", "هبتالله آخوندزاده");
    expect(new Set([a.entity, b.entity, c.entity]).size).toBe(1);
  });

  it("titles glued, spaced or with a half-space are one title (the roles they give agree)", () => {
    const t =
      "رئیسجمهور تاجیکستان امامعلی رحمان سخن گفت. رئیس‌جمهور ازبکستان شوکت میرضیایف آمد. رئیس جمهور قزاقستان قاسم جومارت توکایف هم بود.";
    const g = run(t);
    // the titles themselves are not mentions
    expectNoMention(g, "رئیسجمهور");
    expectNoMention(g, "رئیس‌جمهور");
    expectNoMention(g, "رئیس جمهور");
    const roles = g.edges.filter((e) => e.kind === "holds_role").map((e) => e.role);
    expect(roles.sort()).toEqual(["رئیس جمهور", "رئیس‌جمهور", "رئیسجمهور"].sort());
  });
});

describe("gazetteer: spelling variants", () => {
  it("`بشکک` is Bishkek as `بیشکک` is", () => {
    const t = "هیئت تاجیکستان به بشکک و سپس به بیشکک رفت.";
    const g = run(t);
    const a = expectMention(g, "location", "بشکک");
    const b = expectMention(g, "location", "بیشکک");
    expect(a.entity).toBe(b.entity);
  });
});

describe("gazetteer: دوشنبه, Dushanbe or Monday", () => {
  it("is Dushanbe in a dateline", () => {
    const t = "دوشنبه، ۱۲ مهر ۱۴۰۲ (خبرگزاری آسیا پلاس) - نشست وزیران برگزار شد.";
    const g = run(t);
    expectMention(g, "location", "دوشنبه");
    // `مهر` in a date is a month, not the agency
    expectNoMention(g, "مهر");
  });

  it("is Dushanbe after a preposition of motion and next to another city", () => {
    const t = "هیئتی از مسکو به دوشنبه رسید. پروازهای مسکو و دوشنبه افزایش یافت.";
    const g = run(t);
    expectMention(g, "location", "دوشنبه", 0);
    expectMention(g, "location", "دوشنبه", 1);
    const a = entityAt(g, at(t, "دوشنبه", 0));
    expect(entityAt(g, at(t, "دوشنبه", 1))).toBe(a);
  });

  it("is Dushanbe where a place is meant (`در دوشنبه بررسی شد`)", () => {
    const t = "این طرح در دوشنبه بررسی شد.";
    expectMention(run(t), "location", "دوشنبه");
  });

  it("is Monday, and no mention, after `روز`, before `گذشته`, before a date", () => {
    const t = "روز دوشنبه وزیر به مسکو رفت. دوشنبه گذشته جلسه بود. دوشنبه ۱۵ ژانویه نشست برگزار شد. صبح دوشنبه باران آمد.";
    const g = run(t);
    for (let i = 0; i < 4; i++) expectNoMention(g, "دوشنبه", undefined, i);
    expectMention(g, "location", "مسکو");
  });
});

describe("gazetteer: words that are not names", () => {
  it("demonyms are never mentions", () => {
    const t = "مقامات روسی و دیپلمات تاجیک و کارشناسان چینی در نشست حاضر بودند.";
    const g = run(t);
    expect(mentions(g)).toEqual([]);
  });

  it("`مهر` and `فارس` are names only in context", () => {
    const t = "به گزارش خبرگزاری مهر، در ماه مهر باران بارید. به گزارش فارس، خلیج فارس آرام است و زبان فارسی رسمی است.";
    const g = run(t);
    expectMention(g, "organization", "خبرگزاری مهر");
    expectNoMention(g, "مهر", undefined, 1);
    expectMention(g, "organization", "فارس", 0);
  });

  it("`مهر` as a month in a sentence is not the agency", () => {
    const t = "قرارداد در نیمه مهر امضا شد و تا پایان مهر اجرا می‌شود.";
    const g = run(t);
    expect(mentions(g)).toEqual([]);
  });

  it("`و نیز` is never Venice", () => {
    const t = "تاجیکستان و نیز ازبکستان در نشست شرکت کردند.";
    const g = run(t);
    expectNoMention(g, "و نیز");
    expectMention(g, "country", "تاجیکستان");
    expectMention(g, "country", "ازبکستان");
  });
});

describe("persons", () => {
  it("leaves honorifics out: `آقای X`, `ملا X`", () => {
    const t = "آقای نوراحمد کریمی به هرات رسید و ملا فضل‌الرحمن کوهستانی از او استقبال کرد.";
    const g = run(t);
    expectMention(g, "person", "نوراحمد کریمی");
    expectMention(g, "person", "فضل‌الرحمن کوهستانی");
    expectNoMention(g, "آقای");
    expectNoMention(g, "ملا");
  });

  it("leaves a chain of honorifics out: `آیت‌الله سید X Y`", () => {
    const t = "آیت‌الله سید جلال‌الدین نصیرپور در مراسم سخنرانی کرد.";
    const g = run(t);
    expectMention(g, "person", "جلال‌الدین نصیرپور");
    expectNoMention(g, "آیت‌الله");
    expectNoMention(g, "سید");
  });

  // known gap: `خاتمی` is an alias of the shipped entry `محمد خاتمی`, and the rule
  // given-name-known-surname links `احمد خاتمی` to that entry although the given name differs
  it.fails("a different given name before a known surname is not the known person", () => {
    const t = "آیت‌الله سید احمد خاتمی در نماز جمعه سخن گفت.";
    const g = run(t);
    const m = expectMention(g, "person", "احمد خاتمی");
    const node = entityAt(g, at(t, "احمد خاتمی"), "person")!;
    expect(m.entity).toBe(node.id);
    expect(node.name).not.toBe("محمد خاتمی");
  });

  it("finds the name with a title before or after it, the title left out", () => {
    const t = "رئیس جمهور تاجیکستان امامعلی رحمان و شوکت میرضیایف، رئیس جمهور ازبکستان، دیدار کردند.";
    const g = run(t);
    expectMention(g, "person", "امامعلی رحمان");
    expectMention(g, "person", "شوکت میرضیایف");
    expectMention(g, "country", "تاجیکستان");
    expectMention(g, "country", "ازبکستان");
    expect(mentions(g)).toHaveLength(4);
  });

  it("an unknown name before a title: `X، معاون وزیر`", () => {
    const t = "رستم قربانوف، معاون وزیر، در جلسه سخن گفت.";
    const g = run(t);
    expectMention(g, "person", "رستم قربانوف");
    expectNoMention(g, "معاون وزیر");
  });

  it("an unknown name after a title phrase: `نماینده ویژه، X`", () => {
    const t = "نماینده ویژه، فرهاد نظراف، به بیشکک رفت.";
    const g = run(t);
    expectMention(g, "person", "فرهاد نظراف");
    expectMention(g, "location", "بیشکک");
  });

  it("a quoted name before a title: `«X»، وزیر …`", () => {
    const t = "«بهرام شریف‌زاده»، وزیر کشاورزی تاجیکستان، از مزارع بازدید کرد.";
    const g = run(t);
    expectMention(g, "person", "بهرام شریف‌زاده");
    expectMention(g, "country", "تاجیکستان");
  });

  it("a known given name with an unknown surname", () => {
    const t = "جمشید رحیم‌پور و فرهاد نظراف در نشست حاضر بودند.";
    const g = run(t);
    expectMention(g, "person", "جمشید رحیم‌پور");
    expectMention(g, "person", "فرهاد نظراف");
    expect(mentions(g)).toHaveLength(2);
  });

  // known gap: since the given-name rule asks the surname for evidence (a known name word or a
  // surname ending), a plain unknown surname after a known given name is no longer found
  it.fails("a known given name with an unknown surname that has no surname ending", () => {
    const t = "جمشید کوهپایه در نشست حاضر بود.";
    const g = run(t);
    expectMention(g, "person", "جمشید کوهپایه");
  });

  it("a word with a surname ending (`…وف`, `…زاده`)", () => {
    const t = "در این نشست شیرمحمدوف و نصرت‌الله نورزاده حضور داشتند.";
    const g = run(t);
    expectMention(g, "person", "شیرمحمدوف");
  });

  it("ordinary words that end like a surname are no persons (`معروف`, `موصوف`)", () => {
    const t = "این شاعر معروف و آن دانشمند موصوف به دوشنبه آمدند.";
    const g = run(t);
    expect(mentions(g, "person")).toEqual([]);
  });

  it("a later short name joins the full name's entity", () => {
    const t = "امیرخان متقی، وزیر خارجه طالبان، به دوحه رفت. متقی در آنجا با هیئت قطری دیدار کرد.";
    const g = run(t);
    const full = expectMention(g, "person", "امیرخان متقی");
    const short = expectMention(g, "person", "متقی", 1);
    expect(short.entity).toBe(full.entity);
    expect(mentions(g, "person")).toHaveLength(2);
  });

  it("a later surname of a name found by a rule joins it too", () => {
    const t = "وزیر انرژی تاجیکستان، دلاور جمعه‌زاده، از سد بازدید کرد. جمعه‌زاده افزود که کار ادامه دارد.";
    const g = run(t);
    const full = expectMention(g, "person", "دلاور جمعه‌زاده");
    const short = expectMention(g, "person", "جمعه‌زاده", 1);
    expect(short.entity).toBe(full.entity);
  });

  it("no person in plural nouns, `شبه نظامیان`, or common nouns after titles", () => {
    const t = "شبه نظامیان در مرز حمله کردند. کارمندان و مهاجران ناراضی هستند. وزیر امور خارجه مسائل را بررسی کرد. وزیر کشاورزی کشت گندم را بررسی کرد.";
    const g = run(t);
    expect(mentions(g, "person")).toEqual([]);
  });
});

describe("organizations", () => {
  it("head + name stops where the name stops; the nested country stays a country", () => {
    const t = "وزارت امور خارجه تاجیکستان اعلام کرد که سفیر چین احضار شد.";
    const g = run(t);
    expectMention(g, "organization", "وزارت امور خارجه تاجیکستان");
    expectMention(g, "country", "تاجیکستان");
    expectMention(g, "country", "چین");
    expectNoMention(g, "اعلام کرد");
  });

  it("a name after a head stops before the verb (`سازمان … گفت`)", () => {
    const t = "سازمان پیمان امنیت جمعی گفت که رزمایش آغاز شد.";
    const g = run(t);
    expectMention(g, "organization", "سازمان پیمان امنیت جمعی");
    expect(mentions(g, "organization")).toHaveLength(1);
  });

  it("a ministry's field keeps its `و`: `وزارت آموزش و پرورش`", () => {
    const t = "وزارت آموزش و پرورش افغانستان مکتب‌ها را باز کرد.";
    const g = run(t);
    expectMention(g, "organization", "وزارت آموزش و پرورش افغانستان");
    expectMention(g, "country", "افغانستان");
  });

  it("an unknown ministry is found from its head", () => {
    const t = "سخنگوی وزارت دفاع گفت که سربازان بازگشتند.";
    const g = run(t);
    expectMention(g, "organization", "وزارت دفاع");
  });

  it("media heads stay in the span: `خبرگزاری X`, `روزنامه X`", () => {
    const t = "به گزارش خبرگزاری آوا، روزنامه ایزوستیا این خبر را تایید کرد.";
    const g = run(t);
    expectMention(g, "organization", "خبرگزاری آوا");
    expectMention(g, "organization", "روزنامه ایزوستیا");
  });

  it("a quoted name after a head is the name alone", () => {
    const t = "شرکت هواپیمایی «پامیر ایر» پرواز تازه‌ای راه انداخت.";
    const g = run(t);
    expectMention(g, "organization", "پامیر ایر");
    expect(mentions(g, "organization")).toHaveLength(1);
  });

  it("a demonym descriptor stays out: `خبرگزاری روسی اسپوتنیک` → `اسپوتنیک`", () => {
    const t = "خبرگزاری روسی اسپوتنیک درباره این نشست گزارش داد.";
    const g = run(t);
    expectMention(g, "organization", "اسپوتنیک");
    expect(mentions(g)).toHaveLength(1);
  });

  it("plural heads and social platforms are not annotated", () => {
    const t = "شرکت‌های خارجی و خبرگزاری‌ها در شبکه ایکس و تلگرام نوشتند.";
    const g = run(t);
    expect(mentions(g)).toEqual([]);
  });

  it("a descriptor before a known group stays out: `گروه تروریستی داعش` → `داعش`", () => {
    const t = "گروه تروریستی داعش مسئولیت حمله را پذیرفت.";
    const g = run(t);
    expectMention(g, "organization", "داعش");
    expect(mentions(g)).toHaveLength(1);
  });

  it("`سازمان همکاری شانگهای` is one organization with no nested place", () => {
    const t = "سازمان همکاری شانگهای نشست سالانه خود را برگزار کرد.";
    const g = run(t);
    expectMention(g, "organization", "سازمان همکاری شانگهای");
    expect(mentions(g)).toHaveLength(1);
  });

  it("a bare head before a verb phrase is no organization (`در پارلمان حضور یافت`)", () => {
    const t = "وزیر دارایی دیروز در پارلمان حضور یافت.";
    const g = run(t);
    expectNoMention(g, "حضور یافت");
  });
});

describe("persons: where a name before a title begins", () => {
  it("a third word on the left that is no name stays out (`پذیرای X Y، سفیر …`)", () => {
    const g = run("وزیر امور خارجه پذیرای عبدالرحیم کریم‌زاده، سفیر قزاقستان، شد.");
    expectMention(g, "person", "عبدالرحیم کریم‌زاده");
    expectNoMention(g, "پذیرای");
  });
});

describe("persons: foreign given names", () => {
  it("a foreign given name in Persian script takes the unknown word after it as a surname", () => {
    const g = run("به گفته مایکل کاکس، تورم همیشه پدیده‌ای پولی است.");
    expectMention(g, "person", "مایکل کاکس");
  });

  it("a Persian given name and an unknown word that speaks are a person (`کامران فرهودی گفت`)", () => {
    const g = run("کامران فرهودی گفت که قیمت‌ها ثابت می‌ماند.");
    expectMention(g, "person", "کامران فرهودی");
  });

  it("a Persian given name needs evidence for the word after it (`محترم شمرده`)", () => {
    const g = run("حقوق همه شهروندان باید محترم شمرده شود.");
    expect(mentions(g, "person")).toEqual([]);
  });
});

describe("organizations: what is not one", () => {
  it("a delegation is no organization (`هیئت ازبکستان`)", () => {
    const g = run("هیئت ازبکستان به دوشنبه رسید.");
    expect(mentions(g, "organization")).toEqual([]);
    expectMention(g, "country", "ازبکستان");
  });

  it("an outlet named in brackets after a dateline is a mention, though its name is also a word", () => {
    const g = run("کابل (پژواک): والی بلخ گفت که اوضاع آرام است.");
    expectMention(g, "organization", "پژواک");
    expectMention(g, "location", "کابل");
  });

  it("the same word outside a name context is no organization", () => {
    const g = run("پژواک صدای مردم در کوهستان شنیده شد.");
    expect(mentions(g, "organization")).toEqual([]);
  });
});

describe("locations", () => {
  it("`ولایت X` and `منطقه X` keep the head", () => {
    const t = "سیل در ولایت بدخشان و منطقه سغد خسارت زد.";
    const g = run(t);
    expectMention(g, "location", "ولایت بدخشان");
    expectMention(g, "location", "منطقه سغد");
    expect(mentions(g)).toHaveLength(2);
  });

  it("a place followed by its country: `منطقه X روسیه`", () => {
    const t = "منطقه کورسک روسیه هدف حمله قرار گرفت.";
    const g = run(t);
    expectMention(g, "location", "منطقه کورسک");
    expectMention(g, "country", "روسیه");
  });

  it("`شهر کابل` → `کابل` (a city's head stays out)", () => {
    const t = "هیئت وارد شهر کابل شد.";
    const g = run(t);
    expectMention(g, "location", "کابل");
    expectNoMention(g, "شهر");
  });

  it("an adjective after a head is no location (`منطقه مرزی`, `ولایت جنوبی`)", () => {
    const t = "اوضاع در منطقه مرزی و ولایت جنوبی آرام است.";
    const g = run(t);
    expect(mentions(g, "location")).toEqual([]);
  });

  it("an ordinary word after a head is no location", () => {
    const t = "این منطقه امن است و شهر آرام است.";
    expect(mentions(run(t))).toEqual([]);
  });
});
