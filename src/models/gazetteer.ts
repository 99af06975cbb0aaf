import { z } from "zod";

/** Entity kinds that become graph nodes. */
export const ENTITY_KINDS = ["person", "country", "organization", "location"] as const;
export const EntityKindSchema = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKindSchema>;

/**
 * Lexicon kinds: words the rules use as evidence. They never become nodes by themselves.
 * - demonym: `روسی` → its country (evidence for based_in, never a mention)
 * - title: a role or office, `رئیس جمهور`, `وزیر امور خارجه`
 * - honorific: `آقای`, `خانم`, `دکتر`: stays out of person spans
 * - org_head / loc_head: generic head nouns that start a name, `سازمان`, `استان`
 * - cue: reporting verbs and phrases; `tags` say which kind of cue (see data/gazetteers/SOURCES.md)
 * - meeting: meeting verbs and nouns, `دیدار کرد`
 * - given_name: a given name, `tags` may hold its gender
 * - name_part: surname endings and particles (`tags`: suffix | particle | prefix)
 */
export const LEXICON_KINDS = [
  "demonym",
  "title",
  "honorific",
  "org_head",
  "loc_head",
  "cue",
  "meeting",
  "given_name",
  "name_part",
] as const;

export const EntryKindSchema = z.enum([...ENTITY_KINDS, ...LEXICON_KINDS]);
export type EntryKind = z.infer<typeof EntryKindSchema>;

const persianText = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters");

export const EntryIdSchema = z
  .string()
  .regex(/^[a-z_]+:[A-Za-z0-9][A-Za-z0-9._-]*$/, "must look like `kind:slug`, e.g. `country:TJ` or `person:emomali-rahmon`");

/** A role a person is known to hold, e.g. `{ role: "رئیس جمهور", of: "country:TJ" }`. */
export const KnownRoleSchema = z.object({
  role: persianText,
  of: EntryIdSchema,
  since: z.number().int().optional(),
  until: z.number().int().optional(),
});

export const GazetteerEntrySchema = z
  .object({
    id: EntryIdSchema,
    kind: EntryKindSchema,
    name: persianText,
    aliases: z.array(persianText).optional(),
    kb: z
      .object({ wikidata: z.string().regex(/^Q[1-9][0-9]*$/, "must be a Wikidata QID such as Q863").optional() })
      .strict()
      .optional(),
    /** The country an entry belongs to (a city, a ministry, a demonym): an entry id. */
    country: EntryIdSchema.optional(),
    /** The entry this one lies in or belongs to (a city's province): an entry id. */
    parent: EntryIdSchema.optional(),
    roles: z.array(KnownRoleSchema).optional(),
    tags: z.array(z.string().min(1)).optional(),
    source: z.string().min(1, "must say where the entry comes from"),
    note: z.string().optional(),
  })
  .strict();

export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;
export type GazetteerEntryInput = z.input<typeof GazetteerEntrySchema>;
