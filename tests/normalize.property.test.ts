import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize, NormalizeOptionsSchema } from "../src/text/normalize.js";

/** Strings made of the characters Persian news text is made of, messy spacing included. */
const persianChars = [
  ..."ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآأإؤئءةيكى",
  "\u200c", "\u200c", " ", " ", " ", "\n", "\t", "\u00a0", "\u0640", "\u064e", "\u0651", "\u0654", "\u06c0",
  ..."0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣",
  ...".,;:!?،؛؟«»\"“”„()-/٫٬…",
  "می", "نمی", "ها", "های", "تر", "ترین", "اند", "ای", " ی", "http://a.ir/۱", "www.x.com", "a@b.com", "COVID-19", "A320", "...", ". . .",
  "کتاب", "رفته", "خانه", "بزرگ", "شرکت", "کند", "شود", "رییس", "مسوول",
];
const persianText = fc.array(fc.constantFrom(...persianChars), { maxLength: 80 }).map((a) => a.join(""));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 100 }), persianText);

function checkMap(input: string): void {
  const r = normalize(input);
  const n = r.text.length;
  let last = -1;
  for (let i = 0; i <= n; i++) {
    const o = r.toOriginal(i);
    expect(o).toBeGreaterThanOrEqual(0);
    expect(o).toBeLessThanOrEqual(input.length);
    expect(o).toBeGreaterThanOrEqual(last);
    last = o;
  }
  const full = r.originalSpan(0, n);
  expect(full.start).toBeGreaterThanOrEqual(0);
  expect(full.end).toBeLessThanOrEqual(input.length);
  expect(full.start).toBeLessThanOrEqual(full.end);
}

describe("normalize: properties", () => {
  it("never throws, on arbitrary strings", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        normalize(s);
      }),
      { numRuns: 1500 },
    );
  });

  it("is idempotent on arbitrary strings", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalize(s).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 1500 },
    );
  });

  it("is idempotent on Persian-like strings", () => {
    fc.assert(
      fc.property(persianText, (s) => {
        const once = normalize(s).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it("is idempotent with every option combination", () => {
    const opts = fc.record({
      digits: fc.constantFrom("persian", "latin", "keep"),
      letters: fc.boolean(),
      diacritics: fc.boolean(),
      halfSpace: fc.boolean(),
      punctuation: fc.boolean(),
      quotes: fc.boolean(),
      spacing: fc.boolean(),
    }) as fc.Arbitrary<Record<string, unknown>>;
    fc.assert(
      fc.property(persianText, opts, (s, o) => {
        const once = normalize(s, o).text;
        expect(normalize(once, o).text).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it("toOriginal is monotonic and in bounds; originalSpan(0, len) is in bounds", () => {
    fc.assert(
      fc.property(anyText, (s) => checkMap(s)),
      { numRuns: 800 },
    );
  });

  it("toNormalized is monotonic and in bounds", () => {
    fc.assert(
      fc.property(persianText, (s) => {
        const r = normalize(s);
        let last = 0;
        for (let i = 0; i <= s.length; i++) {
          const j = r.toNormalized(i);
          expect(j).toBeGreaterThanOrEqual(last);
          expect(j).toBeLessThanOrEqual(r.text.length);
          last = j;
        }
      }),
      { numRuns: 500 },
    );
  });

  it("does not throw on 5 MB of text or on binary noise", () => {
    const line = "رييس جمهور   گفت:\"ما ميخواهيم 1,250,000 كتاب ها را بخريم\"... https://x.ir/1 ";
    const big = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
    const r = normalize(big);
    expect(r.text.length).toBeGreaterThan(1_000_000);
    const noise = new Uint16Array(1 << 16);
    let x = 12345;
    for (let i = 0; i < noise.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      noise[i] = x >>> 16;
    }
    const bin = String.fromCharCode(...noise.subarray(0, 60000));
    expect(() => normalize(bin)).not.toThrow();
    const nb = normalize(bin).text;
    expect(normalize(nb).text).toBe(nb);
  });

  it("rejects a bad option with an error that names it", () => {
    expect(() => normalize("x", { digits: "roman" } as never)).toThrow(/digits/);
    expect(() => normalize("x", { digits: "roman" } as never)).toThrow(/persian\|latin\|keep/);
    expect(() => normalize("x", { quotes: "yes" } as never)).toThrow(/quotes/);
    expect(() => normalize("x", { halfspace: true } as never)).toThrow(/halfspace/);
    fc.assert(
      fc.property(fc.constantFrom("letters", "diacritics", "halfSpace", "punctuation", "quotes", "spacing"), fc.oneof(fc.string(), fc.integer()), (key, value) => {
        expect(() => normalize("x", { [key]: value } as never)).toThrow(new RegExp(key));
      }),
      { numRuns: 100 },
    );
    expect(NormalizeOptionsSchema.parse({})).toMatchObject({ digits: "persian", halfSpace: true });
  });
});

describe("normalize: options cache", () => {
  it("re-validates an options object whose fields changed", () => {
    const opts: Record<string, unknown> = { digits: "latin" };
    expect(normalize("سال ۱۴۰۲", opts).text).toBe("سال 1402");
    opts.digits = "persian";
    expect(normalize("سال 1402", opts).text).toBe("سال ۱۴۰۲");
    opts.digits = "roman";
    expect(() => normalize("x", opts)).toThrow(/digits/);
  });
});
