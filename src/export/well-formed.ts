// Lone UTF-16 surrogates cannot be encoded in UTF-8: text formats that are written to files
// replace them with U+FFFD up front (what String.prototype.toWellFormed does; ES2024, not in our lib).

/** `s` with every lone surrogate replaced by U+FFFD; `s` itself when it has none. */
export function toWellFormed(s: string): string {
  let out: string[] | undefined;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++;
      continue;
    }
    (out ??= []).push(s.slice(from, i), "\uFFFD");
    from = i + 1;
  }
  return out ? out.join("") + s.slice(from) : s;
}
