// Quick start: extract the graph of one Persian news paragraph and print what was found.
// Run: npm run demo   (tsx examples/quickstart.ts)
import { extract, type DocumentGraph, type GraphNode } from "../src/index.js";

const news =
  "به گزارش خبرگزاری ایرنا، امامعلی رحمان، رئیس جمهور تاجیکستان، روز چهارشنبه در دوشنبه با " +
  "شوکت میرضیایف، رئیس جمهور ازبکستان، دیدار کرد. رحمان پس از این دیدار گفت: «مرزهای دو کشور " +
  "باید به مرزهای دوستی و همکاری تبدیل شود.» میرضیایف نیز اعلام کرد که تاشکند آماده گسترش " +
  "همکاری‌های اقتصادی در آسیای مرکزی است. سازمان ملل متحد پیش‌تر از این گفت‌وگوها استقبال کرده بود.";

const graph: DocumentGraph = extract(news);

const byId = new Map<string, GraphNode>(graph.nodes.map((n) => [n.id, n]));
const label = (id: string): string => {
  const n = byId.get(id);
  if (!n) return id;
  return n.kind === "quote" ? `«${clip(n.content.text)}»` : n.name;
};
function clip(s: string, max = 60): string {
  return s.length > max ? s.slice(0, max - 1) + "…" : s;
}

console.log(`Text: ${news.length} characters, ${graph.nodes.length} nodes, ${graph.edges.length} edges\n`);

console.log("Entities:");
for (const n of graph.nodes) {
  if (n.kind === "quote") continue;
  const where = n.mentions.map((m) => `${m.start}–${m.end}`).join(", ");
  const kb = n.kb?.wikidata ? `  wikidata:${n.kb.wikidata}` : "";
  console.log(`  ${n.kind.padEnd(12)} ${n.name}  [${where}]${kb}`);
}

console.log("\nQuotes:");
for (const n of graph.nodes) {
  if (n.kind !== "quote") continue;
  const speaker = graph.edges.find((e) => e.kind === "said" && e.target === n.id);
  const who = speaker ? label(speaker.source) : "(speaker unknown)";
  console.log(`  ${who}: «${clip(n.content.text, 80)}»  (${n.direct ? "direct" : "indirect"}, cue: ${n.cue?.text ?? "—"})`);
}

console.log("\nRelations:");
for (const e of graph.edges) {
  const role = e.role ? ` (${e.role})` : "";
  console.log(`  ${label(e.source)} —${e.kind}${role}→ ${label(e.target)}   confidence ${e.confidence.toFixed(2)}`);
}
