import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type DeflateRaw, fflateDeflateRaw, platformDeflateRaw, zipPackage } from './zipPackage.ts';

interface Entry {
  name: string;
  method: number;
  crc: number;
  size: number;
  data: Buffer;
}

// Read with Node's zlib and the ZIP format's own fields, not with fflate, which wrote the container.
function readZip(bytes: Uint8Array): Entry[] {
  const zip = Buffer.from(bytes);
  let end = zip.length - 22;
  while (zip.readUInt32LE(end) !== 0x06054b50) end--;
  const entries: Entry[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const compressed = zip.subarray(start, start + zip.readUInt32LE(at + 20));
    const method = zip.readUInt16LE(at + 10);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method,
      crc: zip.readUInt32LE(at + 16),
      size: zip.readUInt32LE(at + 24),
      data: method === 8 ? inflateRawSync(compressed) : compressed,
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

const text = (n: number) =>
  new TextEncoder().encode(
    Array.from(
      { length: n },
      (_, i) => `<w:p><w:r><w:t>Maßnahme ${i}: Beratung für Betroffene</w:t></w:r></w:p>`,
    ).join(''),
  );

const deflaters: [string, DeflateRaw][] = [
  ['fflate', fflateDeflateRaw],
  ['the platform (CompressionStream)', platformDeflateRaw() as DeflateRaw],
  ['Node zlib', (data) => deflateRawSync(data)],
];

describe('zipPackage', () => {
  it('finds the platform compression in Node 20', () => {
    expect(platformDeflateRaw()).toBeTypeOf('function');
  });

  it.each(deflaters)(
    'writes every file compressed with %s, in order, with its size and CRC',
    async (_, deflate) => {
      const files = {
        '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
        'word/document.xml': text(20_000),
        'word/empty.xml': new Uint8Array(0),
      };
      const entries = readZip(await zipPackage(files, deflate));
      expect(entries.map((e) => e.name)).toEqual(Object.keys(files));
      for (const entry of entries) {
        const original = files[entry.name as keyof typeof files];
        expect(entry.method).toBe(8);
        expect(entry.size).toBe(original.length);
        expect(entry.crc).toBe(crc32(original));
        expect(Buffer.compare(entry.data, Buffer.from(original))).toBe(0);
      }
      const document = entries[1] as Entry;
      expect(document.data.length).toBeGreaterThan(1_000_000);
    },
  );

  it('passes a failing compression on', async () => {
    const failing: DeflateRaw = () => Promise.reject(new Error('kaputt'));
    await expect(zipPackage({ 'a.xml': text(1) }, failing)).rejects.toThrow('kaputt');
  });
});
