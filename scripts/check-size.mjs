// The first-visit JavaScript budget, checked from the build output (sizes are stable; timings are
// not, so CI fails on this and never on a benchmark). A first visit of any route loads the scripts
// and module preloads that dist/index.html names, and the mock API's service worker script;
// Recharts and the exporter load later (a chart nearing the screen, an export), counted apart.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGET_KB = 250;

/** @param {string} file */
const gzipKb = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length / 1024;
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const referenced = [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1]);
const firstVisit = [...new Set([...referenced, 'mockServiceWorker.js'])];
const later = readdirSync(join(DIST, 'assets'))
  .map((file) => `assets/${file}`)
  .filter((file) => file.endsWith('.js') && !firstVisit.includes(file));

const rows = firstVisit.map((file) => /** @type {[string, number]} */ ([file, gzipKb(file)]));
const total = rows.reduce((sum, [, kb]) => sum + kb, 0);
const chart = later.filter((file) => /bar-chart/.test(file)).reduce((sum, file) => sum + gzipKb(file), 0);

console.log('First visit of any route (gzip -9):');
for (const [file, kb] of rows.sort((a, b) => b[1] - a[1])) console.log(`  ${kb.toFixed(1).padStart(6)} KB  ${file}`);
console.log(`  ${total.toFixed(1).padStart(6)} KB  total, budget ${BUDGET_KB} KB`);
console.log('Loaded later, on demand:');
for (const file of later) console.log(`  ${gzipKb(file).toFixed(1).padStart(6)} KB  ${file}`);
console.log(`With every chart drawn: ${(total + chart).toFixed(1)} KB`);

if (total > BUDGET_KB) {
  console.error(`FAIL: first-visit JavaScript is ${total.toFixed(1)} KB, over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
console.log('PASS: first-visit JavaScript within budget');
