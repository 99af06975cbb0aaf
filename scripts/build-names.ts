/**
 * Builds data/gazetteers/given-names.json and data/gazetteers/name-parts.json.
 *
 * Given names come from three sources, in this order of preference for the spelling kept:
 *  1. /work/shared/data/names-armanyazdi male_fa.txt, female_fa.txt (MIT): small and clean, all kept;
 *  2. /work/shared/data/names-hejazirad database.json (MIT): noisy, so only rates 1 ("very common")
 *     and 2 ("normal") are kept; rate 3 ("very rare") is mostly place words and coinages;
 *  3. data/gazetteers/sources/given-names-additions.json (hand-written): Arabic-world, Central Asian,
 *     Afghan and foreign given names in Persian script.
 * Every candidate is checked against data/gazetteers/sources/name-stopwords.json: `drop` words are
 * left out (common words, months, places), `ambiguous` words are kept with the tag `ambiguous`.
 * Candidates that fold like a place word of names-armanyazdi region_fa.txt or like a title,
 * honorific, org/loc head of lexicons.json are tagged `ambiguous` as well (پیمان is a name and
 * "pact"; رفیع a name and a village), so that the person extractor wants more evidence for them.
 *
 * Names that fold alike (see src/text/fold.ts) are one entry; their gender tags merge (male+female
 * → any). `foreign` is kept only for names that no Iranian source lists, so it means "not a Persian
 * given name". Ids are `given:` + a one-letter-per-character transliteration of the folded name:
 * stable when the lists change, and unique because folded names are unique.
 *
 * Name parts come from data/gazetteers/sources/name-parts-additions.json (hand-written suffixes,
 * particles, prefixes) plus the place words of region_fa.txt, tagged `place`: Persian surnames are
 * often a place + ی (تهرانی, کاشانی).
 *
 * Output: sorted by id, one entry per line; running the script twice gives the same bytes.
 * Run: npx tsx scripts/build-names.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { fold } from "../src/text/fold.js";
import { isDiacritic, KASHIDA, standardLetter } from "../src/text/letters.js";
import { GazetteerEntrySchema, type GazetteerEntry } from "../src/models/gazetteer.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.PARSIGRAPH_SHARED_DATA ?? "/work/shared/data";
const gaz = join(root, "data/gazetteers");

const SRC_ARMAN = "names-armanyazdi (github.com/armanyazdi/persian-names, MIT)";
const SRC_HEJAZI = "names-hejazirad (github.com/mohammadhejazirad/persian-names, MIT), rate 1-2";
const SRC_ADD = "parsigraph given-names-additions.json (hand-written)";
const SRC_PARTS = "parsigraph name-parts-additions.json (hand-written)";

/** One Latin character per folded Persian letter: injective, so ids cannot collide. */
const TRANSLIT: Record<string, string> = {
  ا: "a", ب: "b", پ: "p", ت: "t", ث: "C", ج: "j", چ: "c", ح: "H", خ: "x", د: "d", ذ: "Z", ر: "r", ز: "z",
  ژ: "J", س: "s", ش: "S", ص: "O", ض: "D", ط: "T", ظ: "Y", ع: "E", غ: "G", ف: "f", ق: "q", ک: "k", گ: "g",
  ل: "l", م: "m", ن: "n", و: "w", ه: "h", ی: "y",
};

function translit(folded: string): string {
  let out = "";
  for (const ch of folded) {
    const t = TRANSLIT[ch];
    if (t === undefined) throw new Error(`no transliteration for ${JSON.stringify(ch)} in ${folded}`);
    out += t;
  }
  return out;
}

/**
 * The spelling we ship: standard Persian letters, no diacritics or kashida, single spaces.
 * Returns undefined for names with characters outside Persian letters (Kurdish ە, Latin…),
 * which the noisy source has a few of.
 */
function cleanName(raw: string): string | undefined {
  const parts: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isDiacritic(c) || c === KASHIDA) continue;
    const ch = standardLetter(c) ?? raw[i]!;
    parts.push(ch);
  }
  const s = parts.join("").replace(/\s+/g, " ").trim();
  if (s.length === 0) return undefined;
  for (const ch of s) {
    if (ch === " " || ch === "\u200c") continue;
    if (TRANSLIT[fold(ch)] === undefined && !"آأإؤئء".includes(ch)) return undefined;
  }
  return s;
}

const PREPOSITIONS = new Set(["به", "از", "در", "با", "بر", "تا"]);

interface Candidate {
  name: string;
  gender: "male" | "female" | "any";
  extra: string[];
  source: string;
  iranian: boolean;
  note?: string;
}

const readLines = (p: string) =>
  readFileSync(p, "utf8")
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

function candidates(): Candidate[] {
  const out: Candidate[] = [];
  for (const [file, gender] of [["male_fa.txt", "male"], ["female_fa.txt", "female"]] as const)
    for (const n of readLines(join(shared, "names-armanyazdi", file)))
      out.push({ name: n, gender, extra: [], source: SRC_ARMAN, iranian: true });

  const db = JSON.parse(readFileSync(join(shared, "names-hejazirad/database.json"), "utf8")) as {
    name: string;
    gender: number;
    rate: number;
  }[];
  for (const e of db) {
    if (e.rate !== 1 && e.rate !== 2) continue;
    const gender = e.gender === 1 ? "male" : e.gender === 2 ? "female" : "any";
    out.push({ name: e.name, gender, extra: [], source: SRC_HEJAZI, iranian: true });
  }

  const adds = JSON.parse(readFileSync(join(gaz, "sources/given-names-additions.json"), "utf8")) as {
    name: string;
    latin?: string;
    tags: string[];
  }[];
  for (const a of adds) {
    const gender = a.tags.includes("male") ? "male" : a.tags.includes("female") ? "female" : "any";
    const extra = a.tags.filter((t) => t !== "male" && t !== "female" && t !== "any");
    out.push({ name: a.name, gender, extra, source: SRC_ADD, iranian: false, note: a.latin });
  }
  return out;
}

function lexiconWords(): Set<string> {
  const lex = JSON.parse(readFileSync(join(gaz, "lexicons.json"), "utf8")) as GazetteerEntry[];
  const s = new Set<string>();
  for (const e of lex)
    if (e.kind === "title" || e.kind === "honorific" || e.kind === "org_head" || e.kind === "loc_head")
      for (const n of [e.name, ...(e.aliases ?? [])]) s.add(fold(n));
  return s;
}

function buildGivenNames(): { entries: GazetteerEntry[]; dropped: Map<string, string> } {
  const stop = JSON.parse(readFileSync(join(gaz, "sources/name-stopwords.json"), "utf8")) as {
    drop: string[];
    ambiguous: string[];
  };
  const drop = new Set(stop.drop.map(fold));
  const ambiguous = new Set(stop.ambiguous.map(fold));
  for (const k of drop) if (ambiguous.has(k)) throw new Error(`${k} is both dropped and ambiguous`);
  const places = new Set(readLines(join(shared, "names-armanyazdi/region_fa.txt")).map(fold));
  const lexicon = lexiconWords();

  interface Acc {
    name: string;
    genders: Set<string>;
    extra: Set<string>;
    sources: string[];
    iranian: boolean;
    notes: string[];
  }
  const byKey = new Map<string, Acc>();
  const dropped = new Map<string, string>();
  for (const c of candidates()) {
    const name = cleanName(c.name);
    if (name === undefined) {
      dropped.set(c.name, "non-Persian characters");
      continue;
    }
    // `به آیین`, `به نگار`: a two-word name that starts with a preposition would match ordinary
    // phrases (به آیین = "by the rite"), so it is left out
    if (PREPOSITIONS.has(name.split(" ")[0]!) && name.includes(" ")) {
      dropped.set(name, "starts with a preposition");
      continue;
    }
    const key = fold(name);
    if (drop.has(key)) {
      dropped.set(name, "stop list");
      continue;
    }
    // a place word or a lexicon word that is also a given name stays, flagged (پیمان, رفیع)
    const clash = places.has(key) || lexicon.has(key);
    let acc = byKey.get(key);
    if (!acc) {
      acc = { name, genders: new Set(), extra: new Set(), sources: [], iranian: false, notes: [] };
      byKey.set(key, acc);
    }
    acc.genders.add(c.gender);
    for (const t of c.extra) acc.extra.add(t);
    if (!acc.sources.includes(c.source)) acc.sources.push(c.source);
    acc.iranian ||= c.iranian;
    if (clash) acc.extra.add("ambiguous");
    if (c.note && !acc.notes.includes(c.note)) acc.notes.push(c.note);
  }

  const entries: GazetteerEntry[] = [];
  for (const [key, acc] of byKey) {
    const g = acc.genders;
    const gender = g.has("any") || (g.has("male") && g.has("female")) ? "any" : g.has("male") ? "male" : "female";
    const extra = new Set(acc.extra);
    if (acc.iranian) extra.delete("foreign");
    if (ambiguous.has(key)) extra.add("ambiguous");
    const tags = [gender, ...[...extra].sort()];
    const e: GazetteerEntry = {
      id: `given:${translit(key)}`,
      kind: "given_name",
      name: acc.name,
      tags,
      source: acc.sources.join("; "),
    };
    if (acc.notes.length > 0) e.note = acc.notes.sort().join(", ");
    entries.push(GazetteerEntrySchema.parse(e));
  }
  return { entries, dropped };
}

function buildNameParts(): GazetteerEntry[] {
  const adds = JSON.parse(readFileSync(join(gaz, "sources/name-parts-additions.json"), "utf8")) as {
    slug: string;
    name: string;
    tags: string[];
    note?: string;
  }[];
  const entries: GazetteerEntry[] = [];
  const seen = new Map<string, string>();
  for (const a of adds) {
    const e: GazetteerEntry = { id: `name_part:${a.slug}`, kind: "name_part", name: a.name, tags: a.tags, source: SRC_PARTS };
    if (a.note) e.note = a.note;
    const key = fold(a.name);
    if (seen.has(key)) throw new Error(`name part ${a.name} listed twice (${seen.get(key)}, ${a.slug})`);
    seen.set(key, a.slug);
    entries.push(GazetteerEntrySchema.parse(e));
  }
  for (const raw of readLines(join(shared, "names-armanyazdi/region_fa.txt"))) {
    const name = cleanName(raw);
    if (name === undefined) continue;
    const key = fold(name);
    if (seen.has(key)) continue;
    seen.set(key, key);
    entries.push(
      GazetteerEntrySchema.parse({
        id: `name_part:place-${translit(key)}`,
        kind: "name_part",
        name,
        tags: ["place"],
        source: SRC_ARMAN + ", region_fa.txt",
        note: "surname stem: place + ی (" + name + "ی)",
      }),
    );
  }
  return entries;
}

function write(file: string, entries: GazetteerEntry[]): void {
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < entries.length; i++)
    if (entries[i]!.id === entries[i - 1]!.id) throw new Error(`duplicate id ${entries[i]!.id}`);
  writeFileSync(join(gaz, file), "[\n" + entries.map((e) => JSON.stringify(e)).join(",\n") + "\n]\n");
}

const { entries: given, dropped } = buildGivenNames();
write("given-names.json", given);
const parts = buildNameParts();
write("name-parts.json", parts);

const count = (tag: string) => given.filter((e) => e.tags?.includes(tag)).length;
console.log(
  `given-names.json: ${given.length} (male ${count("male")}, female ${count("female")}, any ${count("any")}, ` +
    `foreign ${count("foreign")}, central-asian ${count("central-asian")}, ambiguous ${count("ambiguous")}); ` +
    `dropped ${dropped.size}`,
);
console.log(`name-parts.json: ${parts.length}`);
if (process.argv.includes("--dropped"))
  for (const [n, why] of [...dropped].sort()) console.log(`  dropped ${n}: ${why}`);
