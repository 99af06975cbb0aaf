import type { GazetteerEntry } from "../models/gazetteer.js";
import countries from "../../data/gazetteers/countries.json";
import demonyms from "../../data/gazetteers/demonyms.json";
import locations from "../../data/gazetteers/locations.json";
import organizations from "../../data/gazetteers/organizations.json";
import people from "../../data/gazetteers/people.json";
import lexicons from "../../data/gazetteers/lexicons.json";
import givenNames from "../../data/gazetteers/given-names.json";
import nameParts from "../../data/gazetteers/name-parts.json";

/**
 * The shipped files, imported as JSON modules so that bundlers inline them (no fs), with
 * their file names (tests validate each one under its name).
 */
export const SHIPPED_FILES: readonly (readonly [file: string, data: unknown])[] = [
  ["countries.json", countries],
  ["demonyms.json", demonyms],
  ["locations.json", locations],
  ["organizations.json", organizations],
  ["people.json", people],
  ["lexicons.json", lexicons],
  ["given-names.json", givenNames],
  ["name-parts.json", nameParts],
];

let cached: readonly GazetteerEntry[] | undefined;

/**
 * Every entry of the shipped gazetteers, in file order, cached.
 *
 * The data is trusted here, not validated: validating the ~6,000 shipped entries with zod
 * costs 45–100 ms on a cold start (7 ms warm; scripts/bench/match.ts prints it), paid by
 * every process on its first extraction, while
 * the files only change in this repository, where tests/gazetteer-load.test.ts validates
 * every file with loadEntries(), checks that it is already in the parsed (trimmed) form
 * and that ids are unique across files. User entries are always validated.
 */
export function shippedEntries(): readonly GazetteerEntry[] {
  if (cached !== undefined) return cached;
  const all: GazetteerEntry[] = [];
  for (const [, data] of SHIPPED_FILES) for (const e of data as GazetteerEntry[]) all.push(e);
  cached = Object.freeze(all);
  return cached;
}
