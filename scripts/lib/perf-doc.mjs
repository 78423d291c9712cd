// Helpers for benchmark scripts: statistics, a description of the machine, and writing one section
// of docs/PERFORMANCE.md while leaving the other sections as they are.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './browser.mjs';

/** docs/PERFORMANCE.md */
export const PERF_DOC = path.join(ROOT, 'docs', 'PERFORMANCE.md');

/**
 * The median of some numbers (the mean of the two middle ones for an even count).
 * @param {number[]} values
 * @returns {number}
 */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * @param {number[]} values
 * @returns {{ median: number, min: number, max: number, n: number }}
 */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: median(sorted), min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

/** The 1-minute load average, to one decimal. */
export function loadAverage() {
  return Number(os.loadavg()[0].toFixed(1));
}

/**
 * "CPU model, N cores, Node vX" (append the browser version yourself).
 * @returns {{ cpu: string, cores: number, node: string }}
 */
export function machine() {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model.trim() ?? 'unknown CPU', cores: cpus.length, node: process.version };
}

/**
 * Replaces (or appends) the section that starts with `heading` in docs/PERFORMANCE.md. The section runs to
 * the next heading of level 1 or 2 (or the end of the file); headings inside ``` fences do not count.
 * Everything outside the section stays as it is.
 * @param {string} heading  e.g. "## Chart export (npm run bench:export)"
 * @param {string} section  the full section, starting with `heading`
 * @param {string} [file]
 */
export async function writeDocSection(heading, section, file = PERF_DOC) {
  let doc;
  try {
    doc = await readFile(file, 'utf8');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
    doc = '# Performance\n\nMeasured numbers for the dashboard, each section written by the script named in its heading.\n';
  }
  const body = section.trim();
  if (!body.startsWith(heading)) throw new Error(`The section must start with its heading "${heading}"`);
  const lines = doc.split('\n');
  let fenced = false;
  const isHeading = lines.map((line) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    return !fenced && /^#{1,2} /.test(line);
  });
  const start = lines.findIndex((line, i) => isHeading[i] && line.trim() === heading);
  let next;
  if (start === -1) {
    next = `${doc.trimEnd()}\n\n${body}\n`;
  } else {
    let end = isHeading.findIndex((isHead, i) => isHead && i > start);
    if (end === -1) end = lines.length;
    const before = lines.slice(0, start).join('\n').trimEnd();
    const after = lines.slice(end).join('\n');
    next = `${before ? `${before}\n\n` : ''}${body}\n${after ? `\n${after}` : ''}`;
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, next.endsWith('\n') ? next : `${next}\n`);
}
