// A stable document id derived from the text alone, so that exporting the same text twice yields
// the same ids (Cypher MERGE keys, JSON-LD @ids) without the caller having to invent one.
// Two independent 32-bit FNV-1a hashes over UTF-16 code units give 64 bits: collisions between
// distinct documents of one corpus are negligible, and no crypto (a Node built-in) is needed.

export function documentId(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c ^ (i & 0xff), 0x0100019d);
  }
  return "doc-" + (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
