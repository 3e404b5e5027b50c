import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The main part of a .docx (`word/document.xml`), read with `unzip -p` as Word would find it. */
export function documentXml(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'werkbank-docx-'));
  try {
    const file = join(dir, 'export.docx');
    writeFileSync(file, bytes);
    return execFileSync('unzip', ['-p', file, 'word/document.xml'], {
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
