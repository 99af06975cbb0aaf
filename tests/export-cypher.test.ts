import { describe, expect, it } from "vitest";
import { cypherString, entityKey, toCypher, toCypherScript } from "../src/export/cypher.js";
import { fixtures, hostileGraph, lavrovGraph, meetingGraph } from "./fixtures/graphs.js";
import { readScript, stringParams } from "./fixtures/cypher-reader.js";


describe("toCypher", () => {
  it("MERGEs every node on its stable key and every relationship by type", () => {
    const st = toCypher(meetingGraph, { docId: "a" });
    const text = st.map((s) => s.statement).join("\n");
    for (const label of ["Person", "Country", "Organization", "Location", "Quote"]) expect(text).toContain(`MERGE (n:${label} {`);
    for (const rel of ["SAID", "REPORTED", "HOLDS_ROLE {role: $role}", "MET_WITH"]) expect(text).toContain(`-[r:${rel}]->`);
    expect(text).not.toMatch(/\bCREATE\b/);
    const tj = st.find((s) => s.parameters.name === "تاجیکستان")!;
    expect(tj.parameters.nKey).toBe("country:TJ");
    expect(tj.parameters.wikidata).toBe("Q863");
    // No entry: kind + name.
    expect(st.find((s) => s.parameters.name === "شوکت میرضیایف")!.parameters.nKey).toBe("person:name:شوکت میرضیایف");
    const quote = st.find((s) => s.statement.startsWith("MERGE (n:Quote"))!;
    expect(quote.parameters).toMatchObject({ nDoc: "a", nStart: meetingGraph.text.indexOf("مرزهای"), direct: true });
    const role = st.find((s) => s.statement.includes("HOLDS_ROLE"))!;
    expect(role.parameters).toMatchObject({ aKey: "person:emomali-rahmon", bKey: "country:TJ", role: "رئیس\u200cجمهور" });
    // Statements reference only parameters they carry.
    for (const s of st) for (const m of s.statement.matchAll(/\$(\w+)/g)) expect(s.parameters).toHaveProperty(m[1]);
  });

  it("is idempotent: the same graph (or the same text) gives identical statements", () => {
    for (const { graph } of fixtures) {
      expect(toCypherScript(graph)).toBe(toCypherScript(structuredClone(graph)));
      expect(JSON.stringify(toCypher(graph))).toBe(JSON.stringify(toCypher(graph)));
    }
    // The same entity in two documents has one key, so MERGE joins them.
    const keyA = toCypher(meetingGraph).find((s) => s.parameters.name === "تاجیکستان")!.parameters.nKey;
    const keyC = toCypher(hostileGraph).find((s) => s.parameters.name === "تاجیکستان")!.parameters.nKey;
    expect(keyA).toBe(keyC);
    expect(entityKey({ kind: "person", name: "x" })).not.toBe(entityKey({ kind: "person", name: "x", entry: "person:x" }));
  });

  it.each(fixtures)("$name: every literal of the script unescapes to the original value", ({ graph }) => {
    const st = toCypher(graph, { constraints: true });
    const read = readScript(toCypherScript(graph, { constraints: true }));
    expect(read).toHaveLength(st.length);
    st.forEach((s, i) => {
      expect(read[i].literals).toEqual(stringParams(s.statement, s.parameters));
      expect(read[i].code).not.toContain("$");
    });
  });

  it("keeps hostile strings inside their literals", () => {
    const script = toCypherScript(hostileGraph);
    const read = readScript(script);
    expect(read).toHaveLength(toCypher(hostileGraph).length);
    for (const r of read) expect(r.code).not.toMatch(/DETACH|DELETE|\/\//);
    expect(read.some((r) => r.literals.includes(`ناشناس'); MATCH (n) DETACH DELETE n; //`))).toBe(true);
    expect(read.some((r) => r.literals.includes(hostileGraph.text))).toBe(true);
  });

  it("escapes backslash, quotes, line breaks, controls and lone surrogates, and keeps Persian and emoji", () => {
    expect(cypherString(`a'b"c\\d\ne\r\tf`)).toBe(`'a\\'b\\"c\\\\d\\ne\\r\\tf'`);
    expect(cypherString("\u0000\u2028\ud800x")).toBe("'\\u0000\\u2028\\ud800x'");
    expect(cypherString("رئیس\u200cجمهور 😀")).toBe("'رئیس\u200cجمهور 😀'");
    expect(readScript(`RETURN ${cypherString(lavrovGraph.text)}`)[0].literals[0]).toBe(lavrovGraph.text);
  });
});
