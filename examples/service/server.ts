// A small HTTP JSON service over parsigraph, on node:http alone.
//
//   POST /extract    {"text": "…"} (application/json) or the raw text (text/plain) → the graph
//   POST /normalize  same input → {"text": "<normalized>"}
//   GET  /health     → {"status": "ok"}
//
// Run it:  npx tsx examples/service/server.ts   (PORT, default 8080; HOST, default 127.0.0.1)
// Extraction is synchronous CPU work of a few milliseconds per news article; for heavy traffic,
// run several processes or hand the texts to the worker pool of `parsigraph/node`.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { pathToFileURL } from "node:url";
import { createPipeline, type Pipeline } from "../../src/index.js";
import { normalize } from "../../src/text/normalize.js";

export interface ServiceOptions {
  /** Largest accepted request body in bytes (default 1 MiB); larger bodies get 413. */
  maxBodyBytes?: number;
  /** The pipeline to use (default: the built-in one). */
  pipeline?: Pipeline;
}

/** A client error: answered with its status and `{"error": message}`. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const ROUTES: Record<string, { method: string; handle: (text: string, pipeline: Pipeline) => unknown }> = {
  "/extract": { method: "POST", handle: (text, pipeline) => pipeline.extract(text) },
  "/normalize": { method: "POST", handle: (text) => ({ text: normalize(text).text }) },
  "/health": { method: "GET", handle: () => ({ status: "ok" }) },
};

export function createServer(options: ServiceOptions = {}): Server {
  const limit = options.maxBodyBytes ?? 1024 * 1024;
  const pipeline = options.pipeline ?? createPipeline();
  return createHttpServer((req, res) => {
    handle(req, res, limit, pipeline).catch((e: unknown) => {
      if (e instanceof HttpError) send(res, e.status, { error: e.message }, e.headers);
      else {
        // Not the client's fault; the details stay in the server log.
        console.error(e);
        send(res, 500, { error: "internal error" });
      }
    });
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, limit: number, pipeline: Pipeline): Promise<void> {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  const route = ROUTES[path];
  if (!route) throw new HttpError(404, `no such endpoint: ${path}`);
  if (req.method !== route.method)
    throw new HttpError(405, `${path} accepts ${route.method} only`, { allow: route.method });
  if (route.method === "GET") return send(res, 200, route.handle("", pipeline));
  const text = await readText(req, limit);
  send(res, 200, route.handle(text, pipeline));
}

/** The text of a POST: `{"text": …}` for JSON, the whole body for text/plain. */
async function readText(req: IncomingMessage, limit: number): Promise<string> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json" && type !== "text/plain")
    throw new HttpError(415, "send application/json ({\"text\": \"…\"}) or text/plain");
  const body = await readBody(req, limit);
  if (type === "text/plain") return body;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new HttpError(400, "invalid JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new HttpError(400, 'expected a JSON object {"text": "…"}');
  const text = (value as { text?: unknown }).text;
  if (text === undefined) throw new HttpError(400, 'missing "text"');
  if (typeof text !== "string") throw new HttpError(400, '"text" must be a string');
  return text;
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge(req, limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        reject(tooLarge(req, limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("error", reject);
    req.on("end", () => {
      try {
        // fatal: a body that is not UTF-8 is the client's mistake, not text to guess at.
        resolve(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)));
      } catch {
        reject(new HttpError(400, "body is not valid UTF-8"));
      }
    });
  });
}

/** 413, and the rest of the body is discarded (so the client gets to read the answer) but not kept. */
function tooLarge(req: IncomingMessage, limit: number): HttpError {
  let discarded = 0;
  req.on("data", (chunk: Buffer) => {
    // A client that keeps sending far past the limit is cut off.
    if ((discarded += chunk.length) > 16 * limit) req.socket.destroy();
  });
  req.resume();
  return new HttpError(413, `request body larger than ${limit} bytes`, { connection: "close" });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
    ...headers,
  });
  res.end(json);
}

/** Stops accepting connections, lets requests in progress finish, then closes what is left. */
export function closeGracefully(server: Server, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
    timer.unref();
    server.close((err) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve();
    });
    server.closeIdleConnections();
  });
}

// Started directly (not imported by a test): listen, and close gracefully on SIGINT/SIGTERM.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? "127.0.0.1";
  const server = createServer();
  server.listen(port, host, () => console.log(`parsigraph service on http://${host}:${port}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.log(`${signal}: closing`);
      closeGracefully(server).then(() => process.exit(0), () => process.exit(1));
    });
  }
}
