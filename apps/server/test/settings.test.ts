import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, runToExit } from './spawnServer.ts';

describe('settings at start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkbank-settings-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('a mistyped SQLITE_SYNC stops the real entry point with exit code 1, naming the variable', async () => {
    const { code, output } = await runToExit({
      PORT: String(await freePort()),
      DATA_DIR: dataDir,
      SQLITE_SYNC: 'fulll',
    });
    expect(code).toBe(1);
    expect(output).toContain('Werkbank startet nicht');
    expect(output).toContain('SQLITE_SYNC: „fulll“ ist nicht erlaubt, nur normal, full.');
  });
});
