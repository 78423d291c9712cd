// The first-visit JavaScript budget per route, checked from the build output (sizes are stable;
// timings are not, so CI fails on this and never on a benchmark).
//
// What a cold first visit of a route downloads follows from the build's module graph
// (dist/.vite/manifest.json): the entry script; the app (src/main.tsx, which the entry imports once
// the static shell has painted); the mock API's registration (mocks/browser.ts) and its service
// worker's script (mocks/worker.ts, built on its own), or where the page can have no worker the mock
// API in the page (mocks/in-page.ts), whichever is larger; the response schemas (src/api/schemas.ts and
// zod, loaded as the app starts); the route's page, and the other pages too, which the app loads
// once the browser is idle after the first data (usePreloadPages in src/app/prefetch.ts); each with
// the chunks it imports. Recharts
// (src/components/charts/bar-chart.tsx) loads when the first chart nears the screen, which on a tall
// enough screen is at once on every route: the budget holds with it. The figure without it (a first
// screen with no chart near) is printed beside.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize } from './lib/network.mjs';

const DIST = 'dist';
const BUDGET_KB = 250;
const KB = 1000;

/** Every route and the module of its page (src/app/router.tsx). */
const ROUTES = [
  { path: '/', page: 'src/areas/overview-page.tsx' },
  { path: '/new-sectors', page: 'src/areas/area-page.tsx' },
  { path: '/governance', page: 'src/areas/area-page.tsx' },
  { path: '/service', page: 'src/areas/area-page.tsx' },
];
const APP = ['index.html', 'src/main.tsx', 'mocks/browser.ts', 'src/api/schemas.ts'];
const CHARTS = 'src/components/charts/bar-chart.tsx';
const SERVICE_WORKER = 'mock-api-worker.js';
const IN_PAGE = 'mocks/in-page.ts';

/** @typedef {{ file: string, imports?: string[], dynamicImports?: string[] }} ManifestChunk */
/** @type {Record<string, ManifestChunk>} */
const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));

/**
 * The files a module needs before it runs: its chunk and, recursively, the chunks it imports.
 * @param {string} key  a manifest key (the module's source path)
 * @param {Set<string>} [files]
 * @returns {Set<string>}
 */
function staticClosure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build's manifest: has it moved? (scripts/check-size.mjs)`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(imported, files);
  return files;
}

/** @type {Map<string, number>} */
const gzipped = new Map();
/**
 * A file's size gzipped as `vite preview` sends it (gzipSize in scripts/lib/network.mjs), in KB; each file is compressed once, however many routes share it.
 * @param {string} file
 */
function gzipKb(file) {
  let kb = gzipped.get(file);
  if (kb === undefined) {
    kb = gzipSize(readFileSync(join(DIST, file))) / KB;
    gzipped.set(file, kb);
  }
  return kb;
}

/** @param {Iterable<string>} keys */
const filesOf = (keys) => new Set([...keys].flatMap((key) => [...staticClosure(key)]));

/** @param {Set<string>} files */
const total = (files) => [...files].reduce((sum, file) => sum + gzipKb(file), 0);

let failed = false;
console.log(`First-visit JavaScript per route (gzip level 6, 1 KB = ${KB} bytes; budget ${BUDGET_KB} KB):`);
for (const route of ROUTES) {
  const files = filesOf([...APP, route.page, ...ROUTES.map((other) => other.page)]);
  const inPage = new Set([...staticClosure(IN_PAGE)].filter((file) => !files.has(file)));
  for (const file of total(inPage) > gzipKb(SERVICE_WORKER) ? inPage : [SERVICE_WORKER]) files.add(file);
  const withoutCharts = total(files);
  const withCharts = withoutCharts + total(new Set([...staticClosure(CHARTS)].filter((file) => !files.has(file))));
  const pass = withCharts <= BUDGET_KB;
  failed ||= !pass;
  console.log(
    `  ${route.path.padEnd(13)} ${withCharts.toFixed(1).padStart(6)} KB ${pass ? 'PASS' : 'FAIL'}` +
      ` (with Recharts; ${withoutCharts.toFixed(1)} KB where no chart is near the first screen)`,
  );
}
const counted = filesOf([...APP, ...ROUTES.map((route) => route.page), CHARTS, IN_PAGE]);
console.log('Chunks:');
for (const file of [...counted, SERVICE_WORKER].sort((a, b) => gzipKb(b) - gzipKb(a))) {
  console.log(`  ${gzipKb(file).toFixed(1).padStart(6)} KB  ${file}`);
}

if (failed) {
  console.error(`FAIL: a route's first visit is over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
console.log('PASS: every route within budget');
