import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { GazetteerEntrySchema, type GazetteerEntry } from "../src/models/gazetteer.js";
import { fold } from "../src/text/fold.js";
import lexicons from "../data/gazetteers/lexicons.json";
import givenNames from "../data/gazetteers/given-names.json";
import nameParts from "../data/gazetteers/name-parts.json";
import stopwords from "../data/gazetteers/sources/name-stopwords.json";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lex = lexicons as GazetteerEntry[];
const given = givenNames as GazetteerEntry[];
const parts = nameParts as GazetteerEntry[];

const FILES: [string, GazetteerEntry[], string[]][] = [
  ["lexicons.json", lex, ["title", "honorific", "org_head", "loc_head", "cue", "meeting"]],
  ["given-names.json", given, ["given_name"]],
  ["name-parts.json", parts, ["name_part"]],
];

const CUE_TAGS = ["verb", "passive", "complementizer", "according", "channel", "manner", "writes", "noun-only", "naming", "needs-that"];
const TITLE_TAGS = ["head-of-state", "head-of-government", "minister", "diplomat", "spokesperson", "governor", "military", "generic", "judicial", "parliament", "royal"];
const MEETING_TAGS = ["verb", "noun", "phone", "planned", "visit"];

/** Every entry whose name or an alias folds like `text`, in one kind. */
function lookup(entries: GazetteerEntry[], kind: string, text: string): GazetteerEntry[] {
  const key = fold(text);
  return entries.filter((e) => e.kind === kind && [e.name, ...(e.aliases ?? [])].some((n) => fold(n) === key));
}

const withTag = (entries: GazetteerEntry[], kind: string, tag: string) =>
  entries.filter((e) => e.kind === kind && e.tags?.includes(tag));

describe.each(FILES)("%s", (file, entries, kinds) => {
  it("validates against GazetteerEntrySchema and holds only its kinds", () => {
    for (const e of entries) {
      const r = GazetteerEntrySchema.safeParse(e);
      if (!r.success) throw new Error(`${file} ${e.id}: ${r.error.message}`);
      expect(kinds).toContain(e.kind);
      expect(e.source.length).toBeGreaterThan(0);
    }
  });

  it("has unique ids in code-unit order", () => {
    for (let i = 1; i < entries.length; i++) {
      const a = entries[i - 1]!.id;
      const b = entries[i]!.id;
      if (!(a < b)) throw new Error(`${file}: ${a} then ${b}`);
    }
  });

  it("is written one entry per line", () => {
    const lines = readFileSync(join(root, "data/gazetteers", file), "utf8").split("\n");
    expect(lines[0]).toBe("[");
    expect(lines.at(-2)).toBe("]");
    expect(lines.length).toBe(entries.length + 3); // [, entries, ], trailing newline
    for (const line of lines.slice(1, -2)) expect(line.startsWith("{") && /}\s*,?$/.test(line)).toBe(true);
  });

  it("never lists two spellings that fold alike within one kind", () => {
    const seen = new Map<string, string>();
    for (const e of entries)
      for (const n of [e.name, ...(e.aliases ?? [])]) {
        const k = `${e.kind}/${fold(n)}`;
        const other = seen.get(k);
        if (other !== undefined && other !== e.id) throw new Error(`${e.id} and ${other} both hold ${n}`);
        seen.set(k, e.id);
      }
  });
});

describe("lexicons.json", () => {
  it("has enough titles and cues", () => {
    expect(lex.filter((e) => e.kind === "title").length).toBeGreaterThanOrEqual(80);
    expect(lex.filter((e) => e.kind === "cue").length).toBeGreaterThanOrEqual(100);
    expect(lex.filter((e) => e.kind === "meeting").length).toBeGreaterThanOrEqual(40);
  });

  it("gives every cue, title and meeting entry a known sub-type tag", () => {
    for (const e of lex) {
      const known = e.kind === "cue" ? CUE_TAGS : e.kind === "title" ? TITLE_TAGS : e.kind === "meeting" ? MEETING_TAGS : undefined;
      if (known === undefined) continue;
      if (!e.tags?.some((t) => known.includes(t))) throw new Error(`${e.id} has no known tag: ${e.tags}`);
    }
    for (const e of lex.filter((x) => x.kind === "cue"))
      for (const t of e.tags!) if (!CUE_TAGS.includes(t)) throw new Error(`${e.id}: unknown cue tag ${t}`);
  });

  it("finds titles whatever the spacing, ZWNJ and hamza", () => {
    for (const t of ["رئیس‌جمهور", "رییس جمهور", "رئیسجمهور"]) expect(lookup(lex, "title", t).map((e) => e.id)).toEqual(["title:president"]);
    expect(lookup(lex, "title", "نخست‌وزیر")[0]?.tags).toContain("head-of-government");
    expect(lookup(lex, "title", "وزیر امور خارجه")[0]?.tags).toEqual(expect.arrayContaining(["minister", "needs-of"]));
    expect(lookup(lex, "title", "وزیر داخله")).toHaveLength(1);
    expect(lookup(lex, "title", "سفیر فوق‌العاده و تام‌الاختیار")[0]?.tags).toContain("diplomat");
    expect(lookup(lex, "title", "دبیرکل")[0]?.id).toBe("title:secretary-general");
    expect(lookup(lex, "title", "سرلشکر")[0]?.tags).toContain("military");
    expect(lookup(lex, "title", "ولسوال")[0]?.tags).toContain("governor");
    // a plain word is not a title
    expect(lookup(lex, "title", "کتاب")).toHaveLength(0);
  });

  it("tags honorifics and heads as the extractors need", () => {
    expect(lookup(lex, "honorific", "آیت الله")).toHaveLength(1);
    expect(lookup(lex, "honorific", "حجت‌الاسلام و المسلمین")).toHaveLength(1);
    expect(lookup(lex, "honorific", "سید")[0]?.tags).toContain("ambiguous");
    expect(lookup(lex, "honorific", "سردار")[0]?.tags).toContain("ambiguous");
    expect(lookup(lex, "org_head", "خبرگزاری")[0]?.tags).toContain("media");
    expect(lookup(lex, "org_head", "هفته‌نامه")[0]?.tags).toContain("media");
    expect(lookup(lex, "org_head", "ریاست")[0]?.tags).toContain("government");
    expect(lookup(lex, "org_head", "سفارت")[0]?.tags).toContain("diplomatic");
    expect(lookup(lex, "org_head", "فدراسیون")[0]?.tags).toContain("ambiguous");
    expect(lookup(lex, "org_head", "مؤسسه")).toEqual(lookup(lex, "org_head", "موسسه"));
    for (const w of ["گروه", "مرکز", "دفتر", "جامعه", "شورا"]) expect(lookup(lex, "org_head", w)[0]?.tags).toContain("weak");
    expect(lookup(lex, "loc_head", "جمهوری")[0]?.tags).toContain("country-head");
    expect(lookup(lex, "loc_head", "مرز")[0]?.tags).toContain("weak");
    expect(lookup(lex, "loc_head", "ولسوالی")).toHaveLength(1);
  });

  it("covers reporting cues in their news forms", () => {
    const tagsOf = (t: string) => lookup(lex, "cue", t)[0]?.tags ?? [];
    for (const v of ["گفت", "گفتند", "افزود", "تأکید کرد", "تاکید کردند", "اظهار داشت", "خاطر نشان ساخت", "یادآور شد", "گفته است", "گفته‌اند", "گفته بود", "می‌گوید", "تاکید می‌کند", "اعلام نمود", "خواستار شد"])
      expect(tagsOf(v)).toContain("verb");
    for (const v of ["نوشت", "نوشتند", "نوشته است", "می‌نویسد"]) expect(tagsOf(v)).toEqual(expect.arrayContaining(["verb", "writes"]));
    expect(tagsOf("گفت")).not.toContain("writes");
    for (const v of ["گفته شد", "گفته شده است", "تأکید شد", "آمده است"]) expect(tagsOf(v)).toContain("passive");
    expect(tagsOf("این که")).toContain("complementizer");
    expect(tagsOf("به گفته")).toContain("according");
    for (const v of ["به گزارش", "به نقل از", "در گفت‌وگو با", "در گفتگو با"]) expect(tagsOf(v)).toContain("channel");
    expect(tagsOf("با اشاره به این که")).toContain("manner");
    expect(tagsOf("اظهار نگرانی کرد")).toEqual(["noun-only"]);
  });

  it("separates meetings that happened from planned ones", () => {
    const tagsOf = (t: string) => lookup(lex, "meeting", t)[0]?.tags ?? [];
    for (const v of ["دیدار کرد", "دیدار و گفت‌وگو کرد", "دیدار و گفتگو کردند", "ملاقات کردند", "رایزنی کرد"]) expect(tagsOf(v)).toEqual(["verb"]);
    expect(tagsOf("گفت‌وگوی تلفنی")).toContain("phone");
    expect(tagsOf("نشست")).toContain("ambiguous");
    for (const v of ["دیدار خواهد کرد", "سفر خواهد کرد", "قرار است"]) expect(tagsOf(v)).toEqual(["planned"]);
    expect(withTag(lex, "meeting", "planned").every((e) => !e.tags!.includes("verb"))).toBe(true);
  });
});

describe("given-names.json", () => {
  const tagged = (tag: string) => given.filter((e) => e.tags?.includes(tag));

  it("is large enough, with enough foreign and Central Asian names", () => {
    expect(given.length).toBeGreaterThanOrEqual(1500);
    expect(given.filter((e) => e.tags?.includes("foreign") || e.tags?.includes("central-asian")).length).toBeGreaterThanOrEqual(300);
  });

  it("gives every name exactly one gender tag", () => {
    for (const e of given) expect(e.tags!.filter((t) => t === "male" || t === "female" || t === "any")).toHaveLength(1);
  });

  it("leaves out every word of the stop list", () => {
    const keys = new Set(given.map((e) => fold(e.name)));
    const leaked = stopwords.drop.filter((w) => keys.has(fold(w)));
    expect(leaked).toEqual([]);
    for (const w of ["بهار", "گل", "شب", "ماه", "صبا", "ایران", "خانم"]) expect(stopwords.drop).toContain(w);
  });

  it("keeps names that are also words, flagged", () => {
    for (const w of ["امید", "سردار", "پیمان"]) expect(lookup(given, "given_name", w)[0]?.tags).toContain("ambiguous");
    expect(tagged("ambiguous").length).toBeLessThan(given.length / 5);
  });

  it("holds Persian, Arabic-origin, Central Asian and foreign names", () => {
    expect(lookup(given, "given_name", "محمد")[0]?.tags).toContain("male");
    expect(lookup(given, "given_name", "زهرا")[0]?.tags).toContain("female");
    expect(lookup(given, "given_name", "علی‌اصغر")).toHaveLength(1);
    for (const w of ["امامعلی", "نورسلطان", "قاسم‌جومارت", "صدیر", "سراج‌الدین"]) expect(lookup(given, "given_name", w)[0]?.tags).toContain("central-asian");
    for (const w of ["ولادیمیر", "سرگئی", "دیمیتری", "امانوئل", "اولاف", "آنتونیو", "دونالد"]) expect(lookup(given, "given_name", w)[0]?.tags).toContain("foreign");
    // a Persian name is not foreign even if the additions list it
    expect(lookup(given, "given_name", "مریم")[0]?.tags).not.toContain("foreign");
    expect(lookup(given, "given_name", "تهران")).toHaveLength(0);
  });
});

describe("name-parts.json", () => {
  const tagsOf = (t: string) => lookup(parts, "name_part", t)[0]?.tags ?? [];
  it("lists surname suffixes, particles and prefixes", () => {
    for (const s of ["اف", "وف", "یف", "ایف", "اوا", "ووا", "زاده", "پور", "نیا", "یان", "اوغلو", "ئوف"]) expect(tagsOf(s)).toContain("suffix");
    for (const s of ["بن", "ابن", "آل", "ال", "الدین", "الله", "فون"]) expect(tagsOf(s)).toContain("particle");
    for (const s of ["عبد", "ابو", "میر", "خواجه"]) expect(tagsOf(s)).toContain("prefix");
    // too weak to be listed
    expect(lookup(parts, "name_part", "ی")).toHaveLength(0);
    expect(lookup(parts, "name_part", "ان")).toHaveLength(0);
  });
  it("adds place stems of surnames", () => {
    expect(parts.filter((e) => e.tags?.includes("place")).length).toBeGreaterThan(100);
  });
});

describe.skipIf(!existsSync("/work/shared/data/names-hejazirad/database.json"))("scripts/build-names.ts", () => {
  it("rebuilds the same bytes", () => {
    const files = ["given-names.json", "name-parts.json"].map((f) => join(root, "data/gazetteers", f));
    const before = files.map((f) => readFileSync(f, "utf8"));
    execFileSync("npx", ["tsx", join(root, "scripts/build-names.ts")], { cwd: root, stdio: "pipe" });
    expect(files.map((f) => readFileSync(f, "utf8"))).toEqual(before);
  }, 60_000);
});
