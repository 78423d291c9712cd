import { crc32 as zlibCrc32 } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_WIDTH, DOCUMENT_WIDTH_MM, pixelsPerMetre } from '../../src/features/export/page-size';
import { withDensity } from '../../src/features/export/png-density';

interface Chunk {
  type: string;
  data: Buffer;
  crc: number;
}

function chunks(png: Uint8Array): Chunk[] {
  const bytes = Buffer.from(png);
  const found: Chunk[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    found.push({ type, data: bytes.subarray(offset + 8, offset + 8 + length), crc: bytes.readUInt32BE(offset + 8 + length) });
    offset += 12 + length;
  }
  return found;
}

function tinyPng(): Uint8Array {
  const png = new PNG({ width: 3, height: 2 });
  png.data.fill(255);
  return new Uint8Array(PNG.sync.write(png));
}

describe('withDensity', () => {
  it('adds a pHYs chunk after the header, in pixels per metre, with a valid CRC', () => {
    const marked = withDensity(tinyPng(), 7559);
    const list = chunks(marked);
    expect(list.map((chunk) => chunk.type).slice(0, 2)).toEqual(['IHDR', 'pHYs']);
    expect(list.at(-1)?.type).toBe('IEND');
    const density = list[1];
    if (!density) throw new Error('no pHYs chunk');
    expect(density.data.readUInt32BE(0)).toBe(7559);
    expect(density.data.readUInt32BE(4)).toBe(7559);
    expect(density.data[8], 'unit: metre').toBe(1);
    expect(density.crc).toBe(zlibCrc32(Buffer.concat([Buffer.from('pHYs', 'latin1'), density.data])));
    // Still an image a decoder reads, pixel for pixel.
    expect(PNG.sync.read(Buffer.from(marked)).width).toBe(3);
  });

  it('keeps one pHYs when the PNG already had one', () => {
    const twice = withDensity(withDensity(tinyPng(), 3780), 11339);
    const densities = chunks(twice).filter((chunk) => chunk.type === 'pHYs');
    expect(densities).toHaveLength(1);
    expect(densities[0]?.data.readUInt32BE(0)).toBe(11339);
  });

  it('refuses a cut-off PNG rather than pass it on broken', () => {
    const png = tinyPng();
    expect(() => withDensity(png.subarray(0, png.length - 6), 3780)).toThrow('Not a PNG image');
    expect(() => withDensity(png.subarray(0, 40), 3780)).toThrow('Not a PNG image');
  });

  it('drops anything after the end chunk', () => {
    const png = tinyPng();
    const padded = new Uint8Array([...png, 0, 0]);
    expect(chunks(withDensity(padded, 3780)).at(-1)?.type).toBe('IEND');
    expect(withDensity(padded, 3780)).toHaveLength(png.length + 21);
  });

  it('refuses what is not a PNG', () => {
    expect(() => withDensity(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), 3780)).toThrow('Not a PNG image');
  });
});

describe('the document size of an export', () => {
  it('fits the 156 mm text block of an A4 official document at every scale', () => {
    for (const scale of [1, 2, 3]) {
      const millimetres = ((DOCUMENT_WIDTH * scale) / pixelsPerMetre(scale)) * 1000;
      expect(millimetres).toBeLessThanOrEqual(DOCUMENT_WIDTH_MM);
      expect(millimetres).toBeGreaterThan(DOCUMENT_WIDTH_MM - 0.5);
    }
    expect(pixelsPerMetre(2)).toBe(7559);
  });
});
