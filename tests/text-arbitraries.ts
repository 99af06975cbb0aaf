import fc from "fast-check";

/**
 * Strings biased towards what the tokenizer and sentence splitter branch on: Persian letters
 * and digits, ZWNJ, dots, quotes, URL and e-mail characters, line breaks, and lone
 * surrogates, mixed with arbitrary code units and code points.
 */
const interesting = [
  "ا", "ب", "ه", "ق", "م", "ش", "ج", "ص", "ی", "ي", "ك", "\u200c", "\u200d", "\u064e", "ـ",
  "۱", "۲", "٣", "1", "9", ".", "٫", "٬", ",", "/", ":", "-", "+", "%", "٪",
  "«", "»", "(", ")", "\"", "“", "”", "[", "]", "؟", "?", "!", "…", "،", "؛",
  "w", "W", "h", "t", "p", "s", "@", "e", "g", "U", "S", "c", "o", "i", "r", "_", "'",
  " ", " ", "\n", "\r\n", "\t", "\u00a0",
  "https://", "www.", ".ir", ".com", "ه.ق.", "Mr.", "\ud83d\udc4d", "\ud83c\udffd", "\ud83c\uddee",
];

export const unit: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...interesting) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
);

export const textArb: fc.Arbitrary<string> = fc.string({ unit, maxLength: 80 });
