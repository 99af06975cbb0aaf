import type { GazetteerEntry } from "../models/gazetteer.js";
import { compileGazetteer, type CompiledGazetteer } from "../gazetteer/compile.js";
import { shippedEntries } from "../gazetteer/shipped.js";
import { loadEntries } from "../gazetteer/load.js";
import { fold } from "../text/fold.js";
import functionWords from "../../data/lexicons/function-words.json";

/** Closed word classes the rules consult, as sets of fold() keys. */
export interface WordClasses {
  prepositions: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  time: ReadonlySet<string>;
  weekdays: ReadonlySet<string>;
  months: ReadonlySet<string>;
  anaphors: ReadonlySet<string>;
  anaphorNouns: ReadonlySet<string>;
  /** `دولت`, `حکومت`…: before a country or group they name its government, not a body of their own. */
  government: ReadonlySet<string>;
  /** Every closed-class word: a token in this set is never part of a name. */
  closed: ReadonlySet<string>;
}

/**
 * What a pipeline compiles once and every document reuses: the gazetteer automaton over
 * shipped and user entries, an index of entries by id, and the closed word classes.
 */
export interface Resources {
  readonly gazetteer: CompiledGazetteer;
  readonly entries: ReadonlyMap<string, GazetteerEntry>;
  readonly words: WordClasses;
  /** Per-pipeline cache for extractors' compiled data (keyed by the extractor's own key). */
  readonly cache: Map<unknown, unknown>;
}

export interface ResourceOptions {
  /** The user's gazetteer entries, validated here (errors name the index and field). */
  entries?: readonly unknown[];
  /** Whether the shipped gazetteers are used (default true). */
  shipped?: boolean;
}

export function compileResources(options: ResourceOptions = {}): Resources {
  const user = options.entries ? loadEntries(options.entries, "user entries") : [];
  const base = options.shipped === false ? [] : shippedEntries();
  const entries = new Map<string, GazetteerEntry>();
  for (const e of base) entries.set(e.id, e);
  for (const e of user) entries.set(e.id, e); // a user entry replaces a shipped one of the same id
  return {
    gazetteer: compileGazetteer([...entries.values()]),
    entries,
    words: wordClasses(),
    cache: new Map(),
  };
}

let classes: WordClasses | undefined;
function wordClasses(): WordClasses {
  if (classes) return classes;
  const set = (words: string[]) => new Set(words.map(fold));
  const w = functionWords;
  const c = {
    prepositions: set(w.prepositions),
    conjunctions: set(w.conjunctions),
    pronouns: set(w.pronouns),
    particles: set(w.particles),
    auxiliaries: set(w.auxiliaries),
    time: set(w.time),
    weekdays: set(w.weekdays),
    months: set(w.months),
    anaphors: set(w.anaphors),
    anaphorNouns: set(w.anaphor_nouns),
    government: set(w.government),
  };
  const closed = new Set<string>();
  for (const s of [c.prepositions, c.conjunctions, c.pronouns, c.particles, c.auxiliaries]) for (const k of s) closed.add(k);
  return (classes = { ...c, closed });
}
