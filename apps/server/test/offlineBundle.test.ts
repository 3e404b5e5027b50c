import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createConcept } from './factories.ts';
import { freePort, killServer, spawnServer } from './spawnServer.ts';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

describe('the offline bundle (scripts/offline-bundle.sh)', () => {
  it('unpacked outside the repository, runs with node alone: health, the web app, a concept, a Word export', async () => {
    expect(existsSync(join(repo, 'apps/server/dist/main.js')), 'run `corepack pnpm build` first').toBe(true);
    const out = tempFolder('werkbank-bundle-');
    execFileSync('bash', [join(repo, 'scripts/offline-bundle.sh'), out], { cwd: repo, stdio: 'pipe' });
    const archives = readdirSync(out).filter((name) => name.endsWith('.tar.gz'));
    expect(archives).toHaveLength(1);
    const [archive] = archives as [string];
    expect(archive).toMatch(
      new RegExp(`^werkbank-.+-${process.platform}-${process.arch}-node20\\.tar\\.gz$`),
    );

    // Unpacked in /tmp: nothing resolves from the repository's node_modules.
    const target = tempFolder('werkbank-unpacked-');
    execFileSync('tar', ['-xzf', join(out, archive), '-C', target]);
    const [root] = readdirSync(target) as [string];
    const bundle = join(target, root);
    expect(readFileSync(join(bundle, 'README.txt'), 'utf8')).toContain('node apps/server/dist/main.js');

    const port = await freePort();
    const data = tempFolder('werkbank-bundle-data-');
    const server = await spawnServer(
      port,
      data,
      45_000,
      { BACKUP_INTERVAL_MINUTES: '0' },
      {
        bundle: join(bundle, 'apps/server'),
      },
    );
    try {
      const url = `http://127.0.0.1:${port}`;
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const concept = await createConcept(url);
      // The native SQLite addon and the export's worker threads come from the bundle.
      const docx = await fetch(`${url}/api/concepts/${concept.id}/export.docx`, {
        headers: { authorization: `Bearer ${concept.ownerToken}` },
      });
      expect(docx.status).toBe(200);
      expect(
        Buffer.from(await docx.arrayBuffer())
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
      const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
      server.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      await killServer(server, 'SIGKILL');
    }
  }, 240_000);
});
