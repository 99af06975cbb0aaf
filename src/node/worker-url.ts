// Finds the worker script. Built: dist/worker.js sits next to dist/node.js, dist/node.cjs and
// dist/cli.js, so one relative URL serves all of them. From source (tsx, vitest): there is no
// worker.js next to this file, so the worker is started from src/node/worker.ts through a tiny
// ESM bootstrap that registers tsx first (tsx is a devDependency: source runs are for development).
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface WorkerEntry {
  /** What to pass to `new Worker()`. */
  url: URL;
}

let cached: WorkerEntry | undefined;

export function resolveWorker(): WorkerEntry {
  if (cached) return cached;
  const built = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(built))) return (cached = { url: built });
  const source = new URL("./worker.ts", import.meta.url);
  if (existsSync(fileURLToPath(source))) return (cached = { url: tsxBootstrap(source) });
  throw new Error(`parsigraph/node: worker script not found next to ${import.meta.url}`);
}

function tsxBootstrap(source: URL): URL {
  const require = createRequire(import.meta.url);
  let api: string;
  try {
    const pkg = require.resolve("tsx/package.json");
    api = pathToFileURL(join(dirname(pkg), "dist/esm/api/index.mjs")).href;
  } catch {
    throw new Error("parsigraph/node: running from TypeScript sources needs tsx installed (or run `npm run build`)");
  }
  const code =
    `import { register } from ${JSON.stringify(api)};\n` +
    `register();\n` +
    `await import(${JSON.stringify(source.href)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
