import { describe, expect, it } from "vitest";
import { at, quotes, run, type FlatQuote } from "./extract-helpers.js";

// Quoted statements (annotation guide, section 2 and the conventions): content spans, direct
// or not, cue, speaker (resolved through pronouns, titles and `دولت X`) and channel.

/** The one quote of a text; fails when there are none or several. */
function only(t: string): FlatQuote {
  const qs = quotes(run(t));
  expect(qs, `quotes of «${t}»`).toHaveLength(1);
  return qs[0];
}

/** The quote whose content is exactly `content`. */
function quoteWith(qs: FlatQuote[], content: string): FlatQuote {
  const q = qs.find((x) => x.content === content);
  expect(q, `a quote «${content}» among ${JSON.stringify(qs.map((x) => x.content))}`).toBeDefined();
  return q!;
}

describe("direct quotes", () => {
  it("after a colon: runs to the paragraph's end, the final stop left out", () => {
    const t = "امامعلی رحمان افزود: همکاری دو کشور گسترش می‌یابد. ما آماده‌ایم.\nپاراگراف بعدی درباره اقتصاد است.";
    const q = only(t);
    expect(q.content).toBe("همکاری دو کشور گسترش می‌یابد. ما آماده‌ایم");
    expect(q.start).toBe(at(t, "همکاری").start);
    expect(q.direct).toBe(true);
    expect(q.cue).toBe("افزود");
    expect(q.speakerMentions).toContain("امامعلی رحمان");
  });

  it("a colon quote stops where another speaker takes the word", () => {
    const t = "امامعلی رحمان گفت: مرز امن است. شوکت میرضیایف افزود: ما همکاری می‌کنیم.";
    const qs = quotes(run(t));
    expect(qs.map((q) => q.content)).toEqual(["مرز امن است", "ما همکاری می‌کنیم"]);
    expect(qs[1].speakerMentions).toContain("شوکت میرضیایف");
  });

  it("inside «…»: the marks left out, the words taken whole", () => {
    const t = "امامعلی رحمان گفت: «ما از صلح در منطقه حمایت می‌کنیم.»";
    const q = only(t);
    expect(q.content).toBe("ما از صلح در منطقه حمایت می‌کنیم.");
    expect(q.direct).toBe(true);
    expect(q.speakerMentions).toContain("امامعلی رحمان");
  });

  it("a headline `X: …` is a direct quote with cue `:`", () => {
    const t = "رحمان: تاجیکستان به صلح پایبند است\nدوشنبه، ۱۲ مهر ۱۴۰۲ - امامعلی رحمان در نشستی سخنرانی کرد.";
    const qs = quotes(run(t));
    const q = quoteWith(qs, "تاجیکستان به صلح پایبند است");
    expect(q.direct).toBe(true);
    expect(q.cue).toBe(":");
    expect(q.speakerMentions).toContain("امامعلی رحمان");
  });

  it("`X را «Y» توصیف کرد` is a quote; without the marks it is not", () => {
    const a = only("امامعلی رحمان این طرح را «گامی تاریخی» توصیف کرد.");
    expect(a.content).toBe("گامی تاریخی");
    expect(a.speakerMentions).toContain("امامعلی رحمان");
    expect(quotes(run("امامعلی رحمان این طرح را گامی تاریخی توصیف کرد."))).toEqual([]);
  });

  it("a quoted term nobody says is no quote", () => {
    expect(quotes(run("طرح «کمربند امنیتی» در مرز تاجیکستان اجرا می‌شود."))).toEqual([]);
  });
});

describe("indirect quotes", () => {
  it("`گفت که …` and `تاکید کرد که …`: content after `که`, final stop left out", () => {
    const t = "شوکت میرضیایف تاکید کرد که مرزها باید باز بمانند. امامعلی رحمان گفت که تجارت دو کشور رشد کرده است.";
    const qs = quotes(run(t));
    expect(qs).toHaveLength(2);
    const a = quoteWith(qs, "مرزها باید باز بمانند");
    expect(a.direct).toBe(false);
    expect(a.cue).toBe("تاکید کرد");
    expect(a.speakerMentions).toContain("شوکت میرضیایف");
    const b = quoteWith(qs, "تجارت دو کشور رشد کرده است");
    expect(b.cue).toBe("گفت");
    expect(b.speakerMentions).toContain("امامعلی رحمان");
  });

  it("`گفت <clause>` without `که`", () => {
    const q = only("امامعلی رحمان گفت روابط دو کشور در سطح بالایی قرار دارد.");
    expect(q.content).toBe("روابط دو کشور در سطح بالایی قرار دارد");
    expect(q.direct).toBe(false);
  });

  it("`به گفته X، …`", () => {
    const q = only("به گفته امامعلی رحمان، حجم تجارت دو کشور دو برابر شده است.");
    expect(q.content).toBe("حجم تجارت دو کشور دو برابر شده است");
    expect(q.cue).toBe("به گفته");
    expect(q.direct).toBe(false);
    expect(q.speakerMentions).toContain("امامعلی رحمان");
  });

  it("`با بیان اینکه …` up to the main clause", () => {
    const q = only("امامعلی رحمان با بیان اینکه آب منبع زندگی است، خواستار همکاری منطقه‌ای شد.");
    expect(q.content).toBe("آب منبع زندگی است");
    expect(q.speakerMentions).toContain("امامعلی رحمان");
  });

  it("a request: `خواست تا …` and `خواست که …`", () => {
    const a = only("امامعلی رحمان از کشورهای همسایه خواست تا به توافق‌ها پایبند باشند.");
    expect(a.content).toBe("به توافق‌ها پایبند باشند");
    expect(a.speakerMentions).toContain("امامعلی رحمان");
    const b = only("شوکت میرضیایف از سرمایه‌گذاران خواست که در صنعت نساجی سرمایه‌گذاری کنند.");
    expect(b.content).toBe("در صنعت نساجی سرمایه‌گذاری کنند");
  });

  it("a passive statement (`تاکید شد که …`) has a null speaker", () => {
    const q = only("در این نشست تاکید شد که امنیت منطقه اولویت دارد.");
    expect(q.content).toBe("امنیت منطقه اولویت دارد");
    expect(q.speaker).toBeNull();
  });

  it("a bare noun complement (`اظهار نگرانی کرد`) is no quote", () => {
    expect(quotes(run("امامعلی رحمان از وضعیت مرز افغانستان اظهار نگرانی کرد."))).toEqual([]);
  });
});

describe("more shapes", () => {
  it("a quotation before its speaker: `«…»، X گفت`", () => {
    const q = only("«ما آماده همکاری هستیم»، شوکت میرضیایف گفت.");
    expect(q.content).toBe("ما آماده همکاری هستیم");
    expect(q.direct).toBe(true);
    expect(q.speakerMentions).toContain("شوکت میرضیایف");
  });

  it("`گفت که … «…»` is indirect and keeps the inner marks", () => {
    const q = only("امامعلی رحمان گفت که طرح «یک کمربند، یک راه» برای منطقه سودمند است.");
    expect(q.content).toBe("طرح «یک کمربند، یک راه» برای منطقه سودمند است");
    expect(q.direct).toBe(false);
  });

  it("`آمده است که …` is a quote; `خبر داد از …` is not", () => {
    const q = only("در این بیانیه آمده است که دو کشور همکاری را گسترش می‌دهند.");
    expect(q.content).toBe("دو کشور همکاری را گسترش می‌دهند");
    expect(q.speaker).toBeNull();
    expect(quotes(run("امامعلی رحمان از آغاز ساخت جاده کولاب خبر داد."))).toEqual([]);
  });

  it("a headline with a title resolves to the person the text names", () => {
    const t = "رئیس جمهور تاجیکستان: امنیت مرزها اولویت ماست\nامامعلی رحمان امروز در مجلس سخنرانی کرد.";
    const q = only(t);
    expect(q.content).toBe("امنیت مرزها اولویت ماست");
    expect(q.cue).toBe(":");
    expect(q.speakerMentions).toContain("امامعلی رحمان");
  });

  it("an unnamed individual gives a null speaker", () => {
    const qs = quotes(run("یک منبع آگاه گفت که مذاکرات متوقف شده است. سفیر روسیه گفت که مسکو نگران است."));
    expect(qs).toHaveLength(2);
    for (const q of qs) expect(q.speaker).toBeNull();
  });
});

describe("speakers", () => {
  it("through `وی` and `او` to the person named before", () => {
    const t = "امامعلی رحمان به ازبکستان سفر کرد. وی گفت که همکاری ادامه دارد. او افزود که راه‌آهن تکمیل می‌شود.";
    const qs = quotes(run(t));
    expect(qs).toHaveLength(2);
    for (const q of qs) expect(q.speakerMentions).toContain("امامعلی رحمان");
  });

  it("a pronoun with nobody named gives no speaker", () => {
    const q = only("او گفت که سفر مفید بود.");
    expect(q.speaker).toBeNull();
  });

  it("through a title phrase to the holder the text names elsewhere", () => {
    const t = "امامعلی رحمان، رئیس جمهور تاجیکستان، به مجلس رفت. رئیس جمهور تاجیکستان گفت که بودجه افزایش می‌یابد.";
    const q = only(t);
    expect(q.content).toBe("بودجه افزایش می‌یابد");
    expect(q.speakerMentions).toContain("امامعلی رحمان");
  });

  it("a title phrase whose holder the text never names gives a null speaker", () => {
    const t = "تاجیکستان و ازبکستان توافقنامه امضا کردند. رئیس جمهور ازبکستان گفت که این توافق تاریخی است.";
    const q = only(t);
    expect(q.content).toBe("این توافق تاریخی است");
    expect(q.speaker).toBeNull();
  });

  it("`دولت X` and `مقامات X` speak for the country X", () => {
    const t = "دولت قزاقستان اعلام کرد که مرز بسته می‌شود. مقامات ترکمنستان گفتند که گاز صادر می‌شود.";
    const qs = quotes(run(t));
    expect(quoteWith(qs, "مرز بسته می‌شود").speakerMentions).toContain("قزاقستان");
    expect(quoteWith(qs, "گاز صادر می‌شود").speakerMentions).toContain("ترکمنستان");
  });

  it("an organization speaks for itself", () => {
    const q = only("وزارت امور خارجه تاجیکستان اعلام کرد که سفیر چین احضار شد.");
    expect(q.content).toBe("سفیر چین احضار شد");
    expect(q.speakerMentions).toContain("وزارت امور خارجه تاجیکستان");
  });
});

describe("channels (`reported` edges)", () => {
  it("`به گزارش X`", () => {
    const q = only("به گزارش خبرگزاری خاور، امامعلی رحمان گفت که سد راغون تکمیل می‌شود.");
    expect(q.speakerMentions).toContain("امامعلی رحمان");
    expect(q.viaMentions).toContain("خبرگزاری خاور");
  });

  it("`به نقل از X`", () => {
    const q = only("به نقل از خبرگزاری آسیا پلاس، شوکت میرضیایف گفت که تجارت رشد کرده است.");
    expect(q.speakerMentions).toContain("شوکت میرضیایف");
    expect(q.viaMentions).toContain("خبرگزاری آسیا پلاس");
  });

  it("`X نوشت`: the outlet is the channel, not the speaker", () => {
    const q = only("روزنامه ایزوستیا نوشت که مسکو نیروهای بیشتری به مرز می‌فرستد.");
    expect(q.content).toBe("مسکو نیروهای بیشتری به مرز می‌فرستد");
    expect(q.speaker).toBeNull();
    expect(q.viaMentions).toContain("روزنامه ایزوستیا");
  });

  it("`در گفتگو با X`", () => {
    const q = only("شوکت میرضیایف در گفتگو با خبرگزاری تاس گفت که روابط خوب است.");
    expect(q.speakerMentions).toContain("شوکت میرضیایف");
    expect(q.viaMentions).toContain("خبرگزاری تاس");
  });

  it("in `به گزارش A به نقل از B` the channel is B, the one nearest the speaker", () => {
    const q = only("به گزارش خبرگزاری آوا به نقل از خبرگزاری تاس، سرگئی لاوروف گفت که مذاکرات ادامه دارد.");
    expect(q.speakerMentions).toContain("سرگئی لاوروف");
    expect(q.viaMentions).toContain("خبرگزاری تاس");
    expect(q.viaMentions).not.toContain("خبرگزاری آوا");
  });

  it("`به X گفت`: the outlet spoken to is the channel", () => {
    const q = only("امامعلی رحمان به خبرگزاری اسپوتنیک گفت که روابط دو کشور خوب است.");
    expect(q.speakerMentions).toContain("امامعلی رحمان");
    expect(q.viaMentions).toContain("خبرگزاری اسپوتنیک");
  });

  it("a dateline's agency is no channel; a channel applies only in its own sentence", () => {
    const a = only("دوشنبه، ۱۲ مهر ۱۴۰۲ /«خاور»/. امامعلی رحمان گفت که کار ادامه دارد.");
    expect(a.via).toBeNull();
    const b = only("به گزارش خبرگزاری خاور، امامعلی رحمان به مسکو رفت.\nوی در آنجا گفت که سفر مفید بود.");
    expect(b.speakerMentions).toContain("امامعلی رحمان");
    expect(b.via).toBeNull();
  });

  it("no channel when the text names none", () => {
    const q = only("شوکت میرضیایف گفت که روابط خوب است.");
    expect(q.via).toBeNull();
  });
});

describe("speakers across coordinated clauses", () => {
  it("after `… می‌رود و`, the new clause has its own subject, even an unnamed one", () => {
    const qs = quotes(run("تیم ملی فوتبال ایران فردا به مصاف ژاپن می‌رود و سرمربی تیم گفت: بازیکنان آماده‌اند."));
    expect(qs.map((q) => q.content)).toEqual(["بازیکنان آماده‌اند"]);
    expect(qs[0].speakerMentions).toEqual([]);
  });

  it("a clause with no subject of its own shares the sentence's (`… کرد و افزود: …`)", () => {
    const qs = quotes(run("شوکت میرضیایف از وضعیت مرز ابراز نگرانی کرد و افزود: همکاری منطقه‌ای لازم است."));
    expect(qs.map((q) => q.content)).toEqual(["همکاری منطقه‌ای لازم است"]);
    expect(qs[0].speakerMentions).toContain("شوکت میرضیایف");
  });

  it("a name inside a noun phrase is not the subject (`تیم ملی فوتبال ایران … گفت`)", () => {
    const qs = quotes(run("سرمربی تیم ملی فوتبال ایران گفت که بازیکنان آماده‌اند."));
    expect(qs).toHaveLength(1);
    expect(qs[0].speakerMentions).not.toContain("ایران");
  });
});
