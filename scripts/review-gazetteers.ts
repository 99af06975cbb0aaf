/**
 * npm run review:gazetteers — a reviewer's aid for the shipped data: lists pairs of entries
 * of one kind whose names or aliases are near-duplicates (Jaro–Winkler similarity of their
 * fold() keys ≥ THRESHOLD, after exact fold() clashes, which the data tests already forbid).
 * A pair is a place to look, not an error: `اتریش`/`استرالیا` style lookalikes are real
 * different countries, while a misspelled alias of one entry under another is a bug.
 *
 * Uses `natural` (a devDependency: it must never reach the library's own dependencies).
 * Run: npx tsx scripts/review-gazetteers.ts [KIND …] [--threshold 0.96]
 */
import { shippedEntries } from "../src/gazetteer/shipped.js";
import { fold } from "../src/text/fold.js";

// natural loads database clients that print dotenv notices on import; keep them quiet
process.env.DOTENV_CONFIG_QUIET = "true";
const { default: natural } = await import("natural");

const args = process.argv.slice(2);
const ti = args.indexOf("--threshold");
const THRESHOLD = ti >= 0 ? Number(args[ti + 1]) : 0.96;
const kinds = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--threshold");
const wanted = kinds.length > 0 ? kinds : ["country", "location", "organization", "person"];

for (const kind of wanted) {
  const forms: { id: string; form: string; key: string }[] = [];
  for (const e of shippedEntries()) {
    if (e.kind !== kind) continue;
    for (const form of [e.name, ...(e.aliases ?? [])]) {
      const key = fold(form);
      if (key.length >= 4) forms.push({ id: e.id, form, key });
    }
  }
  // compare only forms whose keys start alike (same first letter and length within 2):
  // near-duplicates differ in a letter or two, and this keeps the scan far from n²
  const buckets = new Map<string, typeof forms>();
  for (const f of forms) {
    const b = f.key[0];
    const list = buckets.get(b);
    if (list) list.push(f);
    else buckets.set(b, [f]);
  }
  const pairs: string[] = [];
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a.id === b.id || Math.abs(a.key.length - b.key.length) > 2) continue;
        const sim = natural.JaroWinklerDistance(a.key, b.key);
        if (sim >= THRESHOLD) pairs.push(`${sim.toFixed(3)}  ${a.form} (${a.id})  ~  ${b.form} (${b.id})`);
      }
  }
  pairs.sort().reverse();
  console.log(`## ${kind}: ${forms.length} forms, ${pairs.length} near-duplicate pairs ≥ ${THRESHOLD}`);
  for (const p of pairs.slice(0, 40)) console.log("  " + p);
  if (pairs.length > 40) console.log(`  … and ${pairs.length - 40} more`);
}
