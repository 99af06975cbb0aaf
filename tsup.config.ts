import { resolve } from "node:path";
import { defineConfig, type Options } from "tsup";

// The core entry is platform-neutral: no Node built-ins, so it runs in browsers,
// Deno and Bun. The CLI and the worker pool are separate Node-only entries.
//
// dist/node.{js,cjs}, dist/cli.js and dist/worker.js share one directory on purpose: each finds
// the worker script as `new URL("./worker.js", import.meta.url)` (see src/node/worker-url.ts).
// tsup's declaration build sets `baseUrl`, which TypeScript 6 deprecates (error TS5101).
const dts = { compilerOptions: { ignoreDeprecations: "6.0" } };

// The worker imports the pipeline through src/index.ts; in the build that import stays external
// and points at the sibling dist/index.js, so the gazetteers are not bundled a second time.
const coreAsSibling: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "core-as-sibling",
  setup(build) {
    const core = resolve("src/index.js");
    build.onResolve({ filter: /(^|\/)index\.js$/ }, (args) =>
      resolve(args.resolveDir, args.path) === core ? { path: "./index.js", external: true } : undefined,
    );
  },
};

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts,
    sourcemap: true,
    clean: true,
    platform: "neutral",
    target: "es2022",
    treeshake: true,
  },
  {
    // parsigraph/node: extractMany over worker_threads.
    entry: { node: "src/node/index.ts" },
    format: ["esm", "cjs"],
    dts,
    sourcemap: true,
    platform: "node",
    target: "node20",
    // Gives the CJS build an import.meta.url, used to locate dist/worker.js.
    shims: true,
  },
  {
    // The worker thread script (ESM: it uses top-level await).
    entry: { worker: "src/node/worker.ts" },
    format: ["esm"],
    esbuildPlugins: [coreAsSibling],
    sourcemap: true,
    platform: "node",
    target: "node20",
  },
  {
    // The `parsigraph` command.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    platform: "node",
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
