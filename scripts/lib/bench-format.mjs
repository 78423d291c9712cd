// Text for the benchmark's console lines and its section of docs/PERFORMANCE.md: durations, sizes,
// PASS/FAIL, long tasks and Markdown tables, written the same way wherever they appear.
import { KB } from './bench-config.mjs';

/** @param {unknown} error */
export const errorText = (error) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

/** @param {number} ms */
export const sec = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '–');
/** @param {number} ms */
export const msText = (ms) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : '–');
/** @param {number} value */
export const clsText = (value) => (Number.isFinite(value) ? value.toFixed(3) : '–');
/** @param {number} bytes */
export const kb = (bytes) => (bytes / KB).toFixed(1);
/** @param {boolean} pass */
export const verdict = (pass) => (pass ? 'PASS' : 'FAIL');

/**
 * Counts seen over several runs: "6" when they agree, else the range "2–6" ('' when there are none).
 * @param {number[]} counts
 */
export function countRange(counts) {
  const seen = [...new Set(counts)].sort((a, b) => a - b);
  return seen.length <= 1 ? seen.map(String).join('') : `${seen[0]}–${seen.at(-1)}`;
}

/**
 * A Markdown table.
 * @param {string[]} header
 * @param {string[][]} rows
 * @param {('l' | 'r')[]} [align]
 */
export function table(header, rows, align = []) {
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  const cell = (/** @type {string} */ text) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  return [header, rule, ...rows].map((cells) => `| ${cells.map(cell).join(' | ')} |`).join('\n');
}

/** @param {{ duration: number }[]} tasks */
const maxTask = (tasks) => tasks.reduce((max, task) => Math.max(max, task.duration), 0);
/** The longest of some long tasks, or "none" when there were none. @param {{ duration: number }[]} tasks */
export const longestText = (tasks) => (tasks.length ? msText(maxTask(tasks)) : 'none');
/**
 * The longest of some long tasks with what filled it, e.g. "325 ms (evaluating client-….js 301 ms)".
 * @param {import('./page-probes.mjs').LongTask[]} tasks
 */
export const longestWithCause = (tasks) => {
  const longest = tasks.reduce((max, task) => (max && max.duration >= task.duration ? max : task), /** @type {import('./page-probes.mjs').LongTask | undefined} */ (undefined));
  if (!longest) return 'none';
  return longest.cause ? `${msText(longest.duration)} (${longest.cause})` : msText(longest.duration);
};
