/**
 * npm run picture: draws the graph that extract() returns for a Persian news paragraph as an
 * SVG (docs/graph.svg), for the README. Entities on an outer ring, quotes on an inner one,
 * edges as labelled arrows. Pure TypeScript; no layout library.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extract, type GraphNode } from "../src/index.js";

const text =
  "به گزارش خبرگزاری ایرنا، امامعلی رحمان، رئیس جمهور تاجیکستان، روز چهارشنبه در دوشنبه با " +
  "شوکت میرضیایف، رئیس جمهور ازبکستان، دیدار کرد. رحمان پس از این دیدار گفت: «مرزهای دو کشور " +
  "باید به مرزهای دوستی و همکاری تبدیل شود.» میرضیایف نیز اعلام کرد که تاشکند آماده گسترش " +
  "همکاری‌های اقتصادی در آسیای مرکزی است.";

const COLORS: Record<string, string> = {
  person: "#d9534f",
  country: "#337ab7",
  organization: "#5cb85c",
  location: "#f0ad4e",
  quote: "#8e6fbf",
};

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
const label = (n: GraphNode) => (n.kind === "quote" ? "«" + clip(n.content.text, 28) + "»" : n.name);

export function renderSVG(input: string): string {
  const g = extract(input);
  const W = 960;
  const H = 640;
  const cx = W / 2;
  const cy = H / 2 + 10;
  const entities = g.nodes.filter((n) => n.kind !== "quote");
  const quotes = g.nodes.filter((n) => n.kind === "quote");
  const pos = new Map<string, { x: number; y: number }>();
  entities.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, entities.length) - Math.PI / 2;
    pos.set(n.id, { x: cx + 380 * Math.cos(a), y: cy + 250 * Math.sin(a) });
  });
  quotes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, quotes.length) + Math.PI / 4;
    pos.set(n.id, { x: cx + 150 * Math.cos(a), y: cy + 90 * Math.sin(a) });
  });
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Vazirmatn, Tahoma, 'DejaVu Sans', sans-serif">`);
  out.push(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#777"/></marker></defs>`);
  out.push(`<rect width="100%" height="100%" fill="#fff"/>`);
  out.push(`<text x="${W / 2}" y="28" text-anchor="middle" font-size="15" fill="#333">parsigraph · extract() of a Persian news paragraph: ${g.nodes.length} nodes, ${g.edges.length} edges</text>`);
  for (const e of g.edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b) continue;
    // stop the arrow at the target's box edge
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const bx = b.x - (dx / len) * 34;
    const by = b.y - (dy / len) * 20;
    out.push(`<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${bx.toFixed(1)}" y2="${by.toFixed(1)}" stroke="#999" stroke-width="1.4" marker-end="url(#arrow)"/>`);
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    const name = e.kind + (e.role ? ` (${e.role})` : "");
    out.push(`<text x="${mx.toFixed(1)}" y="${(my - 4).toFixed(1)}" text-anchor="middle" font-size="11" fill="#555" direction="ltr">${esc(name)}</text>`);
  }
  for (const n of g.nodes) {
    const p = pos.get(n.id)!;
    const t = label(n);
    const w = Math.max(70, t.length * 7.2 + 20);
    out.push(`<g><rect x="${(p.x - w / 2).toFixed(1)}" y="${(p.y - 17).toFixed(1)}" width="${w.toFixed(1)}" height="34" rx="9" fill="${COLORS[n.kind]}" fill-opacity="0.14" stroke="${COLORS[n.kind]}" stroke-width="1.6"/>`);
    out.push(`<text x="${p.x.toFixed(1)}" y="${(p.y + 5).toFixed(1)}" text-anchor="middle" font-size="14" fill="#222" direction="rtl">${esc(t)}</text>`);
    out.push(`<text x="${p.x.toFixed(1)}" y="${(p.y - 21).toFixed(1)}" text-anchor="middle" font-size="10" fill="${COLORS[n.kind]}">${n.kind}</text></g>`);
  }
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const file = resolve(root, "docs/graph.svg");
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, renderSVG(text));
console.log(`wrote ${file}`);
