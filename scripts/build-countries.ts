/**
 * Builds data/gazetteers/countries.json from three sources:
 *  - CLDR (cldr-localenames-full, locales fa and fa-AF, territories.json), Unicode-3.0 license;
 *  - i18n-iso-countries (fa names), MIT license;
 *  - data/gazetteers/sources/countries-additions.json, hand-written: which codes ship, the name
 *    Iranian news uses, long forms, Dari/Tajik-outlet spellings, Wikidata QIDs, ambiguity tags.
 *
 * Only the codes listed in the additions file ship, so CLDR region codes (001, 150, EU, UN, ZZ…)
 * and small dependencies never become countries. The output is deterministic: entries sorted
 * by id, aliases sorted by code unit, one entry per line. The script refuses to write when two
 * entries share a folded name or alias and are not both tagged ambiguous, because the matcher
 * could not tell them apart.
 *
 * Run: npx tsx scripts/build-countries.ts  (add --check to compare with the shipped file instead of writing)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { fold } from "../src/text/fold.js";
import { GazetteerEntrySchema, type GazetteerEntry } from "../src/models/gazetteer.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

interface Addition {
  name?: string;
  aliases?: string[];
  wikidata?: string;
  tags?: string[];
  note?: string;
}

type Territories = Record<string, string>;

function cldrTerritories(locale: string): Territories {
  const file = require.resolve(`cldr-localenames-full/main/${locale}/territories.json`);
  const json = JSON.parse(readFileSync(file, "utf8"));
  return json.main[locale].localeDisplayNames.territories as Territories;
}

function packageVersion(name: string): string {
  return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")).version as string;
}

/** CLDR display names carry qualifiers a text never contains ("کنگو - کینشاسا", "…، منطقهٔ ویژهٔ اداری چین"). */
function usableLibraryName(s: string): boolean {
  return !s.includes("(") && !s.includes(" - ") && !s.includes("،");
}

function clean(s: string): string {
  return s.normalize("NFC").trim().replace(/\s+/g, " ");
}

const cldrVersion = packageVersion("cldr-localenames-full");
const isoVersion = packageVersion("i18n-iso-countries");
const fa = cldrTerritories("fa");
const faAF = cldrTerritories("fa-AF");
const iso = JSON.parse(readFileSync(require.resolve("i18n-iso-countries/langs/fa.json"), "utf8")).countries as Record<
  string,
  string | string[]
>;
const additions = JSON.parse(
  readFileSync(join(root, "data/gazetteers/sources/countries-additions.json"), "utf8"),
) as Record<string, Addition>;

const entries: GazetteerEntry[] = [];
for (const code of Object.keys(additions)) {
  if (!/^[A-Z]{2}$/.test(code)) continue; // `_comment` and the like
  const add = additions[code]!;
  const sources: string[] = [];
  const library: string[] = [];
  const fromCldr = [fa, faAF].flatMap((t) =>
    [code, `${code}-alt-short`, `${code}-alt-variant`].map((k) => t[k]).filter((v): v is string => !!v),
  );
  if (fromCldr.length > 0) sources.push(`CLDR ${cldrVersion} fa/fa-AF territories`);
  library.push(...fromCldr);
  const isoNames = iso[code];
  if (isoNames !== undefined) {
    sources.push(`i18n-iso-countries ${isoVersion} fa`);
    library.push(...(Array.isArray(isoNames) ? isoNames : [isoNames]));
  }
  if (add.name || (add.aliases && add.aliases.length > 0) || add.wikidata) sources.push("parsigraph authors (countries-additions.json)");

  const name = clean(add.name ?? fa[code] ?? "");
  if (!name) throw new Error(`${code}: no name in CLDR fa and none in the additions`);
  if (!add.name && !usableLibraryName(name)) throw new Error(`${code}: CLDR name "${name}" needs a name in the additions`);
  const seen = new Set<string>([name]);
  const aliases: string[] = [];
  for (const raw of [...library.filter(usableLibraryName), ...(add.aliases ?? [])]) {
    const a = clean(raw);
    if (a && !seen.has(a)) {
      seen.add(a);
      aliases.push(a);
    }
  }
  aliases.sort();
  const entry: GazetteerEntry = {
    id: `country:${code}`,
    kind: "country",
    name,
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(add.wikidata ? { kb: { wikidata: add.wikidata } } : {}),
    ...(add.tags && add.tags.length > 0 ? { tags: [...add.tags].sort() } : {}),
    source: sources.join("; "),
    ...(add.note ? { note: add.note } : {}),
  };
  entries.push(GazetteerEntrySchema.parse(entry));
}
entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

// Refuse shared folded keys between entries unless every entry involved is tagged ambiguous.
const owners = new Map<string, GazetteerEntry[]>();
for (const e of entries) {
  for (const key of new Set([e.name, ...(e.aliases ?? [])].map(fold))) {
    const list = owners.get(key) ?? [];
    list.push(e);
    owners.set(key, list);
  }
}
const clashes = [...owners].filter(
  ([, list]) => list.length > 1 && !list.every((e) => e.tags?.some((t) => t.startsWith("ambiguous"))),
);
if (clashes.length > 0) {
  for (const [key, list] of clashes) console.error(`shared key ${key}: ${list.map((e) => e.id).join(", ")}`);
  process.exit(1);
}

const out = "[\n" + entries.map((e) => JSON.stringify(e)).join(",\n") + "\n]\n";
const target = join(root, "data/gazetteers/countries.json");
if (process.argv.includes("--check")) {
  // used by the tests: the shipped file must be exactly what the sources build
  if (readFileSync(target, "utf8") !== out) {
    console.error("countries.json is out of date: run npx tsx scripts/build-countries.ts");
    process.exit(1);
  }
} else writeFileSync(target, out);
console.log(`countries.json: ${entries.length} entries`);
