// XML 1.0 escaping shared by the GraphML and HTML writers.
//
// Besides & < > " ', two things break XML that plain escaping does not fix: characters XML 1.0
// forbids outright (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates) cannot be
// written even as character references, so they become U+FFFD; and parsers normalize CR and, inside
// attribute values, tab and LF too, so those are written as character references to survive.

const TEXT_SPECIAL = /[&<>\r]/g;
const ATTR_SPECIAL = /[&<>"'\r\n\t]/g;
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "\r": "&#13;",
  "\n": "&#10;",
  "\t": "&#9;",
};

/** Replaces what XML 1.0 cannot carry at all with U+FFFD. Returns `s` itself when it is clean (the usual case). */
export function xmlSafe(s: string): string {
  let out: string[] | undefined;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let bad = false;
    if (c < 0x20) bad = c !== 0x09 && c !== 0x0a && c !== 0x0d;
    else if (c >= 0xd800 && c <= 0xdbff) {
      if (i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      else bad = true;
    } else if (c >= 0xdc00 && c <= 0xdfff) bad = true;
    else if (c === 0xfffe || c === 0xffff) bad = true;
    if (bad) {
      (out ??= []).push(s.slice(from, i), "\uFFFD");
      from = i + 1;
    }
  }
  return out ? out.join("") + s.slice(from) : s;
}

/** Escapes character data (element content). */
export function escapeXmlText(s: string): string {
  return xmlSafe(s).replace(TEXT_SPECIAL, (c) => ENTITIES[c]);
}

/** Escapes an attribute value (for double- or single-quoted attributes). */
export function escapeXmlAttr(s: string): string {
  return xmlSafe(s).replace(ATTR_SPECIAL, (c) => ENTITIES[c]);
}
