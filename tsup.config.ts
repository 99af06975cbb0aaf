import { defineConfig } from "tsup";

// The core entry is platform-neutral: no Node built-ins, so it runs in browsers,
// Deno and Bun. The CLI and the worker pool are separate Node-only entries.
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    platform: "neutral",
    target: "es2022",
    treeshake: true,
  },
]);
