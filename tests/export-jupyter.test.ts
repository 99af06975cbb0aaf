import { describe, expect, it } from "vitest";
import { JUPYTER_DISPLAY, withDisplay } from "../src/export/jupyter.js";
import { toHTML } from "../src/export/html.js";
import { DocumentGraphSchema } from "../src/models/graph.js";
import { lavrovGraph } from "./fixtures/graphs.js";

describe("withDisplay", () => {
  it("returns the same object with a Jupyter display method for the Deno kernel", () => {
    const g = structuredClone(lavrovGraph);
    const shown = withDisplay(g);
    expect(shown).toBe(g);
    expect(JUPYTER_DISPLAY).toBe(Symbol.for("Jupyter.display"));
    const bundle = shown[Symbol.for("Jupyter.display") as typeof JUPYTER_DISPLAY]();
    expect(bundle["text/html"]).toBe(toHTML(lavrovGraph));
    expect(bundle["application/json"]).toEqual(lavrovGraph);
    expect(Object.getOwnPropertySymbols(bundle["application/json"] as object)).toHaveLength(0);
  });

  it("leaves JSON, keys and schema validation unchanged", () => {
    const before = JSON.stringify(lavrovGraph);
    const shown = withDisplay(structuredClone(lavrovGraph));
    expect(JSON.stringify(shown)).toBe(before);
    expect(Object.keys(shown)).toEqual(["text", "nodes", "edges"]);
    expect(Object.getOwnPropertySymbols({ ...shown })).toHaveLength(0); // non-enumerable: spreading drops it
    expect(DocumentGraphSchema.safeParse(shown).success).toBe(true);
    expect(DocumentGraphSchema.parse(shown)).toEqual(lavrovGraph);
  });

  it("renders the graph as it is when displayed, not as it was when wrapped", () => {
    const g = withDisplay(structuredClone(lavrovGraph));
    g.edges = [];
    expect(g[JUPYTER_DISPLAY]()["text/html"]).not.toContain("based_in");
  });
});
