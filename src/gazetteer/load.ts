import { GazetteerEntrySchema, type GazetteerEntry } from "../models/gazetteer.js";

/** How many problem lines a GazetteerError message lists before it summarizes the rest. */
const MAX_LINES = 20;

/**
 * Raised when gazetteer entries do not validate. `problems` holds every problem found, one
 * line each (`user entries[3] (id "org:x"): aliases.1: must not be empty`); the message
 * lists the first twenty so that a bad file of ten thousand lines stays readable.
 */
export class GazetteerError extends Error {
  override readonly name = "GazetteerError";
  constructor(
    /** The file name, or "user entries". */
    readonly origin: string,
    readonly problems: readonly string[],
  ) {
    super(formatMessage(origin, problems));
  }
}

function formatMessage(origin: string, problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_LINES);
  const more = problems.length - shown.length;
  const head = `invalid gazetteer entries in ${origin} (${problems.length} problem${problems.length === 1 ? "" : "s"}):`;
  return [head, ...shown.map((p) => "  " + p), ...(more > 0 ? [`  … and ${more} more`] : [])].join("\n");
}

/**
 * Validates gazetteer entries and returns them parsed (strings trimmed).
 *
 * `input` is an array of entries or an object `{ entries: [...] }` (the shape a user's JSON
 * file may have). Every entry is checked against GazetteerEntrySchema and ids must be unique
 * within one call; all problems are collected before a GazetteerError is thrown.
 */
export function loadEntries(input: unknown, origin = "user entries"): GazetteerEntry[] {
  const list = asList(input);
  if (list === undefined) {
    throw new GazetteerError(origin, [`${origin}: expected an array of entries or an object { entries: [...] }`]);
  }
  const problems: string[] = [];
  const out: GazetteerEntry[] = [];
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const raw = list[i];
    const id = idOf(raw);
    const where = `${origin}[${i}]${id === undefined ? "" : ` (id ${JSON.stringify(id)})`}`;
    const parsed = GazetteerEntrySchema.safeParse(raw);
    if (!parsed.success) {
      if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
        problems.push(`${where}: expected an entry object, got ${describe(raw)}`);
        continue;
      }
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String).join(".");
        if (issue.code === "unrecognized_keys") {
          for (const key of issue.keys) problems.push(`${where}: ${path === "" ? "" : path + "."}${key}: unknown field`);
        } else if (issue.code === "invalid_type" && /received undefined$/.test(issue.message)) {
          problems.push(`${where}: ${path}: required`);
        } else {
          problems.push(`${where}: ${path === "" ? "(entry)" : path}: ${issue.message}`);
        }
      }
      continue;
    }
    const entry = parsed.data;
    const seen = firstIndex.get(entry.id);
    if (seen !== undefined) {
      problems.push(`${where}: id: duplicate id, first used at ${origin}[${seen}]`);
      continue;
    }
    firstIndex.set(entry.id, i);
    out.push(entry);
  }
  if (problems.length > 0) throw new GazetteerError(origin, problems);
  return out;
}

function asList(input: unknown): readonly unknown[] | undefined {
  if (Array.isArray(input)) return input;
  if (input !== null && typeof input === "object" && Array.isArray((input as { entries?: unknown }).entries)) {
    return (input as { entries: unknown[] }).entries;
  }
  return undefined;
}

/** The id of a raw entry when it has a string one, to name the entry in messages. */
function idOf(raw: unknown): string | undefined {
  if (raw === null || typeof raw !== "object") return undefined;
  const id = (raw as { id?: unknown }).id;
  return typeof id === "string" && id.length > 0 ? id : undefined;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v;
}
