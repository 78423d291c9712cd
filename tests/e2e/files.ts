import { readFile } from 'node:fs/promises';
import type { Locator, Page, Request } from '@playwright/test';
import { PNG } from 'pngjs';

export interface SavedDownload {
  name: string;
  bytes: Buffer;
  /** Every request the page made between the click and the download. */
  requests: Request[];
}

/** Clicks a button and keeps the file the browser downloads, as a user's browser would save it. */
export async function saveDownload(page: Page, button: Locator): Promise<SavedDownload> {
  const requests: Request[] = [];
  const record = (request: Request) => requests.push(request);
  page.on('request', record);
  try {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const bytes = await readFile(await download.path());
    return { name: download.suggestedFilename(), bytes, requests };
  } finally {
    page.off('request', record);
  }
}

/** Requests that left the page for a server: anything but blob: and data: URLs. */
export function serverRequests(requests: readonly Request[]): string[] {
  return requests.map((request) => request.url()).filter((url) => !/^(blob|data):/.test(url));
}

/**
 * As serverRequests, but the app's own code under /assets/ may load: the exporter is loaded on first use.
 * Data, fonts, images or anything third-party would still be listed.
 */
export function serverRequestsOtherThanCode(requests: readonly Request[], origin: string): string[] {
  const code = (request: Request) => {
    const url = new URL(request.url());
    return request.resourceType() === 'script' && url.origin === origin && /^\/assets\/[^/]+\.js$/.test(url.pathname);
  };
  return serverRequests(requests.filter((request) => !code(request)));
}

export interface PngSummary {
  width: number;
  height: number;
  /** Pixels whose alpha is not 255. */
  translucent: number;
  /** Share of pixels that are visibly not white. */
  inked: number;
  /** Pixels of a strong red, like the 2024 bars. */
  red: number;
  /** Pixels of a solid mid grey, like the "before" bars. */
  grey: number;
  /** Pixels of a strong blue, like the bars of a chart of counts. */
  blue: number;
  /** The width a word processor gives the image, from its pHYs chunk (pixels per metre); null without one. */
  millimetresWide: number | null;
}

/** The image's physical width as its pHYs chunk gives it, read from the file's chunks. */
function millimetresWide(bytes: Buffer, width: number): number | null {
  for (let offset = 8; offset + 8 <= bytes.length; offset += 12 + bytes.readUInt32BE(offset)) {
    if (bytes.toString('latin1', offset + 4, offset + 8) !== 'pHYs') continue;
    const perMetre = bytes.readUInt32BE(offset + 8);
    const unitIsMetre = bytes[offset + 16] === 1;
    return unitIsMetre && perMetre > 0 ? (width / perMetre) * 1000 : null;
  }
  return null;
}

export function readPng(bytes: Buffer): PngSummary {
  const png = PNG.sync.read(bytes);
  const { width, height, data } = png;
  let translucent = 0;
  let inked = 0;
  let red = 0;
  let grey = 0;
  let blue = 0;
  for (let index = 0; index < data.length; index += 4) {
    const r = data[index] ?? 0;
    const g = data[index + 1] ?? 0;
    const b = data[index + 2] ?? 0;
    if (data[index + 3] !== 255) translucent += 1;
    if (Math.min(r, g, b) < 235) inked += 1;
    if (r >= 120 && r - g >= 80 && r - b >= 80) red += 1;
    const spread = Math.max(r, g, b) - Math.min(r, g, b);
    const mean = (r + g + b) / 3;
    if (spread <= 50 && mean >= 80 && mean <= 190) grey += 1;
    if (b >= 120 && b - r >= 80 && b - g >= 40) blue += 1;
  }
  return { width, height, translucent, inked: inked / (width * height), red, grey, blue, millimetresWide: millimetresWide(bytes, width) };
}

/**
 * A small RFC 4180 parser: records end in CRLF, fields are split by commas, and a quoted field may hold
 * commas, CRLF and doubled quotes. A bare LF outside quotes or an unclosed quote is an error.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else quoted = false;
    } else if (char === '"') {
      if (field !== '' || wasQuoted) throw new Error(`A quote inside an unquoted field at ${index}`);
      quoted = true;
      wasQuoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
      wasQuoted = false;
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      wasQuoted = false;
      index += 1;
    } else if (char === '\n' || char === '\r') {
      throw new Error(`A line break that is not CRLF at ${index}`);
    } else {
      if (wasQuoted) throw new Error(`Text after a closing quote at ${index}`);
      field += char;
    }
  }
  if (quoted) throw new Error('A quoted field is never closed');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
