/**
 * Builds data/gazetteers/locations.json and data/gazetteers/demonyms.json from the hand-written,
 * compact source lists data/gazetteers/sources/locations.txt and demonyms.txt.
 *
 * Why a text source: eight hundred hand-written JSON objects are hard to review; one pipe-separated
 * line per place is not, and the script adds the boilerplate (ids, kind, source) the same way
 * every time. The output is deterministic (sorted by id, one entry per line), validated with
 * GazetteerEntrySchema, and the script refuses to write when two entries of one file share a
 * folded name or alias without both being tagged `ambiguous…`, or when a link points nowhere.
 *
 * locations.txt: `@section tag…` lines set tags added to the lines below them (e.g. `@city`);
 *   place lines are `slug | CC | parent | name | alias;alias | tag,tag | Qid | cldr-code | note`
 *   (trailing fields may be left out; CC is an ISO 3166-1 code or empty; parent a loc slug).
 *   A cldr-code (e.g. 143) adds the CLDR fa/fa-AF display names of that region as aliases.
 * demonyms.txt: `slug | CC | name | alias;alias | tag,tag | parent-loc-slug | note`.
 *
 * Run: npx tsx scripts/build-geo-lists.ts  (add --check to compare with the shipped files instead of writing)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { fold } from "../src/text/fold.js";
import { GazetteerEntrySchema, type GazetteerEntry } from "../src/models/gazetteer.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const OWN = "parsigraph authors (public geography)";

const cldrVersion = JSON.parse(readFileSync(require.resolve("cldr-localenames-full/package.json"), "utf8"))
  .version as string;
function cldr(locale: string): Record<string, string> {
  const json = JSON.parse(readFileSync(require.resolve(`cldr-localenames-full/main/${locale}/territories.json`), "utf8"));
  return json.main[locale].localeDisplayNames.territories;
}
const cldrFa = cldr("fa");
const cldrFaAF = cldr("fa-AF");

function clean(s: string): string {
  return s.normalize("NFC").trim().replace(/\s+/g, " ");
}

function splitList(s: string | undefined, sep: string): string[] {
  return (s ?? "")
    .split(sep)
    .map(clean)
    .filter((x) => x.length > 0);
}

function sourceLines(file: string): { line: string; no: number }[] {
  return readFileSync(join(root, "data/gazetteers/sources", file), "utf8")
    .split("\n")
    .map((line, i) => ({ line: line.trim(), no: i + 1 }))
    .filter(({ line }) => line.length > 0 && !line.startsWith("#"));
}

function entry(fields: {
  id: string;
  kind: "location" | "demonym";
  name: string;
  aliases: string[];
  country?: string;
  parent?: string;
  tags: string[];
  wikidata?: string;
  source: string;
  note?: string;
}): GazetteerEntry {
  const name = clean(fields.name);
  const aliases = [...new Set(fields.aliases.map(clean))].filter((a) => a !== name).sort();
  const tags = [...new Set(fields.tags)].sort();
  return GazetteerEntrySchema.parse({
    id: fields.id,
    kind: fields.kind,
    name,
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(fields.wikidata ? { kb: { wikidata: fields.wikidata } } : {}),
    ...(fields.country ? { country: fields.country } : {}),
    ...(fields.parent ? { parent: fields.parent } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    source: fields.source,
    ...(fields.note ? { note: fields.note } : {}),
  });
}

function buildLocations(): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  let sectionTags: string[] = [];
  for (const { line, no } of sourceLines("locations.txt")) {
    if (line.startsWith("@")) {
      sectionTags = line.slice(1).split(/\s+/).filter(Boolean);
      continue;
    }
    const [slug, cc, parent, name, aliases, tags, qid, cldrCode, note] = line.split("|").map((f) => f.trim());
    if (!slug || !name) throw new Error(`locations.txt:${no}: needs a slug and a name`);
    const extra: string[] = [];
    let source = OWN;
    if (cldrCode) {
      const names = [cldrFa[cldrCode], cldrFaAF[cldrCode]].filter((v): v is string => !!v);
      if (names.length === 0) throw new Error(`locations.txt:${no}: CLDR has no region ${cldrCode}`);
      extra.push(...names);
      source = `CLDR ${cldrVersion} fa/fa-AF territories (${cldrCode}); ${OWN}`;
    }
    out.push(
      entry({
        id: `loc:${slug}`,
        kind: "location",
        name,
        aliases: [...splitList(aliases, ";"), ...extra],
        country: cc ? `country:${cc}` : undefined,
        parent: parent ? `loc:${parent}` : undefined,
        tags: [...sectionTags, ...splitList(tags, ",")],
        wikidata: qid || undefined,
        source,
        note: note || undefined,
      }),
    );
  }
  return out;
}

function buildDemonyms(): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const { line, no } of sourceLines("demonyms.txt")) {
    const [slug, cc, name, aliases, tags, parent, note] = line.split("|").map((f) => f.trim());
    if (!slug || !name) throw new Error(`demonyms.txt:${no}: needs a slug and a name`);
    out.push(
      entry({
        id: `demonym:${slug}`,
        kind: "demonym",
        name,
        aliases: splitList(aliases, ";"),
        country: cc ? `country:${cc}` : undefined,
        parent: parent ? `loc:${parent}` : undefined,
        tags: splitList(tags, ","),
        source: "parsigraph authors (own knowledge)",
        note: note || undefined,
      }),
    );
  }
  return out;
}

function byId(a: GazetteerEntry, b: GazetteerEntry): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function check(entries: GazetteerEntry[], known: Set<string>, file: string): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, GazetteerEntry[]>();
  for (const e of entries) {
    if (ids.has(e.id)) problems.push(`${file}: duplicate id ${e.id}`);
    ids.add(e.id);
    for (const link of [e.country, e.parent]) if (link && !known.has(link)) problems.push(`${file}: ${e.id} links to unknown ${link}`);
    for (const key of new Set([e.name, ...(e.aliases ?? [])].map(fold))) {
      const list = owners.get(key) ?? [];
      list.push(e);
      owners.set(key, list);
    }
  }
  for (const [key, list] of owners) {
    if (list.length > 1 && !list.every((e) => e.tags?.some((t) => t.startsWith("ambiguous"))))
      problems.push(`${file}: shared key ${key}: ${list.map((e) => e.id).join(", ")}`);
  }
  return problems;
}

const checkOnly = process.argv.includes("--check");

function write(file: string, entries: GazetteerEntry[]): void {
  const target = join(root, "data/gazetteers", file);
  const out = "[\n" + entries.map((e) => JSON.stringify(e)).join(",\n") + "\n]\n";
  if (checkOnly) {
    // used by the tests: the shipped file must be exactly what the sources build
    if (readFileSync(target, "utf8") !== out) {
      console.error(`${file} is out of date: run npx tsx scripts/build-geo-lists.ts`);
      process.exitCode = 1;
    }
  } else writeFileSync(target, out);
  console.log(`${file}: ${entries.length} entries`);
}

const countries = JSON.parse(readFileSync(join(root, "data/gazetteers/countries.json"), "utf8")) as GazetteerEntry[];
const locations = buildLocations().sort(byId);
const demonyms = buildDemonyms().sort(byId);
const known = new Set([...countries, ...locations].map((e) => e.id));
const problems = [...check(locations, known, "locations.json"), ...check(demonyms, known, "demonyms.json")];
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
write("locations.json", locations);
write("demonyms.json", demonyms);
