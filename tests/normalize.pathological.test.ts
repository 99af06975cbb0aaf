import { describe, expect, it } from "vitest";
import { normalize } from "../src/text/normalize.js";

// Inputs that make a scanner that restarts at every position quadratic (an e-mail scan over
// `ab.ab.ab.…`, a URL over `www.www.…`). No timing assertion: speed is a benchmark; the
// timeout only turns a hang into a failure.
describe("normalize() on pathological input", () => {
  const inputs = [
    "ab.".repeat(40000),
    "a.".repeat(60000),
    "a@".repeat(40000),
    "x-y.".repeat(30000),
    "www.".repeat(30000),
    "http://" + "a.".repeat(40000),
    "۱.".repeat(40000),
    "«".repeat(50000) + "»".repeat(50000),
    "می ".repeat(40000),
    "‌".repeat(50000),
  ];
  it.each(inputs.map((s) => [s.slice(0, 12), s]))("%s… stays whole and maps back", { timeout: 60_000 }, (_label, s) => {
    const n = normalize(s);
    expect(n.text.length).toBeLessThanOrEqual(s.length * 2);
    const span = n.originalSpan(0, n.text.length);
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(s.length);
    expect(normalize(n.text).text).toBe(n.text);
  });
});
