import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { GazetteerEntrySchema, type GazetteerEntry } from "../src/models/gazetteer.js";
import { fold } from "../src/text/fold.js";
import countriesJson from "../data/gazetteers/countries.json";
import demonymsJson from "../data/gazetteers/demonyms.json";
import locationsJson from "../data/gazetteers/locations.json";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const countries = countriesJson as GazetteerEntry[];
const demonyms = demonymsJson as GazetteerEntry[];
const locations = locationsJson as GazetteerEntry[];
const all = [...countries, ...demonyms, ...locations];
const byId = new Map(all.map((e) => [e.id, e]));

const FILES: [string, GazetteerEntry[], string, RegExp][] = [
  ["countries.json", countries, "country", /^country:[A-Z]{2}$/],
  ["demonyms.json", demonyms, "demonym", /^demonym:[a-z0-9-]+$/],
  ["locations.json", locations, "location", /^loc:[a-z0-9-]+$/],
];

const isAmbiguous = (e: GazetteerEntry) => e.tags?.some((t) => t.startsWith("ambiguous")) ?? false;

/** Entries of one kind one of whose names folds like `text`. */
function lookup(entries: GazetteerEntry[], text: string): GazetteerEntry[] {
  const key = fold(text);
  return entries.filter((e) => [e.name, ...(e.aliases ?? [])].some((n) => fold(n) === key));
}

function only(entries: GazetteerEntry[], text: string): GazetteerEntry {
  const found = lookup(entries, text);
  expect(found.map((e) => e.id), text).toHaveLength(1);
  return found[0]!;
}

const tagged = (tag: string) => locations.filter((e) => e.tags?.includes(tag));

describe.each(FILES)("%s", (file, entries, kind, idPattern) => {
  it("validates against GazetteerEntrySchema, with its kind, id form and a source", () => {
    for (const e of entries) {
      const r = GazetteerEntrySchema.safeParse(e);
      expect(r.success, `${e.id}: ${r.success ? "" : r.error.message}`).toBe(true);
      expect(e.kind).toBe(kind);
      expect(e.id).toMatch(idPattern);
      expect(e.source.length).toBeGreaterThan(0);
    }
  });

  it("is sorted by id with unique ids, one entry per line", () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const lines = readFileSync(join(root, "data/gazetteers", file), "utf8").trimEnd().split("\n");
    expect(lines[0]).toBe("[");
    expect(lines.at(-1)).toBe("]");
    expect(lines.length).toBe(entries.length + 2);
    lines.slice(1, -1).forEach((line, i) => expect(JSON.parse(line.replace(/,$/, "")).id).toBe(ids[i]));
  });

  it("keeps aliases unique and distinct from the name", () => {
    for (const e of entries) {
      const aliases = e.aliases ?? [];
      expect(new Set(aliases).size, e.id).toBe(aliases.length);
      expect(aliases, e.id).not.toContain(e.name);
    }
  });

  it("gives no two entries a shared folded name or alias unless both are tagged ambiguous", () => {
    const owners = new Map<string, GazetteerEntry[]>();
    for (const e of entries)
      for (const key of new Set([e.name, ...(e.aliases ?? [])].map(fold))) owners.set(key, [...(owners.get(key) ?? []), e]);
    const clashes = [...owners]
      .filter(([, list]) => list.length > 1 && !list.every(isAmbiguous))
      .map(([key, list]) => `${key}: ${list.map((e) => e.id).join(", ")}`);
    expect(clashes).toEqual([]);
  });

  it("links `country` to a country entry and `parent` to a location entry", () => {
    for (const e of entries) {
      if (e.country !== undefined) expect(byId.get(e.country)?.kind, `${e.id} → ${e.country}`).toBe("country");
      if (e.parent !== undefined) expect(byId.get(e.parent)?.kind, `${e.id} → ${e.parent}`).toBe("location");
    }
  });
});

describe("build scripts", () => {
  // The shipped files must be exactly what the sources build (the scripts exit 1 otherwise).
  it.each(["build-countries.ts", "build-geo-lists.ts"])("%s --check finds the shipped files up to date", (script) => {
    const tsx = join(root, "node_modules/.bin/tsx");
    expect(() => execFileSync(tsx, [join(root, "scripts", script), "--check"], { cwd: root, stdio: "pipe" })).not.toThrow();
  }, 30_000);
});

describe("ids across the three files", () => {
  it("are unique", () => {
    expect(byId.size).toBe(all.length);
  });

  it("parent chains end (no cycles)", () => {
    for (const e of locations) {
      const seen = new Set<string>();
      for (let cur: GazetteerEntry | undefined = e; cur?.parent !== undefined; cur = byId.get(cur.parent)) {
        expect(seen.has(cur.id), `cycle through ${cur.id}`).toBe(false);
        seen.add(cur.id);
      }
    }
  });

  it("a country name shared with a location belongs to ambiguous entries only", () => {
    const countryKeys = new Map<string, GazetteerEntry>();
    for (const c of countries) for (const n of [c.name, ...(c.aliases ?? [])]) countryKeys.set(fold(n), c);
    for (const l of locations)
      for (const n of [l.name, ...(l.aliases ?? [])]) {
        const c = countryKeys.get(fold(n));
        if (c !== undefined) expect(isAmbiguous(c) && isAmbiguous(l), `${n}: ${c.id} and ${l.id}`).toBe(true);
      }
  });
});

describe("countries.json", () => {
  it("holds at least 190 countries, the 193 UN members among them, and no CLDR region code", () => {
    expect(countries.length).toBeGreaterThanOrEqual(190);
    const sovereign = countries.filter((c) => !c.tags?.includes("territory"));
    expect(sovereign.length).toBe(195); // 193 UN members + Palestine + the Holy See
    for (const code of ["EU", "UN", "EZ", "QO", "ZZ", "AQ"]) expect(byId.has(`country:${code}`)).toBe(false);
  });

  it("resolves real names, long forms and Dari/Tajik spellings to the right state", () => {
    const cases: [string, string][] = [
      ["تاجیکستان", "TJ"],
      ["جمهوری تاجیکستان", "TJ"],
      ["تاجکستان", "TJ"],
      ["افغانستان", "AF"],
      ["امارت اسلامی افغانستان", "AF"],
      ["جمهوری اسلامی ایران", "IR"],
      ["فدراسیون روسیه", "RU"],
      ["جمهوری خلق چین", "CN"],
      ["ایالات متحده آمریکا", "US"],
      ["امریکا", "US"],
      ["آمریکا", "US"],
      ["پادشاهی عربستان سعودی", "SA"],
      ["عربستان", "SA"],
      ["انگلستان", "GB"],
      ["بریتانیا", "GB"],
      ["قرغیزستان", "KG"],
      ["قرقیزستون", "KG"],
      ["اوزبیکستان", "UZ"],
      ["ترکمانستان", "TM"],
      ["قزاقستون", "KZ"],
      ["کره جنوبی", "KR"],
      ["کرهٔ شمالی", "KP"],
      ["امارات", "AE"],
      ["جاپان", "JP"],
      ["کوسوو", "XK"],
      ["فلسطین", "PS"],
      ["تایوان", "TW"],
      ["ژاپن", "JP"],
    ];
    for (const [text, code] of cases) expect(only(countries, text).id, text).toBe(`country:${code}`);
  });

  it("uses the Persian short form as the name", () => {
    expect(byId.get("country:TJ")?.name).toBe("تاجیکستان");
    expect(byId.get("country:US")?.name).toBe("آمریکا");
    expect(byId.get("country:SA")?.name).toBe("عربستان سعودی");
    for (const c of countries) expect(c.name, c.id).not.toMatch(/[(،]| - /);
  });

  it("tags names that are also common words as ambiguous", () => {
    for (const text of ["مالی", "چین", "پرو", "قطر", "عمان", "یمن", "چک"])
      expect(isAmbiguous(only(countries, text)), text).toBe(true);
    for (const text of ["تاجیکستان", "ایران", "روسیه", "ترکیه", "گرجستان"]) expect(isAmbiguous(only(countries, text)), text).toBe(false);
  });

  it("carries the Wikidata QIDs of the region's states", () => {
    const qids: [string, string][] = [["TJ", "Q863"], ["AF", "Q889"], ["IR", "Q794"], ["RU", "Q159"], ["CN", "Q148"], ["US", "Q30"], ["UZ", "Q265"], ["KG", "Q813"], ["KZ", "Q232"], ["TM", "Q874"]];
    for (const [code, q] of qids) expect(byId.get(`country:${code}`)?.kb?.wikidata, code).toBe(q);
    const all = countries.flatMap((c) => (c.kb?.wikidata ? [c.kb.wikidata] : []));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("demonyms.json", () => {
  it("holds at least 120 demonyms, each linked to a country or a region", () => {
    expect(demonyms.length).toBeGreaterThanOrEqual(120);
    for (const d of demonyms) expect(d.country ?? d.parent, d.id).toBeDefined();
  });

  it("links adjectives of nationality to the right country", () => {
    const cases: [string, string][] = [
      ["روسی", "RU"],
      ["روس", "RU"],
      ["تاجیک", "TJ"],
      ["تاجیکی", "TJ"],
      ["افغانستانی", "AF"],
      ["ایرانی", "IR"],
      ["امریکایی", "US"],
      ["اوزبیک", "UZ"],
      ["قرغیز", "KG"],
      ["ترکمن", "TM"],
      ["پاکستانی", "PK"],
      ["سعودی", "SA"],
      ["بریتانیایی", "GB"],
      ["جاپانی", "JP"],
    ];
    for (const [text, code] of cases) expect(only(demonyms, text).country, text).toBe(`country:${code}`);
  });

  it("marks demonyms that are also common words", () => {
    for (const text of ["چینی", "افغانی", "انگلیسی"]) expect(isAmbiguous(only(demonyms, text)), text).toBe(true);
    expect(only(demonyms, "اروپایی").parent).toBe("loc:europe");
  });
});

describe("locations.json", () => {
  it("holds at least 600 cities, each in a country unless tagged disputed", () => {
    const cities = tagged("city");
    expect(cities.length).toBeGreaterThanOrEqual(600);
    for (const c of cities) if (!c.tags?.includes("disputed")) expect(c.country, c.id).toBeDefined();
    expect(cities.filter((c) => c.country === undefined).map((c) => c.id)).toEqual(["loc:jerusalem"]);
  });

  it("tags one capital per state (two for Bolivia) and none for disputed Jerusalem", () => {
    const capitals = new Map<string, string[]>();
    for (const c of tagged("capital")) capitals.set(c.country!, [...(capitals.get(c.country!) ?? []), c.id]);
    const without = countries.filter((c) => !capitals.has(c.id)).map((c) => c.id);
    expect(without.sort()).toEqual(["country:HK", "country:IL", "country:MO", "country:PS"]);
    expect(capitals.get("country:BO")?.sort()).toEqual(["loc:la-paz", "loc:sucre"]);
    for (const [country, ids] of capitals) if (country !== "country:BO") expect(ids, country).toHaveLength(1);
    expect(only(locations, "کابل").tags).toContain("capital");
    expect(only(locations, "قدس").country).toBeUndefined();
  });

  it("places the cities of Tajikistan in their regions", () => {
    const khujand = only(locations, "خجند");
    expect(khujand.country).toBe("country:TJ");
    expect(khujand.parent).toBe("loc:tj-sughd");
    expect(only(locations, "خوجند").id).toBe(khujand.id);
    expect(only(locations, "قرغان‌تپه").id).toBe(only(locations, "بختر").id);
    expect(only(locations, "خاروغ").parent).toBe("loc:tj-gbao");
    expect(only(locations, "کولاب").parent).toBe("loc:tj-khatlon");
    const dushanbe = only(locations, "دوشنبه");
    expect(dushanbe.tags).toEqual(expect.arrayContaining(["capital", "ambiguous:weekday"]));
    expect(only(locations, "منطقه سغد").id).toBe("loc:tj-sughd");
    expect(only(locations, "سغد").id).toBe("loc:tj-sughd");
  });

  it("tells the two Badakhshans apart", () => {
    expect(only(locations, "بدخشان").id).toBe("loc:af-badakhshan");
    expect(only(locations, "بدخشان").country).toBe("country:AF");
    expect(only(locations, "کوهستان بدخشان").id).toBe("loc:tj-gbao");
    expect(only(locations, "ولایت خودمختار کوهستان بدخشان").country).toBe("country:TJ");
  });

  it("holds every province of Iran and Afghanistan and the regions of Central Asia", () => {
    const provinces = (cc: string) => tagged("province").filter((p) => p.country === `country:${cc}`);
    expect(provinces("IR")).toHaveLength(31);
    expect(provinces("AF")).toHaveLength(34);
    expect(provinces("TJ")).toHaveLength(4);
    expect(provinces("KG")).toHaveLength(7);
    expect(provinces("UZ")).toHaveLength(13);
    expect(provinces("TM")).toHaveLength(5);
    expect(only(locations, "ولایت باتکن").country).toBe("country:KG");
    expect(only(locations, "فارس").tags).toContain("ambiguous");
    expect(only(locations, "مرکزی").tags).toContain("ambiguous");
  });

  it("gives the bare name to the city when a province is named after it", () => {
    expect(only(locations, "تهران").id).toBe("loc:tehran");
    expect(only(locations, "استان تهران").id).toBe("loc:ir-tehran");
    expect(only(locations, "هرات").tags).toContain("city");
    expect(only(locations, "ولایت هرات").tags).toContain("province");
    expect(only(locations, "مشهد").parent).toBe("loc:ir-khorasan-razavi");
    expect(only(locations, "مزار شریف").parent).toBe("loc:af-balkh");
  });

  it("has continents and regions without a country, from CLDR where it names them", () => {
    const ca = only(locations, "آسیای مرکزی");
    expect(only(locations, "آسیای میانه").id).toBe(ca.id);
    expect(ca.country).toBeUndefined();
    expect(ca.parent).toBe("loc:asia");
    expect(ca.source).toMatch(/CLDR/);
    expect(only(locations, "خاور میانه").id).toBe(only(locations, "خاورمیانه").id);
    for (const c of tagged("continent")) expect(c.country, c.id).toBeUndefined();
    expect(only(locations, "پنج").tags).toContain("ambiguous:number");
    expect(only(locations, "جیحون").id).toBe(only(locations, "آمودریا").id);
    expect(only(locations, "دهلیز واخان").country).toBe("country:AF");
  });
});
