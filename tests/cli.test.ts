// The built command (`node dist/cli.js`), run as a user would. When dist/cli.js is missing the
// suite builds it first (CI builds before testing anyway).
import { execSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentGraphSchema } from "../src/models/graph.js";
import pkg from "../package.json";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist/cli.js");

const DOCS = [
  { id: "khabar-1", text: "به گزارش خبرگزاری ایسنا، وزیر بهداشت ایران روز شنبه در مشهد گفت: «واکسیناسیون کودکان ادامه دارد.»" },
  { id: "khabar-2", text: "سازمان ملل متحد اعلام کرد که کمک‌های انسانی به افغانستان افزایش می‌یابد." },
  { id: "khabar/3", text: "رئیس‌جمهور قرقیزستان در بیشکک با نخست‌وزیر هند دیدار و درباره همکاری‌های اقتصادی گفت‌وگو کرد." },
];

let dir: string;
let corpus: string;
let single: string;

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, input, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI)) execSync("npm run build", { cwd: ROOT, stdio: "inherit" });
  dir = mkdtempSync(join(tmpdir(), "parsigraph-cli-"));
  corpus = join(dir, "corpus.jsonl");
  // Line 2 is not JSON, line 4 has a text that is not a string: both must be reported, and the
  // three good documents must still come out, in order.
  const lines = [
    JSON.stringify(DOCS[0]),
    '{"id": "broken", "text": "نیمه',
    JSON.stringify(DOCS[1]),
    JSON.stringify({ id: "adad", text: 42 }),
    JSON.stringify(DOCS[2]),
  ];
  writeFileSync(corpus, lines.join("\n") + "\n");
  single = join(dir, "khabar.txt");
  writeFileSync(single, DOCS[0]!.text);
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("parsigraph extract on a JSONL corpus", () => {
  it("exits 1, names the bad lines on stderr, and writes the good documents in input order", () => {
    const r = cli(["extract", corpus, "--format", "jsonl", "--workers", "2"]);
    expect(r.code).toBe(1);
    const errors = r.stderr.trim().split("\n");
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/corpus\.jsonl line 2: invalid JSON/);
    expect(errors[1]).toMatch(/corpus\.jsonl line 4 \(id "adad"\): "text" is not a string/);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((g) => g.id)).toEqual(DOCS.map((d) => d.id));
    out.forEach((g, i) => {
      expect(g.text).toBe(DOCS[i]!.text);
      expect(DocumentGraphSchema.safeParse(g).success).toBe(true);
    });
  });

  it("gives the same output on worker threads as in the main thread", () => {
    const a = cli(["extract", corpus, "-f", "jsonl", "-w", "2"]);
    const b = cli(["extract", corpus, "-f", "jsonl", "-w", "0"]);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.length).toBeGreaterThan(0);
  });

  it("json: one pretty array of the graphs with their ids", () => {
    const r = cli(["extract", corpus, "--format", "json"]);
    const arr = JSON.parse(r.stdout);
    expect(Array.isArray(arr)).toBe(true);
    expect(arr.map((g: { id: string }) => g.id)).toEqual(DOCS.map((d) => d.id));
    expect(r.stdout).toContain('\n    "text": '); // pretty
  });

  it("nodelink and jsonld: one JSON document per line", () => {
    for (const format of ["nodelink", "jsonld"]) {
      const r = cli(["extract", corpus, "--format", format]);
      expect(r.code).toBe(1);
      const docs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
      expect(docs).toHaveLength(3);
      if (format === "nodelink") expect(docs.map((d) => d.graph.id)).toEqual(DOCS.map((d) => d.id));
      else docs.forEach((d) => expect(d["@graph"]).toBeInstanceOf(Array));
    }
  });

  it("csv: one table, one header, a doc column in input order", () => {
    const r = cli(["extract", corpus, "--format", "csv", "--table", "mentions"]);
    const rows: Record<string, string>[] = parseCsv(r.stdout, { columns: true });
    const header = r.stdout.split("\r\n")[0]!;
    expect(header.startsWith("doc,")).toBe(true);
    expect(r.stdout.split("\r\n").filter((l) => l === header)).toHaveLength(1);
    const docs = rows.map((row) => row.doc);
    const order = DOCS.map((d) => d.id).filter((id) => docs.includes(id));
    expect([...new Set(docs)]).toEqual(order);
    for (const row of rows) {
      const text = DOCS.find((d) => d.id === row.doc)!.text;
      expect(text.slice(Number(row.start), Number(row.end))).toBe(row.text);
    }
  });

  it("cypher: MERGE statements, one block per document", () => {
    const r = cli(["extract", corpus, "--format", "cypher"]);
    expect(r.stdout.match(/^\/\/ document .*$/gm)).toEqual(DOCS.map((d) => `// document ${d.id}`));
    expect(r.stdout).toMatch(/MERGE/);
  });

  it("graphml and brat need --out for several documents (usage error, exit 2)", () => {
    for (const format of ["graphml", "brat"]) {
      const r = cli(["extract", corpus, "--format", format]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/--out/);
      expect(r.stdout).toBe("");
    }
  });

  it("--out DIR: one file per document, named by id, each a parseable GraphML document", () => {
    const out = join(dir, "graphml-out");
    const r = cli(["extract", corpus, "--format", "graphml", "--out", out]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(["khabar-1.graphml", "khabar-2.graphml", "khabar_3.graphml"]);
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const f of readdirSync(out)) {
      const xml = parser.parse(readFileSync(join(out, f), "utf8"));
      expect(xml.graphml.graph["@_edgedefault"]).toBe("directed");
    }
  });

  it("--out DIR with brat: .ann + .txt per document and one annotation.conf", () => {
    const out = join(dir, "brat-out");
    cli(["extract", corpus, "--format", "brat", "--out", out]);
    const files = readdirSync(out).sort();
    expect(files).toContain("annotation.conf");
    expect(files).toContain("khabar-2.ann");
    expect(readFileSync(join(out, "khabar-2.txt"), "utf8")).toBe(DOCS[1]!.text);
  });
});

describe("parsigraph extract --pipeline / --timeout", () => {
  it("an extractor error and a runaway extractor fail their documents only, named by id", () => {
    const mod = join(dir, "trouble.mjs");
    writeFileSync(
      mod,
      `const trouble = { name: "trouble", run(ctx) {
         if (ctx.doc.original.includes("خطا")) throw new Error("استخراج‌گر شکست خورد");
         if (ctx.doc.original.includes("بی‌پایان")) for (;;);
       } };
       export default { extractors: (defaults) => [...defaults, trouble] };\n`,
    );
    const input = join(dir, "trouble.jsonl");
    const docs = [
      DOCS[0],
      { id: "bad-extract", text: "این سند یک خطا دارد." },
      DOCS[1],
      { id: "endless", text: "متنی بی‌پایان." },
      DOCS[2],
    ];
    writeFileSync(input, docs.map((d) => JSON.stringify(d)).join("\n"));
    const r = cli(["extract", input, "-f", "jsonl", "-w", "2", "--pipeline", mod, "--timeout", "2"]);
    expect(r.code).toBe(1);
    const errors = r.stderr.trim().split("\n");
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/line 2 \(id "bad-extract"\): extraction failed: استخراج‌گر شکست خورد/);
    expect(errors[1]).toMatch(/line 4 \(id "endless"\): extraction failed: timed out after 2000 ms/);
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).id)).toEqual(DOCS.map((d) => d.id));
  });
});

describe("parsigraph extract on single documents", () => {
  it("a text file → one pretty graph (json), id-less", () => {
    const r = cli(["extract", single]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const g = JSON.parse(r.stdout);
    expect(g.text).toBe(DOCS[0]!.text);
    expect(DocumentGraphSchema.safeParse(g).success).toBe(true);
  });

  it("stdin → one graph; graphml of it parses", () => {
    const r = cli(["extract", "--format", "graphml"], DOCS[1]!.text);
    expect(r.code).toBe(0);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(r.stdout);
    expect(xml.graphml).toBeDefined();
  });

  it("stdin with --input jsonl is a corpus", () => {
    const r = cli(["extract", "--input", "jsonl", "-f", "jsonl"], DOCS.map((d) => JSON.stringify(d)).join("\n"));
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).id)).toEqual(DOCS.map((d) => d.id));
  });

  it("a missing file is reported and fails the run, the other inputs still come out", () => {
    const r = cli(["extract", join(dir, "no-such.txt"), single, "-f", "jsonl"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no-such\.txt: no such file/);
    expect(JSON.parse(r.stdout).id).toBe("khabar");
  });
});

describe("parsigraph schema, normalize, help, version, usage errors", () => {
  it("schema prints a JSON Schema of the graph", () => {
    const r = cli(["schema"]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.$schema).toMatch(/json-schema\.org/);
    expect(s.type).toBe("object");
    expect(s.required).toEqual(expect.arrayContaining(["text", "nodes", "edges"]));
    expect(s.properties.nodes.type).toBe("array");
  });

  it("normalize prints the normalized text (Arabic yeh and kaf become Persian)", () => {
    const r = cli(["normalize"], "علي در كتابخانه است");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("علی");
    expect(r.stdout).toContain("کتابخانه");
    expect(r.stdout).not.toMatch(/[يك]/);
    expect(r.stdout.endsWith("\n")).toBe(true);
  });

  it("--help and --version", () => {
    const h = cli(["--help"]);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/Usage:/);
    expect(h.stdout).toMatch(/--workers/);
    const v = cli(["--version"]);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(`parsigraph ${pkg.version}`);
  });

  it.each([
    [["extract", "--bogus"], /bogus/],
    [["extract", "--format", "xml"], /unknown format 'xml'/],
    [["frobnicate"], /unknown command/],
    [[], /missing command/],
    [["extract", "--workers", "many"], /--workers/],
    [["schema", "--format", "json"], /does not apply/],
    [["extract", "--table", "mentions"], /--table applies to --format csv/],
    [["extract", "--timeout", "-1"], /--timeout/],
  ])("usage error %j → exit 2, one line", (args, message) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message as RegExp);
  });
});
