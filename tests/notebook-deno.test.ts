import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// Runs the code cells of examples/notebook.ipynb, in order, in Deno (the kernel the notebook is
// written for), against the built library. Deno comes from the `deno` devDependency; the test
// is skipped, saying why, when Deno or the build is missing.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const deno = resolve(root, "node_modules/.bin/deno");
const dist = resolve(root, "dist/index.js");
const ready = existsSync(deno) && existsSync(dist);

describe("examples/notebook.ipynb in Deno", () => {
  it.skipIf(!ready)(`runs top to bottom${ready ? "" : " (skipped: needs node_modules/.bin/deno and `npm run build`)"}`, { timeout: 120_000 }, () => {
    const nb = JSON.parse(readFileSync(resolve(root, "examples/notebook.ipynb"), "utf8")) as { cells: { cell_type: string; source: string | string[] }[] };
    const cells = nb.cells.filter((c) => c.cell_type === "code").map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source));
    const script = resolve(root, "examples/.notebook-run.ts");
    writeFileSync(script, cells.join("\n;\n") + '\n;console.log(JSON.stringify({ done: true, nodes: graph.nodes.length, edges: graph.edges.length }));\n');
    try {
      const out = execFileSync(deno, ["run", "--quiet", "--no-prompt", "--allow-read", "--allow-env", script], { cwd: resolve(root, "examples"), encoding: "utf8", env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" } });
      const last = JSON.parse(out.trim().split("\n").pop()!) as { done: boolean; nodes: number; edges: number };
      expect(last.done).toBe(true);
      expect(last.nodes).toBeGreaterThan(3);
      expect(last.edges).toBeGreaterThan(0);
      expect(out).toContain("میرضیایف"); // the console.table of mentions
    } finally {
      rmSync(script, { force: true });
    }
  });
});
