// The example HTTP service, started on 127.0.0.1, port 0 (loopback only), called with fetch.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeGracefully, createServer } from "../examples/service/server.js";
import { extract } from "../src/index.js";
import { DocumentGraphSchema } from "../src/models/graph.js";
import { normalize } from "../src/text/normalize.js";

const NEWS =
  "به گزارش خبرگزاری فارس، سخنگوی وزارت امور خارجه ایران روز دوشنبه در تهران گفت: «گفت‌وگوها با اتحادیه اروپا ادامه دارد.»";

let server: Server;
let small: Server;
let base: string;
let smallBase: string;

async function listen(s: Server): Promise<string> {
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  server = createServer();
  base = await listen(server);
  small = createServer({ maxBodyBytes: 2000 });
  smallBase = await listen(small);
});

afterAll(async () => {
  await closeGracefully(server);
  await closeGracefully(small);
});

const postJson = (path: string, body: unknown, url = base) =>
  fetch(url + path, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });

describe("the example service", () => {
  it("GET /health", async () => {
    const r = await fetch(base + "/health");
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: "ok" });
  });

  it("POST /extract with JSON → the same graph as extract()", async () => {
    const r = await postJson("/extract", { text: NEWS });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/application\/json/);
    const g = await r.json();
    expect(DocumentGraphSchema.safeParse(g).success).toBe(true);
    expect(g).toEqual(extract(NEWS));
  });

  it("POST /extract with text/plain", async () => {
    const r = await fetch(base + "/extract", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: NEWS });
    expect(r.status).toBe(200);
    expect((await r.json()).text).toBe(NEWS);
  });

  it("POST /normalize", async () => {
    const text = "كتاب علي را آوردند";
    const r = await postJson("/normalize", { text });
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.text).toBe(normalize(text).text);
    expect(body.text).not.toMatch(/[يك]/);
  });

  it.each([
    ['{"text": "ناتمام', /invalid JSON/],
    ["{}", /missing "text"/],
    ['{"text": 7}', /must be a string/],
    ['["متن"]', /expected a JSON object/],
  ])("400 for %s", async (body, message) => {
    const r = await postJson("/extract", body);
    expect(r.status).toBe(400);
    expect((await r.json()).error).toMatch(message);
  });

  it("405 for a wrong method, with Allow", async () => {
    const r = await fetch(base + "/extract");
    expect(r.status).toBe(405);
    expect(r.headers.get("allow")).toBe("POST");
    expect((await r.json()).error).toMatch(/POST/);
    expect((await fetch(base + "/health", { method: "DELETE" })).status).toBe(405);
  });

  it("404 for an unknown path", async () => {
    const r = await fetch(base + "/nope");
    expect(r.status).toBe(404);
    expect((await r.json()).error).toMatch(/nope/);
  });

  it("415 for an unsupported content type", async () => {
    const r = await fetch(base + "/extract", { method: "POST", headers: { "content-type": "application/xml" }, body: "<text/>" });
    expect(r.status).toBe(415);
    expect((await r.json()).error).toBeTypeOf("string");
  });

  it("413 above the body limit (default 1 MB, and a configured one)", async () => {
    const big = await postJson("/extract", { text: "ا".repeat(600_000) }); // 1.2 MB of UTF-8
    expect(big.status).toBe(413);
    expect((await big.json()).error).toMatch(/larger than 1048576/);
    const r = await postJson("/extract", { text: NEWS.repeat(20) }, smallBase);
    expect(r.status).toBe(413);
    const ok = await postJson("/extract", { text: NEWS }, smallBase);
    expect(ok.status).toBe(200);
  });

  it("400 for a body that is not UTF-8", async () => {
    const r = await fetch(base + "/extract", { method: "POST", headers: { "content-type": "text/plain" }, body: new Uint8Array([0xd8, 0xff, 0xfe]) });
    expect(r.status).toBe(400);
  });

  it("closes gracefully: a request in flight is answered, then the port is closed", async () => {
    const s = createServer();
    const url = await listen(s);
    const pending = postJson("/extract", { text: NEWS }, url);
    await new Promise((r) => setTimeout(r, 5));
    await Promise.all([closeGracefully(s, 2000), pending.then((r) => expect(r.status).toBe(200))]);
    await expect(fetch(url + "/health")).rejects.toThrow();
  });
});
