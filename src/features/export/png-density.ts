const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The signature (8 bytes) and the header chunk, which comes first: length, type, 13 bytes of data, CRC. */
const HEADER_END = 8 + 4 + 4 + 13 + 4;

let crcTable: Uint32Array | undefined;

/** CRC-32 as PNG chunks use it (ISO 3309, the same as zlib's). */
export function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunkType(png: Uint8Array, offset: number): string {
  return String.fromCharCode(...png.subarray(offset + 4, offset + 8));
}

/**
 * The PNG with a pHYs chunk giving its pixels per metre, right after the header as the format asks
 * (any pHYs it had is dropped; anything after the end chunk too). Word, WPS and PowerPoint place an
 * image at the size this gives. A cut-off or malformed file is refused, not passed on broken.
 */
export function withDensity(png: Uint8Array, pixelsPerMetre: number): Uint8Array<ArrayBuffer> {
  if (SIGNATURE.some((byte, index) => png[index] !== byte) || chunkType(png, 8) !== 'IHDR') {
    throw new Error('Not a PNG image');
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const kept: Uint8Array[] = [png.subarray(0, HEADER_END)];
  let ended = false;
  for (let offset = HEADER_END; !ended; ) {
    if (offset + 12 > png.length) throw new Error('Not a PNG image');
    const end = offset + 12 + view.getUint32(offset);
    if (end > png.length) throw new Error('Not a PNG image');
    const type = chunkType(png, offset);
    if (type !== 'pHYs') kept.push(png.subarray(offset, end));
    ended = type === 'IEND';
    offset = end;
  }

  const density = new Uint8Array(21);
  const chunk = new DataView(density.buffer);
  chunk.setUint32(0, 9);
  density.set([0x70, 0x48, 0x59, 0x73], 4);
  chunk.setUint32(8, pixelsPerMetre);
  chunk.setUint32(12, pixelsPerMetre);
  density[16] = 1;
  chunk.setUint32(17, crc32(density.subarray(4, 17)));
  kept.splice(1, 0, density);

  const out = new Uint8Array(kept.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of kept) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
