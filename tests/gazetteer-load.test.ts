import { describe, expect, it } from "vitest";
import { GazetteerError, loadEntries } from "../src/gazetteer/load.js";
import { SHIPPED_FILES, shippedEntries } from "../src/gazetteer/shipped.js";
import { compileGazetteer } from "../src/gazetteer/compile.js";

const good = {
  id: "country:TJ",
  kind: "country",
  name: "تاجیکستان",
  aliases: ["جمهوری تاجیکستان"],
  kb: { wikidata: "Q863" },
  source: "test",
};

function errorOf(fn: () => unknown): GazetteerError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(GazetteerError);
    return e as GazetteerError;
  }
  throw new Error("expected a GazetteerError");
}

describe("loadEntries", () => {
  it("accepts an array and an { entries } object, and trims names", () => {
    expect(loadEntries([good])).toHaveLength(1);
    const [e] = loadEntries({ entries: [{ ...good, name: "  تاجیکستان " }] });
    expect(e.name).toBe("تاجیکستان");
    expect(e.kb?.wikidata).toBe("Q863");
  });

  it("rejects input that is neither", () => {
    const err = errorOf(() => loadEntries({ items: [good] }, "my.json"));
    expect(err.message).toContain("my.json");
    expect(err.message).toContain("expected an array");
    errorOf(() => loadEntries("تاجیکستان"));
  });

  it("names the origin, index, id and field of an empty alias", () => {
    const err = errorOf(() =>
      loadEntries([good, { id: "org:x", kind: "organization", name: "سازمان ایکس", aliases: ["ایکس", "  "], source: "t" }]),
    );
    expect(err.problems).toEqual([`user entries[1] (id "org:x"): aliases.1: must not be empty`]);
    expect(err.origin).toBe("user entries");
  });

  it("reports a missing name, a bad id, a bad QID, an unknown kind and an extra field, all at once", () => {
    const bad = [
      { id: "person:a", kind: "person", source: "t" },
      { id: "Person A", kind: "person", name: "علی", source: "t" },
      { id: "country:XX", kind: "country", name: "ایکس", kb: { wikidata: "863" }, source: "t" },
      { id: "thing:x", kind: "thing", name: "چیز", source: "t" },
      { id: "location:y", kind: "location", name: "دوشنبه", population: 1, source: "t" },
    ];
    const err = errorOf(() => loadEntries(bad, "people.json"));
    const p = err.problems;
    expect(p).toHaveLength(5);
    expect(p[0]).toBe(`people.json[0] (id "person:a"): name: required`);
    expect(p[1]).toMatch(/^people\.json\[1\] \(id "Person A"\): id: must look like `kind:slug`/);
    expect(p[2]).toMatch(/^people\.json\[2\] \(id "country:XX"\): kb\.wikidata: must be a Wikidata QID/);
    expect(p[3]).toMatch(/^people\.json\[3\] \(id "thing:x"\): kind: /);
    expect(p[4]).toBe(`people.json[4] (id "location:y"): population: unknown field`);
    for (const line of p) expect(err.message).toContain(line);
  });

  it("names an entry without an id by its index only, and a non-object entry", () => {
    const err = errorOf(() => loadEntries([{ kind: "person", name: "علی", source: "t" }, 42]));
    expect(err.problems[0]).toMatch(/^user entries\[0\]: id: /);
    expect(err.problems[1]).toBe("user entries[1]: expected an entry object, got number");
  });

  it("rejects duplicate ids within one load", () => {
    const err = errorOf(() => loadEntries([good, { ...good, name: "تاجیکستان دیگر" }], "countries.json"));
    expect(err.problems).toEqual([`countries.json[1] (id "country:TJ"): id: duplicate id, first used at countries.json[0]`]);
  });

  it("caps the message at 20 lines but keeps every problem", () => {
    const bad = Array.from({ length: 30 }, (_, i) => ({ id: `person:p${i}`, kind: "person", name: "", source: "t" }));
    const err = errorOf(() => loadEntries(bad));
    expect(err.problems).toHaveLength(30);
    expect(err.message).toContain("user entries[19]");
    expect(err.message).not.toContain("user entries[20]");
    expect(err.message).toContain("… and 10 more");
  });
});

describe("shipped gazetteers", () => {
  it.each(SHIPPED_FILES.map(([file, data]) => [file, data] as const))("%s validates and is already in parsed form", (file, data) => {
    const entries = loadEntries(data, file);
    expect(entries).toEqual(data);
  });

  it("have unique ids across files, and compile well under 100 ms", () => {
    const entries = shippedEntries();
    expect(entries.length).toBeGreaterThan(0);
    const fileOf = new Map<string, string>();
    for (const [file, data] of SHIPPED_FILES)
      for (const e of data as { id: string }[]) {
        expect(fileOf.get(e.id), `${e.id} in ${file}`).toBeUndefined();
        fileOf.set(e.id, file);
      }
    expect(shippedEntries()).toBe(entries); // cached
    // (compile time is measured by `npm run bench`, not asserted here)
    const g = compileGazetteer(entries);
    expect(g.entries.length).toBe(entries.length);
  });
});
