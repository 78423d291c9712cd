import type { Plugin } from 'vite';

/*
 * How the app's code is split into chunks beyond its routes (vite.config.ts), and the chunks that wait
 * a task before their own code (yieldBeforeChunk): a library's modules and the code that uses them,
 * evaluated in one piece, made tasks over 50 ms at 4x CPU slowdown.
 */

/**
 * Recharts' code runs in two tasks rather than one. Its modules build their chart store as they load
 * (hundreds of selectors and slices, with Redux Toolkit, Immer and Reselect). Evaluated in one piece,
 * that took 35–62 ms (median 53) at 4x CPU slowdown on a chart's first draw; split in two, 8–18 ms and
 * 24–47 ms (median of the longer 27). Measured with marks put at each chunk's start and end, 8 cold
 * visits each, alternating, in Chromium 156 (a new profile per visit) not driven by Playwright.
 *
 * The first half, Recharts' libraries and utilities, is a chunk of its own; the chunk with the rest
 * (Recharts' components, with the dashboard's chart) begins by waiting for a timer (a top-level await),
 * so the browser gets a turn between the two halves. Two chunks compress less well than one: the
 * first visit of a chart route grew from 244.3 to 248.6 KB gzip (npm run size; the budget is 250).
 */
export const RECHARTS_BASE = {
  name: 'recharts-base',
  priority: 1,
  test: /node_modules[\\/](reselect|@reduxjs|immer|redux[\\/]|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|victory-vendor|d3-|internmap|clsx|recharts[\\/]es6[\\/]util[\\/])/,
};

/** The chunk with the rest, which yields before its own code: the one src/components/charts/bar-chart.tsx begins. */
export const RECHARTS_REST = 'bar-chart';

/**
 * The API contract runs in two tasks as well: zod's modules, then the dashboard's schemas built with
 * them (src/api/schemas.ts). In one chunk, its evaluation was a task of 50–95 ms at 4x CPU slowdown in
 * a third of cold visits of /governance; split, no such task was left in 12 (A/B, alternating).
 */
export const CONTRACT_BASE = { name: 'zod', priority: 1, test: /node_modules[\\/]zod[\\/]/ };

/** The chunk with the schemas, which yields before its own code. */
export const CONTRACT_REST = 'schemas';

/**
 * A chunk group takes the modules its own modules import as well. React and the store hook that
 * Recharts reads through (shared with the app's first render) are named first, so they stay in the
 * chunks the first render loads, not in Recharts' one.
 */
export const FIRST_RENDER_GROUPS = [
  { name: 'client', priority: 3, test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'transition-store', priority: 2, test: /src[\\/]components[\\/]charts[\\/]transition-store\.ts$/ },
];

/** The line that makes a chunk wait a task before its own code (yieldBeforeChunk). */
const YIELD_LINE = 'await new Promise((resolve) => setTimeout(resolve));\n';

/**
 * Starts the named chunk, which must import the chunk `after`, with a top-level await of a timer. Its
 * imports are evaluated before it (in the task that loaded them); its own code runs in a later task.
 * Listed before compileHints in vite.config.ts, which then puts its hint above this line: the hint
 * must be the file's first line.
 */
export function yieldBeforeChunk(name: string, after: string): Plugin {
  return {
    name: `yield-before-${name}`,
    apply: 'build',
    // The line is added after the file names are hashed: the hash must still tell the two apart.
    augmentChunkHash: (chunk) => (chunk.name === name ? YIELD_LINE : undefined),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunk = Object.values(bundle).find((file) => file.type === 'chunk' && file.name === name);
        if (!chunk || chunk.type !== 'chunk') throw new Error(`No chunk named ${name} to yield before`);
        // A library update that moves its files would otherwise quietly put both halves back in one chunk.
        const imported = chunk.imports.map((file) => bundle[file]?.name);
        if (!imported.includes(after)) throw new Error(`Chunk ${name} no longer imports ${after}: see build/chunks.ts`);
        chunk.code = `${YIELD_LINE}${chunk.code}`;
      },
    },
  };
}
