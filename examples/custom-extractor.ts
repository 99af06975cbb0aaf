// Custom extractor: build a pipeline with createPipeline() and run it on a text.
// Run: npx tsx examples/custom-extractor.ts
import { createPipeline } from "../src/index.js";

const pipeline = createPipeline();
const text = "خبرگزاری اسپوتنیک گزارش داد که وزیر خارجه روسیه فردا به دوشنبه سفر می‌کند.";
const graph = pipeline.extract(text);

console.log(`${graph.nodes.length} nodes, ${graph.edges.length} edges`);
for (const n of graph.nodes) console.log(`  ${n.kind}: ${n.kind === "quote" ? n.content.text : n.name}`);
