import { describe, expect, it } from "vitest";
import { edges, hasEdge, run } from "./extract-helpers.js";

// Relations (annotation guide, section 3 and the conventions): holds_role, met_with,
// based_in, member_of, only what the sentence states. Ends are compared by mention text.

describe("holds_role", () => {
  it("title after the name, and title before it, with `role` as written", () => {
    const t = "رئیس جمهور تاجیکستان امامعلی رحمان و شوکت میرضیایف، رئیس جمهور ازبکستان، دیدار کردند.";
    const g = run(t);
    expect(hasEdge(g, "holds_role", "امامعلی رحمان", "تاجیکستان", "رئیس جمهور")).toBe(true);
    expect(hasEdge(g, "holds_role", "شوکت میرضیایف", "ازبکستان", "رئیس جمهور")).toBe(true);
    expect(edges(g, "holds_role")).toHaveLength(2);
  });

  it("a multi-word title without a comma: `وزیر امور خارجه X NAME`", () => {
    const g = run("وزیر امور خارجه تاجیکستان سراج‌الدین مهرالدین به تهران رفت.");
    expect(hasEdge(g, "holds_role", "سراج‌الدین مهرالدین", "تاجیکستان", "وزیر امور خارجه")).toBe(true);
  });

  it("points to the most specific holder: the ministry, not its country", () => {
    const g = run("مائو نینگ، سخنگوی وزارت امور خارجه چین، گفت که پکن آماده گفتگو است.");
    expect(hasEdge(g, "holds_role", "مائو نینگ", "وزارت امور خارجه چین", "سخنگوی")).toBe(true);
    expect(hasEdge(g, "holds_role", "مائو نینگ", "چین")).toBe(false);
  });

  it("a role of an organization: `وزیر خارجه طالبان`", () => {
    const g = run("امیرخان متقی، وزیر خارجه طالبان، به دوحه رفت.");
    expect(hasEdge(g, "holds_role", "امیرخان متقی", "طالبان", "وزیر خارجه")).toBe(true);
  });

  it("a name found by a rule holds its role too", () => {
    const g = run("وزیر انرژی تاجیکستان، دلاور جمعه‌زاده، از سد بازدید کرد.");
    expect(hasEdge(g, "holds_role", "دلاور جمعه‌زاده", "تاجیکستان", "وزیر انرژی")).toBe(true);
  });

  it("no edge when the title only says `کشورمان`", () => {
    const g = run("وزیر امور خارجه کشورمان سراج‌الدین مهرالدین به مسکو رفت.");
    expect(edges(g, "holds_role")).toEqual([]);
  });

  it("`سرپرست وزارت خارجه طالبان` → the ministry", () => {
    const g = run("امیرخان متقی، سرپرست وزارت خارجه طالبان، به تهران رفت.");
    expect(hasEdge(g, "holds_role", "امیرخان متقی", "وزارت خارجه طالبان", "سرپرست")).toBe(true);
    expect(hasEdge(g, "holds_role", "امیرخان متقی", "طالبان")).toBe(false);
  });

  it("a posted title before an unknown full name: `سفیر X در Y، NAME،`", () => {
    const g = run("سفیر روسیه در تاجیکستان، سمیون گریگوریف، از دانشگاه بازدید کرد.");
    expect(hasEdge(g, "holds_role", "سمیون گریگوریف", "روسیه", "سفیر")).toBe(true);
  });

  it("no edge for an unnamed holder (`سفیر چین در تاجیکستان`)", () => {
    const g = run("سفیر چین در تاجیکستان از پروژه‌های زیربنایی بازدید کرد.");
    expect(edges(g, "holds_role")).toEqual([]);
  });
});

describe("met_with", () => {
  it("`X با Y دیدار کرد`", () => {
    const g = run("امامعلی رحمان با شوکت میرضیایف در سمرقند دیدار کرد.");
    expect(hasEdge(g, "met_with", "امامعلی رحمان", "شوکت میرضیایف")).toBe(true);
    expect(edges(g, "met_with")).toHaveLength(1);
  });

  it("`دیدار X با Y`", () => {
    const g = run("دیدار امامعلی رحمان با قاسم جومارت توکایف در آستانه برگزار شد.");
    expect(hasEdge(g, "met_with", "امامعلی رحمان", "قاسم جومارت توکایف")).toBe(true);
  });

  it("with titles before the parties", () => {
    const g = run("رئیس جمهور تاجیکستان امامعلی رحمان با رئیس جمهور ازبکستان شوکت میرضیایف دیدار کرد.");
    expect(hasEdge(g, "met_with", "امامعلی رحمان", "شوکت میرضیایف")).toBe(true);
  });

  it("`X و Y دیدار کردند`", () => {
    const g = run("وزیر دفاع روسیه سرگئی شویگو و همتای تاجیک او شیرعلی میرزا دیدار کردند.");
    expect(hasEdge(g, "met_with", "سرگئی شویگو", "شیرعلی میرزا")).toBe(true);
  });

  it("not for planned visits (`دیدار خواهد کرد`, `قرار است`)", () => {
    expect(edges(run("امامعلی رحمان فردا با شوکت میرضیایف دیدار خواهد کرد."), "met_with")).toEqual([]);
    expect(edges(run("قرار است امامعلی رحمان با شوکت میرضیایف دیدار کند."), "met_with")).toEqual([]);
  });

  it("a phone call counts; an interview does not", () => {
    expect(hasEdge(run("امامعلی رحمان تلفنی با ولادیمیر پوتین گفتگو کرد."), "met_with", "امامعلی رحمان", "ولادیمیر پوتین")).toBe(true);
    expect(edges(run("شوکت میرضیایف در گفتگو با خبرگزاری تاس گفت که روابط خوب است."), "met_with")).toEqual([]);
  });

  it("not with an unnamed party (`سفیر چین`)", () => {
    const g = run("سراج‌الدین مهرالدین با سفیر چین در تاجیکستان دیدار کرد.");
    expect(edges(g, "met_with")).toEqual([]);
  });
});

describe("based_in", () => {
  it("an organization whose name says its country: `ارتش پاکستان` → پاکستان", () => {
    const g = run("ارتش پاکستان در مرز مستقر شد.");
    expect(hasEdge(g, "based_in", "ارتش پاکستان", "پاکستان")).toBe(true);
  });

  it("an embassy to both countries", () => {
    const g = run("سفارت تاجیکستان در روسیه بیانیه‌ای منتشر کرد.");
    expect(hasEdge(g, "based_in", "سفارت تاجیکستان", "تاجیکستان")).toBe(true);
    expect(hasEdge(g, "based_in", "سفارت تاجیکستان", "روسیه")).toBe(true);
  });

  it("a place followed by its country: `منطقه X روسیه`", () => {
    const g = run("منطقه کورسک روسیه هدف حمله قرار گرفت.");
    expect(hasEdge(g, "based_in", "منطقه کورسک", "روسیه")).toBe(true);
  });

  it("a place inside a named region: `منطقه X ولایت Y`", () => {
    const g = run("درگیری در منطقه قره‌تپه ولایت ختلان رخ داد.");
    expect(hasEdge(g, "based_in", "منطقه قره‌تپه", "ولایت ختلان")).toBe(true);
  });

  it("a place inside a named region: `منطقه X در ولایت Y`", () => {
    const g = run("درگیری در منطقه قره‌تپه در ولایت ختلان رخ داد.");
    expect(hasEdge(g, "based_in", "منطقه قره‌تپه", "ولایت ختلان")).toBe(true);
  });

  it("`X، پایتخت Y`", () => {
    const g = run("هیئت به دوشنبه، پایتخت تاجیکستان، سفر کرد.");
    expect(hasEdge(g, "based_in", "دوشنبه", "تاجیکستان")).toBe(true);
  });

  it("a demonym before an outlet, when the country is named in the text", () => {
    const g = run("خبرگزاری روسی اسپوتنیک درباره روابط روسیه و تاجیکستان گزارش داد.");
    expect(hasEdge(g, "based_in", "اسپوتنیک", "روسیه")).toBe(true);
    expect(hasEdge(g, "based_in", "اسپوتنیک", "تاجیکستان")).toBe(false);
  });

  it("not for an international body named after a city", () => {
    const g = run("سازمان همکاری شانگهای در چین نشست داشت.");
    expect(edges(g, "based_in")).toEqual([]);
  });
});

describe("member_of", () => {
  it("`X و Y عضو Z`", () => {
    const g = run("تاجیکستان و قرقیزستان عضو سازمان پیمان امنیت جمعی هستند.");
    expect(hasEdge(g, "member_of", "تاجیکستان", "سازمان پیمان امنیت جمعی")).toBe(true);
    expect(hasEdge(g, "member_of", "قرقیزستان", "سازمان پیمان امنیت جمعی")).toBe(true);
    expect(edges(g, "member_of")).toHaveLength(2);
  });

  it("`کشورهای عضو Z (X، Y و W)`", () => {
    const g = run("کشورهای عضو سازمان همکاری شانگهای (چین، روسیه و قزاقستان) نشست داشتند.");
    for (const c of ["چین", "روسیه", "قزاقستان"]) expect(hasEdge(g, "member_of", c, "سازمان همکاری شانگهای")).toBe(true);
    expect(edges(g, "member_of")).toHaveLength(3);
  });

  it("no membership the sentence does not state", () => {
    const g = run("تاجیکستان و سازمان پیمان امنیت جمعی رزمایش برگزار کردند.");
    expect(edges(g, "member_of")).toEqual([]);
  });
});

describe("relations stated inside a reported clause", () => {
  it("a meeting reported by someone is between the clause's own parties", () => {
    const g = run("سخنگوی وزارت خارجه گفت که سراج‌الدین مهرالدین با سرگئی لاوروف در مسکو دیدار کرده است.");
    expect(hasEdge(g, "met_with", "سراج‌الدین مهرالدین", "سرگئی لاوروف")).toBe(true);
    expect(edges(g, "met_with")).toHaveLength(1);
  });

  it("the speaker does not meet an unnamed party of the reported clause", () => {
    const g = run("امامعلی رحمان گفت که والی سغد با هیئت قرقیزستان در خجند دیدار کرده است.");
    expect(edges(g, "met_with")).toEqual([]);
  });
});
