import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toCSV } from "../src/export/csv.js";
import { ROW_COLUMNS, toRows, type TableName } from "../src/export/rows.js";
import { fixtures, hostileGraph, lavrovGraph, meetingGraph } from "./fixtures/graphs.js";

const graphs = fixtures.map((f) => f.graph);
const TABLES: TableName[] = ["mentions", "entities", "quotes", "relations"];

describe("toRows", () => {
  it("flattens many graphs with doc ids into four tables", () => {
    const rows = toRows(graphs, { docIds: ["a", "b", "c"] });
    const mentions = graphs.flatMap((g) => g.nodes.flatMap((n) => (n.kind === "quote" ? [] : n.mentions)));
    expect(rows.mentions).toHaveLength(mentions.length);
    expect(rows.entities).toHaveLength(graphs.reduce((k, g) => k + g.nodes.filter((n) => n.kind !== "quote").length, 0));
    expect(rows.quotes).toHaveLength(graphs.reduce((k, g) => k + g.nodes.filter((n) => n.kind === "quote").length, 0));
    expect(rows.relations).toHaveLength(graphs.reduce((k, g) => k + g.edges.length, 0));
    expect(new Set(rows.mentions.map((m) => m.doc))).toEqual(new Set(["a", "b", "c"]));
    // Offsets and text agree with the document they come from.
    const byDoc = { a: meetingGraph, b: lavrovGraph, c: hostileGraph };
    for (const m of rows.mentions) expect(byDoc[m.doc as "a"].text.slice(m.start as number, m.end as number)).toBe(m.text);
    for (const row of [...rows.mentions, ...rows.entities, ...rows.quotes, ...rows.relations])
      for (const v of Object.values(row)) expect(v === null || ["string", "number", "boolean"].includes(typeof v)).toBe(true);
  });

  it("names each quote's speaker and channel, and each relation's ends", () => {
    const rows = toRows(lavrovGraph);
    expect(rows.quotes.map((q) => [q.speaker_name, q.channel_name, q.direct, q.cue])).toEqual([
      ["سرگئی لاوروف", "اسپوتنیک", false, "گفت که"],
      ["سرگئی لاوروف", null, true, "افزود"],
    ]);
    const role = rows.relations.find((r) => r.kind === "holds_role")!;
    expect(role).toMatchObject({ doc: "0", source_name: "سرگئی لاوروف", target_name: "روسیه", role: "وزیر امور خارجه", target_kind: "country" });
    expect(toRows(hostileGraph).quotes[0]).toMatchObject({ speaker: null, channel: null, direct: false });
    // Mentions come in text order.
    const starts = rows.mentions.map((m) => m.start as number);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });

  it("rejects a doc id list of the wrong length", () => {
    expect(() => toRows(graphs, { docIds: ["a"] })).toThrow(RangeError);
  });
});

describe("toCSV", () => {
  it.each(TABLES)("%s: csv-parse reads back every row and value, quotes, newlines and Persian included", (table) => {
    const rows = toRows(graphs);
    const csv = toCSV(rows, table);
    const records = parse(csv, { columns: true, relax_column_count: false }) as Record<string, string>[];
    expect(Object.keys(records[0] ?? Object.fromEntries(ROW_COLUMNS[table].map((c) => [c, ""])))).toEqual([...ROW_COLUMNS[table]]);
    expect(records).toHaveLength(rows[table].length);
    rows[table].forEach((row, i) => {
      for (const [k, v] of Object.entries(row)) expect(records[i][k], `${table}[${i}].${k}`).toBe(v === null ? "" : String(v));
    });
  });

  it("follows RFC 4180: CRLF records, quoted fields with , \" CR LF, doubled quotes", () => {
    const csv = toCSV(hostileGraph, "quotes");
    expect(csv.endsWith("\r\n")).toBe(true);
    const q = hostileGraph.nodes.find((n) => n.kind === "quote")!;
    if (q.kind !== "quote") throw new Error("fixture changed");
    expect(csv).toContain('"' + q.content.text.replaceAll('"', '""') + '"');
    const doc = toCSV(hostileGraph, "entities");
    // No comma, double quote or line break: written unquoted, apostrophes and all.
    expect(doc).toContain(`,ناشناس'); MATCH (n) DETACH DELETE n; //,`);
    const text = (parse(toCSV(meetingGraph, "quotes"), { columns: true }) as Record<string, string>[])[0].text;
    expect(text).toContain('"همکاری"');
  });

  it("quotes a field holding only LF line breaks, and csv-parse reads it back whole", () => {
    const text = "وی نوشت: «بند اول،\nبند دوم»";
    const content = { start: text.indexOf("بند"), end: text.length - 1, text: "بند اول،\nبند دوم" };
    const g = { text, nodes: [{ id: "q", kind: "quote" as const, content, direct: true, cue: null, confidence: 1, provenance: { extractor: "t" } }], edges: [] };
    const csv = toCSV(g, "quotes", { newline: "\n" });
    expect(csv).toContain('"بند اول،\nبند دوم"');
    expect((parse(csv, { columns: true }) as Record<string, string>[])[0].text).toBe(content.text);
  });

  it("writes a BOM for Excel on request, other delimiters and an empty table's header", () => {
    const withBom = toCSV(meetingGraph, "mentions", { bom: true });
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    expect(parse(withBom, { bom: true, columns: true })).toHaveLength(meetingGraph.nodes.reduce((k, n) => k + (n.kind === "quote" ? 0 : n.mentions.length), 0));
    const semi = toCSV(lavrovGraph, "relations", { delimiter: ";", newline: "\n" });
    expect(parse(semi, { delimiter: ";", columns: true })).toHaveLength(lavrovGraph.edges.length);
    expect(toCSV({ text: "", nodes: [], edges: [] }, "quotes")).toBe(ROW_COLUMNS.quotes.join(",") + "\r\n");
  });
});
