import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Which encodings were written beside the file (none when compressing would not save anything). */
export interface PrecompressResult {
  original: number;
  br?: number;
  gz?: number;
}

/**
 * Writes `file.br` and `file.gz` beside `file` at the highest levels (built once, so the time is spent at build,
 * never per request); a variant that would not be smaller than the file is not written.
 */
export async function precompressFile(file: string): Promise<PrecompressResult> {
  const source = await readFile(file);
  const [br, gzipped] = await Promise.all([
    brotli(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }),
    gz(source, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  const result: PrecompressResult = { original: source.length };
  if (br.length < source.length) {
    await writeFile(`${file}.br`, br);
    result.br = br.length;
  }
  if (gzipped.length < source.length) {
    await writeFile(`${file}.gz`, gzipped);
    result.gz = gzipped.length;
  }
  return result;
}
