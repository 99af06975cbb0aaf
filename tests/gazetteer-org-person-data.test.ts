import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GazetteerEntrySchema, type GazetteerEntry } from "../src/models/gazetteer.js";
import { fold } from "../src/text/fold.js";
import { loadEntries } from "../src/gazetteer/load.js";
import { compileGazetteer } from "../src/gazetteer/compile.js";
import { tokenize } from "../src/text/tokenize.js";
import { identityText } from "../src/text/offset-map.js";
import organizationsJson from "../data/gazetteers/organizations.json";
import peopleJson from "../data/gazetteers/people.json";
import countriesJson from "../data/gazetteers/countries.json";
import lexiconsJson from "../data/gazetteers/lexicons.json";

// The data files of organizations and people: their shape, their keys and a few facts.

const organizations = organizationsJson as unknown as GazetteerEntry[];
const people = peopleJson as unknown as GazetteerEntry[];
const FILES = [
  ["organizations.json", organizations, "organization", "org:"],
  ["people.json", people, "person", "person:"],
] as const;

const COUNTRY_ID = /^country:[A-Z]{2}$/;
const orgById = new Map(organizations.map((e) => [e.id, e]));
const personById = new Map(people.map((e) => [e.id, e]));
const tagged = (e: GazetteerEntry, tag: string) => (e.tags ?? []).includes(tag);
const keysOf = (e: GazetteerEntry) => [e.name, ...(e.aliases ?? [])].map(fold);

function org(id: string): GazetteerEntry {
  const e = orgById.get(id);
  if (e === undefined) throw new Error(`no ${id}`);
  return e;
}
function person(id: string): GazetteerEntry {
  const e = personById.get(id);
  if (e === undefined) throw new Error(`no ${id}`);
  return e;
}
/** Ids of the entries of one file that a spelling (folded) names. */
function named(entries: readonly GazetteerEntry[], spelling: string): string[] {
  const k = fold(spelling);
  return entries.filter((e) => keysOf(e).includes(k)).map((e) => e.id);
}

describe.each(FILES)("%s", (file, entries, kind, prefix) => {
  it("validates against GazetteerEntrySchema, entry by entry", () => {
    const bad = entries.flatMap((e, i) => {
      const r = GazetteerEntrySchema.safeParse(e);
      return r.success ? [] : [`${i} ${e.id}: ${r.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`];
    });
    expect(bad).toEqual([]);
    expect(() => loadEntries(entries, file)).not.toThrow();
  });

  it("has the file's kind, id prefix and a source on every entry", () => {
    for (const e of entries) {
      expect(e.kind, e.id).toBe(kind);
      expect(e.id.startsWith(prefix), e.id).toBe(true);
      expect(e.source.length, e.id).toBeGreaterThan(0);
    }
  });

  it("is sorted by id with unique ids", () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < ids.length; i++) expect(ids[i - 1] < ids[i], `${ids[i - 1]} before ${ids[i]}`).toBe(true);
  });

  it("is written one entry per line", () => {
    const lines = readFileSync(new URL(`../data/gazetteers/${file}`, import.meta.url), "utf8").trimEnd().split("\n");
    expect(lines[0]).toBe("[");
    expect(lines[lines.length - 1]).toBe("]");
    expect(lines.length - 2).toBe(entries.length);
    lines.slice(1, -1).forEach((line, i) => {
      expect(JSON.parse(line.replace(/,$/, "")).id).toBe(entries[i].id);
    });
  });

  it("lists no spelling twice within an entry (after fold)", () => {
    for (const e of entries) {
      const keys = keysOf(e);
      expect(new Set(keys).size, e.id).toBe(keys.length);
    }
  });

  it("shares a folded name or alias between two entries only when all of them are tagged ambiguous", () => {
    const byKey = new Map<string, GazetteerEntry[]>();
    for (const e of entries)
      for (const k of new Set(keysOf(e))) byKey.set(k, [...(byKey.get(k) ?? []), e]);
    const clashes = [...byKey].filter(([, es]) => es.length > 1 && !es.every((e) => tagged(e, "ambiguous")));
    expect(clashes.map(([k, es]) => `${k}: ${es.map((e) => e.id).join(", ")}`)).toEqual([]);
  });

  it("refers only to existing countries and organizations", () => {
    const countryIds = new Set((countriesJson as unknown as GazetteerEntry[]).map((e) => e.id));
    const checkCountry = (id: string, where: string) => {
      expect(id, where).toMatch(COUNTRY_ID);
      // countries.json is written by another helper; check against it once it has entries
      if (countryIds.size > 0) expect(countryIds.has(id), `${where}: ${id}`).toBe(true);
    };
    for (const e of entries) {
      if (e.country !== undefined) checkCountry(e.country, e.id);
      for (const r of e.roles ?? []) {
        if (r.of.startsWith("org:")) expect(orgById.has(r.of), `${e.id} → ${r.of}`).toBe(true);
        else checkCountry(r.of, e.id);
        if (r.since !== undefined && r.until !== undefined) expect(r.since, e.id).toBeLessThanOrEqual(r.until);
      }
    }
  });
});

describe("organizations.json coverage", () => {
  it("has at least 150 international bodies and 50 media", () => {
    expect(organizations.filter((e) => tagged(e, "international")).length).toBeGreaterThanOrEqual(150);
    expect(organizations.filter((e) => tagged(e, "media")).length).toBeGreaterThanOrEqual(50);
  });

  it("gives every national body its country", () => {
    for (const e of organizations)
      if (["ministry", "parliament", "central-bank", "army"].some((t) => tagged(e, t)) && !tagged(e, "international"))
        expect(e.country, e.id).toMatch(COUNTRY_ID);
  });

  it("does not list the bare ministry name, which the extractors handle by rule", () => {
    expect(named(organizations, "وزارت امور خارجه")).toEqual([]);
    expect(named(organizations, "وزارت خارجه")).toEqual([]);
  });

  it("tags ambiguous every organization named by a common word or place", () => {
    for (const word of ["فارس", "مهر", "شرق", "باختر", "اطلاعات", "خاور", "کیهان", "تاس", "پژواک", "اکو", "هلال احمر", "استقلال", "مجلس ملی"]) {
      const ids = named(organizations, word);
      expect(ids.length, word).toBeGreaterThan(0);
      for (const id of ids) expect(tagged(org(id), "ambiguous"), `${word} → ${id}`).toBe(true);
    }
  });

  it("keeps common words out of unambiguous organizations", () => {
    for (const word of ["ایران", "آزادی", "سپاه", "فتح", "دولت اسلامی", "جبهه مقاومت", "بسیج"])
      expect(named(organizations, word), word).toEqual([]);
  });

  it("spells the key bodies as Persian news does", () => {
    expect(named(organizations, "سازمان ملل")).toEqual(["org:un"]);
    expect(named(organizations, "ملل متحد")).toEqual(["org:un"]);
    expect(named(organizations, "سازمان پیمان امنیت جمعی")).toEqual(["org:csto"]);
    expect(named(organizations, "پیمان امنیت جمعی")).toEqual(["org:csto"]);
    expect(named(organizations, "سازمان همکاری شانگهای")).toEqual(["org:sco"]);
    expect(named(organizations, "جامعه کشورهای مستقل مشترک‌المنافع")).toEqual(["org:cis"]);
    expect(named(organizations, "ناتو")).toEqual(["org:nato"]);
    expect(named(organizations, "یونسکو")).toEqual(["org:unesco"]);
    expect(named(organizations, "فائو")).toEqual(["org:fao"]);
    expect(named(organizations, "اوپک")).toEqual(["org:opec"]);
    expect(named(organizations, "یوناما")).toEqual(["org:unama"]);
    // ZWNJ, spacing and yeh variants need no separate alias
    expect(named(organizations, "سامان‌ایر")).toEqual(["org:somon-air"]);
    expect(named(organizations, "اسپوتنیک")).toEqual(["org:sputnik"]);
    expect(named(organizations, "خبرگزاری اسپوتنيک")).toEqual(["org:sputnik"]);
    expect(named(organizations, "وزارت خارجه تاجیکستان")).toEqual(["org:tj-mfa"]);
    expect(named(organizations, "وزارت خارجه طالبان")).toEqual(["org:taliban-mfa"]);
    expect(named(organizations, "بانک مرکزی عربستان سعودی")).toEqual(["org:sama"]);
    expect(named(organizations, "کمیته دولتی امنیت ملی تاجیکستان")).toEqual(["org:tj-gknb"]);
  });

  it("records the country of national bodies and media", () => {
    expect(org("org:sputnik").country).toBe("country:RU");
    expect(org("org:khovar").country).toBe("country:TJ");
    expect(org("org:irna").country).toBe("country:IR");
    expect(org("org:xinhua").country).toBe("country:CN");
    expect(org("org:tj-nbt").country).toBe("country:TJ");
    expect(org("org:kremlin").country).toBe("country:RU");
    expect(org("org:pentagon").country).toBe("country:US");
    expect(tagged(org("org:taliban"), "armed-group")).toBe(true);
    expect(tagged(org("org:irpt"), "party")).toBe(true);
    expect(tagged(org("org:tj-nbt"), "central-bank")).toBe(true);
  });
});

describe("people.json coverage and facts", () => {
  it("has at least 250 people holding roles in at least 80 countries", () => {
    expect(people.length).toBeGreaterThanOrEqual(250);
    const countries = new Set(people.flatMap((p) => (p.roles ?? []).map((r) => r.of)).filter((of) => COUNTRY_ID.test(of)));
    expect(countries.size).toBeGreaterThanOrEqual(80);
  });

  it("covers all of Central Asia, Iran and Afghanistan", () => {
    const of = new Set(people.flatMap((p) => (p.roles ?? []).map((r) => r.of)));
    for (const c of ["TJ", "UZ", "KZ", "KG", "TM", "IR", "AF", "RU", "CN", "US", "GB", "FR", "PK", "IN", "TR"])
      expect(of.has(`country:${c}`), c).toBe(true);
  });

  it("never uses a bare common word or common first name as an alias", () => {
    for (const word of ["شی", "علی", "محمد", "غنی", "روحانی", "ظریف", "مجاهد", "برادر", "حقانی", "شریف", "اسد", "سلیمانی", "مسعود", "عبدالله", "احمد", "خان", "بوش", "بردی‌محمداف", "ربانی", "لولا"])
      expect(named(people, word), word).toEqual([]);
  });

  it("starts no name or alias with a title or an unambiguous honorific (spans leave them out)", () => {
    const heads = new Set(
      (lexiconsJson as unknown as GazetteerEntry[])
        .filter((e) => (e.kind === "honorific" || e.kind === "title") && !tagged(e, "ambiguous"))
        .flatMap((e) => [e.name, ...(e.aliases ?? [])].map(fold)),
    );
    // the check is only as good as the lexicon: make sure it holds the words it must
    for (const h of ["ملا", "آیت‌الله", "رئیس جمهور"]) if (heads.size > 0) expect(heads.has(fold(h)), h).toBe(true);
    const bad: string[] = [];
    for (const p of people)
      for (const n of [p.name, ...(p.aliases ?? [])]) {
        const words = n.split(/\s+/);
        for (let k = 1; k < words.length; k++) if (heads.has(fold(words.slice(0, k).join(" ")))) bad.push(`${p.id}: ${n}`);
      }
    expect(bad).toEqual([]);
  });

  it("finds each person by the short form news uses", () => {
    const cases: [string, string][] = [
      ["رحمان", "person:emomali-rahmon"],
      ["امامعلی رحمانوف", "person:emomali-rahmon"],
      ["امام‌علی رحمان", "person:emomali-rahmon"],
      ["پوتین", "person:vladimir-putin"],
      ["میرضیایف", "person:shavkat-mirziyoyev"],
      ["شوکت میرضیاف", "person:shavkat-mirziyoyev"],
      ["شی جین پینگ", "person:xi-jinping"],
      ["لاوروف", "person:sergey-lavrov"],
      ["مهرالدین", "person:sirojiddin-muhriddin"],
      ["سراج الدین مهرالدین", "person:sirojiddin-muhriddin"],
      ["توکایف", "person:kassym-jomart-tokayev"],
      ["ژاپاروف", "person:sadyr-japarov"],
      ["پزشکیان", "person:masoud-pezeshkian"],
      ["رییسی", "person:ebrahim-raisi"],
      ["عراقچی", "person:abbas-araghchi"],
      ["امیرعبداللهیان", "person:hossein-amir-abdollahian"],
      ["اردوغان", "person:recep-tayyip-erdogan"],
      ["گوترش", "person:antonio-guterres"],
      ["متقی", "person:amir-khan-muttaqi"],
      ["ذبیح الله مجاهد", "person:zabihullah-mujahid"],
    ];
    for (const [spelling, id] of cases) expect(named(people, spelling), spelling).toEqual([id]);
  });

  it("knows the offices of people the region's news quotes most", () => {
    const role = (id: string, of: string) => (person(id).roles ?? []).filter((r) => r.of === of);
    expect(role("person:emomali-rahmon", "country:TJ")).toContainEqual({ role: "رئیس جمهور", of: "country:TJ", since: 1994 });
    expect(role("person:sirojiddin-muhriddin", "country:TJ")[0]).toMatchObject({ role: "وزیر امور خارجه", since: 2013 });
    expect(role("person:vladimir-putin", "country:RU").some((r) => r.role === "رئیس جمهور" && r.since === 2000 && r.until === 2008)).toBe(true);
    expect(role("person:sergey-lavrov", "country:RU")[0]).toMatchObject({ role: "وزیر امور خارجه", since: 2004 });
    expect(role("person:antonio-guterres", "org:un")[0]).toMatchObject({ role: "دبیرکل", since: 2017 });
    expect(role("person:hibatullah-akhundzada", "org:taliban")[0]).toMatchObject({ role: "رهبر", since: 2016 });
    expect(role("person:amir-khan-muttaqi", "org:taliban-mfa")).toHaveLength(1);
    expect(role("person:ashraf-ghani", "country:AF")[0]).toMatchObject({ since: 2014, until: 2021 });
    expect(role("person:hamid-karzai", "country:AF")[0]).toMatchObject({ until: 2014 });
    expect(role("person:shavkat-mirziyoyev", "country:UZ").some((r) => r.role === "رئیس جمهور" && r.since === 2016)).toBe(true);
    expect(role("person:kassym-jomart-tokayev", "country:KZ").some((r) => r.role === "رئیس جمهور" && r.since === 2019)).toBe(true);
    expect(role("person:jens-stoltenberg", "org:nato")[0]).toMatchObject({ since: 2014, until: 2024 });
    expect(role("person:mark-rutte", "org:nato")[0]).toMatchObject({ role: "دبیرکل", since: 2024 });
    expect(person("person:vladimir-putin").kb?.wikidata).toBe("Q7747");
  });
});

describe("the data in the matcher", () => {
  const countries = loadEntries([
    { id: "country:TJ", kind: "country", name: "تاجیکستان", source: "test" },
    { id: "country:RU", kind: "country", name: "روسیه", source: "test" },
  ]);
  const gaz = compileGazetteer([...countries, ...loadEntries(organizations), ...loadEntries(people)]);
  const found = (text: string) => {
    const normalized = identityText(text);
    return gaz
      .match({ tokens: tokenize(normalized), normalized })
      .map((m) => `${m.entry.id}=${text.slice(m.start, m.end)}`);
  };

  it("finds people and organizations in a Persian news sentence", () => {
    const text = "به گزارش خبرگزاری اسپوتنیک، امامعلی رحمان در دیدار با دبیرکل سازمان پیمان امنیت جمعی گفت که وزارت خارجه تاجیکستان آماده همکاری است.";
    const got = found(text);
    expect(got).toContain("org:sputnik=خبرگزاری اسپوتنیک");
    expect(got).toContain("person:emomali-rahmon=امامعلی رحمان");
    expect(got).toContain("org:csto=سازمان پیمان امنیت جمعی");
    expect(got).toContain("org:tj-mfa=وزارت خارجه تاجیکستان");
  });

  it("matches whatever the half-space and yeh of the input", () => {
    const got = found("سراج‌الدين مهرالدين و لاوروف درباره سازمان همکاری‌ شانگهای گفتگو کردند");
    expect(got).toContain("person:sirojiddin-muhriddin=سراج‌الدين مهرالدين");
    expect(got).toContain("person:sergey-lavrov=لاوروف");
    expect(got).toContain("org:sco=سازمان همکاری‌ شانگهای");
  });
});
